/**
 * The search index: one module per language, `virtual:lesson-search/<locale>`, that the search screen
 * imports the first time it opens (never the first page). It is a chunk of its own, so the service worker
 * precaches it and search works offline.
 *
 * Small on purpose (format: SearchIndexData in src/content/searchText.ts): for each lesson what a result
 * shows and its key terms; then the words of every lesson's text, folded, each stored once with the
 * lessons that use it. Word order is not kept: a search needs every word in the lesson, not side by side.
 */
import { lessonLeaves } from '../../src/content/lessonContent.ts';
import { inReaderLanguage } from '../../src/content/readerLanguage.ts';
import { encodePostings, foldedWords, type SearchIndexData } from '../../src/content/searchText.ts';
import type { LessonBody } from '../../src/content/types.ts';
import { isLocale, type Locale } from '../../src/content/vocabulary.ts';
import type { LoadedLesson } from './load.ts';

export const SEARCH_MODULE_PREFIX = 'virtual:lesson-search/';

/** Every text of a lesson a reader can see besides its title, summary and key terms. */
function otherTexts(lesson: LessonBody): string[] {
  const headings = lesson.sections.flatMap((section) => [section.part?.label, ...section.blocks.map((block) => ('title' in block ? block.title : undefined))]);
  const quiz = lesson.quiz.flatMap((q) => [q.scenario, q.question, q.explanation, ...q.options.flatMap((o) => [o.text, o.feedback])]);
  const texts = [...lesson.objectives, ...lesson.keyTerms.map((k) => k.meaning), ...headings, ...lessonLeaves(lesson).map((leaf) => leaf.text), ...quiz];
  return texts.filter((text): text is string => typeof text === 'string');
}

/** Every lesson once, in the reader's language when translated (the catalog's rule), in teaching order. */
function lessonsFor(lessons: readonly Pick<LoadedLesson, 'lesson'>[], locale: Locale): LessonBody[] {
  const versions = new Map<string, LessonBody[]>();
  // Lessons arrive in teaching order (see loadContent) and a Map keeps the order ids first appear in.
  for (const { lesson } of lessons) versions.set(lesson.id, [...(versions.get(lesson.id) ?? []), lesson]);
  return [...versions.values()].flatMap((ofOneLesson) => inReaderLanguage(ofOneLesson, locale) ?? []);
}

export function searchIndex(lessons: readonly Pick<LoadedLesson, 'lesson'>[], locale: Locale): SearchIndexData {
  const indexed = lessonsFor(lessons, locale);
  const lessonsOfWord = new Map<string, number[]>();
  indexed.forEach((lesson, position) => {
    for (const word of new Set(otherTexts(lesson).flatMap(foldedWords))) {
      const list = lessonsOfWord.get(word);
      if (list) list.push(position);
      else lessonsOfWord.set(word, [position]);
    }
  });
  // Default sort: by code unit, the order the app's binary search assumes. Sorted, so builds repeat.
  const words = [...lessonsOfWord.keys()].sort();
  return {
    lessons: indexed.map(({ id, locale, band, topic, title, summary, keyTerms }) => ({ id, locale, band, topic, title, summary, terms: keyTerms.map((k) => k.term) })),
    words: words.join(' '),
    postings: encodePostings(words.map((word) => lessonsOfWord.get(word)!)),
  };
}

/**
 * The code of `virtual:lesson-search/<locale>`. JSON.parse of a string literal parses faster than the same
 * data as an object literal.
 */
export function searchModuleCode(lessons: readonly Pick<LoadedLesson, 'lesson'>[], locale: string): string {
  if (!isLocale(locale)) throw new Error(`no search index for the language "${locale}"`);
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(searchIndex(lessons, locale)))});\n`;
}
