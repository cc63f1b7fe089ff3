/**
 * Finding lessons: pure functions over the compiled index (src/content/searchText.ts), tested without a
 * browser or a build.
 *
 * Every word typed must be in the lesson (title, key terms, summary or text); the last word may be
 * unfinished. Ranking follows where the words were found: title, then key terms, then summary, then
 * text. A lesson is ranked by its weakest word first, so "mat khau" puts a lesson with both words in its
 * title before one with both in its key terms, and both before one with "mat" in its title but "khau"
 * only in its text. Ties keep teaching order.
 */
import { decodePostings, foldedWords, type FoldedQuery, type SearchIndexData, type SearchLesson } from '../../content/searchText';

interface SearchableLesson {
  entry: SearchLesson;
  /** Folded words of the title, the key terms and the summary: places 0, 1 and 2 (0 ranks best). */
  fields: [title: string[], terms: string[], summary: string[]];
}

/** The place of a word found only in the lesson's text: after the three fields. */
const TEXT = 3;

export interface SearchIndex {
  lessons: SearchableLesson[];
  /** The text's words, sorted by code unit (as the compiler sorted them). */
  words: string[];
  /** postings[i]: positions in `lessons` of the lessons whose text has words[i]. */
  postings: number[][];
}

/** Folds the fields of each lesson once, when the index loads, rather than at every search. */
export function prepareIndex(data: SearchIndexData): SearchIndex {
  return {
    lessons: data.lessons.map((entry) => ({
      entry,
      fields: [foldedWords(entry.title), entry.terms.flatMap(foldedWords), foldedWords(entry.summary)],
    })),
    words: data.words === '' ? [] : data.words.split(' '),
    postings: decodePostings(data.postings),
  };
}

/** The first position in the sorted `words` whose word is not less than `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The lessons whose text has `word` (or, for a prefix, any word starting with it). */
function lessonsWithText(index: SearchIndex, word: string, prefix: boolean): Set<number> {
  const found = new Set<number>();
  for (let i = lowerBound(index.words, word); i < index.words.length; i++) {
    const candidate = index.words[i]!;
    if (prefix ? !candidate.startsWith(word) : candidate !== word) break;
    for (const position of index.postings[i]!) found.add(position);
  }
  return found;
}

interface QueryWord {
  word: string;
  prefix: boolean;
  inText: Set<number>;
}

/** The best place (0 title … 3 text) where the lesson has the word, or undefined. */
function bestPlace(lesson: SearchableLesson, position: number, { word, prefix, inText }: QueryWord): number | undefined {
  const place = lesson.fields.findIndex((words) => words.some((candidate) => (prefix ? candidate.startsWith(word) : candidate === word)));
  if (place !== -1) return place;
  return inText.has(position) ? TEXT : undefined;
}

/** Weakest place first: [3, 0] (one word only in the text) ranks after [1, 1] (both in key terms). */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = a[i]! - b[i]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The lessons that have every word of the query, best first; none for an empty query. */
export function searchLessons(index: SearchIndex, query: FoldedQuery): SearchLesson[] {
  const words: QueryWord[] = query.words.map((word, i) => {
    const prefix = query.lastIsPrefix && i === query.words.length - 1;
    return { word, prefix, inText: lessonsWithText(index, word, prefix) };
  });
  if (words.length === 0) return [];
  const found: { entry: SearchLesson; ranks: number[]; position: number }[] = [];
  index.lessons.forEach((lesson, position) => {
    const places = words.map((word) => bestPlace(lesson, position, word));
    if (places.some((place) => place === undefined)) return;
    found.push({ entry: lesson.entry, ranks: (places as number[]).sort((a, b) => b - a), position });
  });
  // The index is in teaching order, so position breaks ties.
  found.sort((a, b) => compareRanks(a.ranks, b.ranks) || a.position - b.position);
  return found.map((result) => result.entry);
}
