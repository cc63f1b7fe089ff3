/**
 * The search page's hint gives an example query: in each language it must find a lesson of that
 * language's curriculum (the English hint once said "mat khau", which no English lesson contains). This
 * test reads the real lessons, not the fixture pack, and searches them as the app does.
 */
import { describe, expect, it } from 'vitest';
import { contentOptions } from '../../../scripts/content/config';
import { loadContent } from '../../../scripts/content/load';
import { searchIndex } from '../../../scripts/content/searchIndex';
import { foldQuery } from '../../../src/content/searchText';
import { LOCALES } from '../../../src/content/vocabulary';
import { searchEn, searchVi } from '../../../src/features/search/strings';
import { prepareIndex, searchLessons } from '../../../src/features/search/searchLessons';

describe('the search hint', () => {
  const { lessons } = loadContent(contentOptions());
  const strings = { vi: searchVi, en: searchEn };

  it.each(LOCALES)('gives an example that finds lessons in %s', (locale) => {
    const index = prepareIndex(searchIndex(lessons.filter((l) => l.lesson.locale === locale), locale));
    const found = searchLessons(index, foldQuery(strings[locale].example));
    expect(found.length, `“${strings[locale].example}” in ${locale}`).toBeGreaterThan(0);
    expect(strings[locale].hint).toContain('{{example}}');
  });
});
