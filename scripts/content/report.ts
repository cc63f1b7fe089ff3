/** What `npm run content:check` prints: the coverage tables and the machine-readable lesson list. */
import type { ProgressionStatements } from '../../src/content/progression.ts';
import type { LessonBody } from '../../src/content/types.ts';
import { LOCALES, PRESCHOOL_TOPIC_IDS, PUPIL_TOPIC_IDS, SCHOOL_BANDS, TRACKS, type BandId, type TopicId } from '../../src/content/vocabulary.ts';

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

interface Grid {
  name: string;
  bands: readonly BandId[];
  topics: readonly TopicId[];
}

/**
 * The pupil grid (the 12 topics × the school bands × locales), the preschool band's own grid (its 5
 * topics), then one small grid per audience track.
 */
function grids(): Grid[] {
  return [
    { name: 'pupils', bands: SCHOOL_BANDS.map((b) => b.id), topics: PUPIL_TOPIC_IDS },
    { name: 'mam-non', bands: ['mam-non'], topics: PRESCHOOL_TOPIC_IDS },
    ...TRACKS.map((track) => ({ name: track.id, bands: [track.id], topics: track.topics })),
  ];
}

/**
 * Rows are topics, columns band × locale; each cell is the number of lessons (· for none). Each grid
 * ends with how many of its cells have a lesson, e.g. "pupils: 72 of 72 cells".
 */
export function coverageTable(lessons: readonly LessonBody[]): string {
  return grids()
    .map((grid) => gridTable(grid, lessons))
    .join('\n\n');
}

function gridTable({ name, bands, topics }: Grid, lessons: readonly LessonBody[]): string {
  const columns = bands.flatMap((band) => LOCALES.map((locale) => ({ band, locale })));
  const header = [name === 'pupils' ? 'topic' : `${name} topic`, ...columns.map((c) => `${c.band} ${c.locale}`)];
  let filled = 0;
  const rows = topics.map((topic) => [
    topic,
    ...columns.map(({ band, locale }) => {
      const count = lessons.filter((l) => l.topic === topic && l.band === band && l.locale === locale).length;
      if (count > 0) filled++;
      return count === 0 ? '·' : String(count);
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const cells = topics.length * columns.length;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), `${name}: ${filled} of ${cells} cells`].join('\n');
}

/** "progression statements: 48 of 48 band × topic cells, in vi and en" (progression.ts checks each one). */
export function progressionSummary(statements: ProgressionStatements): string {
  const cells = SCHOOL_BANDS.length * PUPIL_TOPIC_IDS.length;
  const written = SCHOOL_BANDS.reduce((sum, band) => sum + PUPIL_TOPIC_IDS.filter((topic) => statements[band.id]?.[topic]).length, 0);
  return `\nprogression statements: ${written} of ${cells} band × topic cells, in ${LOCALES.join(' and ')}`;
}
