/**
 * Search text, defined once: how the content compiler writes the words of a lesson into the search index
 * and how the app reads what a learner types. Both sides must fold text the same way or a word typed
 * without accents would never meet the word in the lesson, so both import this pure module.
 *
 * Folding ignores case and Vietnamese diacritics: "Mật khẩu" and "mat khau" are the same words, and "đ"
 * is "d" (NFD does not split "đ": it is a letter of its own, not "d" plus a mark).
 */
import type { CatalogEntry } from './types';
import type { Locale } from './vocabulary';

/** Every combining mark: the tones and the hats, hooks and breves that NFD splits off their letters. */
const COMBINING_MARKS = /\p{M}+/gu;
/** Anything that is not a letter or a digit separates words (spaces, punctuation, dashes, quotes). */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Lower case, no diacritics, đ → d, one space between words, none at either end. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The folded words of a text, in order (repeats kept). */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** What a learner typed, folded: every word must be found; the last may still be being typed. */
export interface FoldedQuery {
  words: string[];
  /** The last word matches any word it begins ("mat kh" finds "mật khẩu"), unless a space or a sign followed it. */
  lastIsPrefix: boolean;
}

export function foldQuery(typed: string): FoldedQuery {
  return { words: foldedWords(typed), lastIsPrefix: /[\p{L}\p{N}\p{M}]$/u.test(typed) };
}

/**
 * One lesson in the search index of one language: what a result shows (title, summary, band, topic) and
 * its key terms. The index carries these itself, so search needs no other part of the catalog.
 */
export interface SearchLesson extends Pick<CatalogEntry, 'id' | 'band' | 'topic' | 'title' | 'summary'> {
  /** The version indexed: the reader's language, or the original when the lesson is not translated yet. */
  locale: Locale;
  /** The key terms as written (folded when the index is prepared, like the title and summary). */
  terms: string[];
}

/**
 * The search index of one language (written by scripts/content/searchIndex.ts): an inverted index of the
 * lessons' words, because each word is then stored once for the whole curriculum, not once per lesson,
 * and the words that start with what is being typed are one sorted range.
 */
export interface SearchIndexData {
  /** Every lesson once, in teaching order. */
  lessons: SearchLesson[];
  /**
   * Every word of the lessons' text besides title, summary and key terms (body, objectives, meanings,
   * quiz), folded, each once, sorted by code unit (plain `<`), space-separated.
   */
  words: string;
  /** For each word of `words`, in the same order, the lessons that use it (see encodePostings). */
  postings: string;
}

/**
 * The lessons of each word as positions in `lessons`, ascending, written as gaps in base 36 (the first
 * is the position itself): "0,3,1" is lessons 0, 3 and 4. Words are separated by ";".
 */
export function encodePostings(lists: readonly (readonly number[])[]): string {
  return lists.map((positions) => positions.map((position, i) => (i === 0 ? position : position - positions[i - 1]!).toString(36)).join(',')).join(';');
}

export function decodePostings(text: string): number[][] {
  if (text === '') return [];
  return text.split(';').map((list) => {
    let position = 0;
    return list.split(',').map((gap, i) => (position = i === 0 ? parseInt(gap, 36) : position + parseInt(gap, 36)));
  });
}
