/** What `npm run content:check` prints: the coverage table and the machine-readable lesson list. */
import type { LessonBody } from '../../src/content/types.ts';
import { BANDS, LOCALES, TOPIC_IDS } from '../../src/content/vocabulary.ts';

export interface LessonListItem {
  id: string;
  locale: string;
  band: string;
  topic: string;
  title: string;
  questionCount: number;
}

export function lessonList(lessons: readonly LessonBody[]): LessonListItem[] {
  return lessons.map(({ id, locale, band, topic, title, questionCount }) => ({ id, locale, band, topic, title, questionCount }));
}

/** Rows are topics, columns band × locale; each cell is the number of lessons (· for none). */
export function coverageTable(lessons: readonly LessonBody[]): string {
  const columns = BANDS.flatMap((band) => LOCALES.map((locale) => ({ band: band.id, locale })));
  const header = ['topic', ...columns.map((c) => `${c.band} ${c.locale}`)];
  const rows = TOPIC_IDS.map((topic) => [
    topic,
    ...columns.map(({ band, locale }) => {
      const count = lessons.filter((l) => l.topic === topic && l.band === band && l.locale === locale).length;
      return count === 0 ? '·' : String(count);
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
