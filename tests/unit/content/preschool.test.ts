/**
 * The preschool band "Mầm non" (issue 23 §3): registered before lớp 1–3 with its own five topics, a
 * 20-minute session and a quiz of 3 to 4 picture questions; its own coverage grid, kept out of the
 * school bands' grid; and a certificate that asks for finished sessions, never a score.
 */
import { describe, expect, it } from 'vitest';
import { coverageTable } from '../../../scripts/content/report';
import { addressOf, BANDS, bandRules, isPreschool, LOCALES, PRESCHOOL_TOPIC_IDS, PUPIL_TOPIC_IDS, SCHOOL_BANDS, topicsOf } from '../../../src/content/vocabulary';
import { certificateStanding, progressState } from '../../../src/domain/learning';
import type { LessonProgress } from '../../../src/domain/records';
import { certificateFor } from '../../../src/features/progress/skills';
import type { CatalogEntry } from '../../../src/content/types';
import { lessonBody } from '../../factories';
import { compilePack, frontMatter, locations, quiz } from './pack';

const FILE = 'mam-non/screens-and-people/man-hinh.vi.md';

/** A preschool session: 20 minutes, the four parts, every block a pupil lesson needs, no competence. */
function session(questions: number, overrides: Record<string, string> = {}): string {
  return (
    frontMatter({ id: 'mam-non-screens-and-people', band: 'mam-non', topic: 'screens-and-people', duration: '20', competences: '["2.1"]', ...overrides }) +
    `
::part{kind=warmup minutes=3}

Cô và em cùng hát.

::part{kind=explore minutes=6}

Cô kể chuyện.

::part{kind=practice minutes=5}

:::activity[Chơi cùng nhau]{minutes=4}
Em chỉ tay vào hình.
:::

::part{kind=apply minutes=2}

:::help
Người lớn gọi 111.
:::

:::teacher
Ghi chú.
:::

:::family
Gửi gia đình.
:::
` +
    quiz(questions)
  );
}

describe('the preschool band', () => {
  it('comes before lớp 1–3 with its own five topics, 20-minute sessions and a quiz of 3 to 4 questions', () => {
    expect(BANDS.map((band) => band.id)).toEqual(['mam-non', 'lop-1-3', 'lop-4-5', 'lop-6-9', 'lop-10-12']);
    expect(bandRules('mam-non')).toEqual({
      id: 'mam-non',
      audience: 'pupils',
      topics: ['screens-and-people', 'my-private-things', 'no-go-tell', 'ask-before-tapping', 'who-helps-me'],
      duration: { min: 20, max: 20 },
      quiz: { min: 3, max: 4, required: true },
    });
    expect(addressOf('mam-non')).toBe('em');
    expect(isPreschool('mam-non')).toBe(true);
    expect(isPreschool('lop-1-3')).toBe(false);
    // The school bands keep the 12 pupil topics and no ceiling on their quiz.
    expect(SCHOOL_BANDS.map((band) => band.id)).toEqual(['lop-1-3', 'lop-4-5', 'lop-6-9', 'lop-10-12']);
    expect(topicsOf('lop-1-3')).toEqual(PUPIL_TOPIC_IDS);
    expect(bandRules('lop-1-3').quiz).toEqual({ min: 5, required: true });
  });

  it.each([3, 4])('accepts a session with %i questions', (count) => {
    expect(locations(compilePack({ [FILE]: session(count) })).filter((line) => line.includes('error'))).toEqual([]);
  });

  it.each([
    { count: 5, expected: 'the quiz has 5 questions; mam-non sessions have at most 4' },
    { count: 2, expected: 'the quiz has 2 questions; mam-non lessons need 3 to 4' },
  ])('refuses a session with $count questions', ({ count, expected }) => {
    expect(locations(compilePack({ [FILE]: session(count) }))).toContainEqual(expect.stringContaining(expected));
  });

  it('may tag no competence, where a school lesson must tag one', () => {
    expect(locations(compilePack({ [FILE]: session(3, { competences: '[]' }) })).filter((line) => line.includes('error'))).toEqual([]);
    const school = locations(compilePack({ 'lop-1-3/personal-data/bai.vi.md': frontMatter({ band: 'lop-1-3', competences: '[]' }) }));
    expect(school).toContainEqual(expect.stringContaining('"competences" has 0 codes; a lesson tags 1 to 4'));
  });

  it('refuses a school topic and a session longer than 20 minutes', () => {
    const schoolTopic = locations(compilePack({ 'mam-non/personal-data/bai.vi.md': session(3, { topic: 'personal-data' }) }));
    expect(schoolTopic.join('\n')).toMatch(/topic.*personal-data|personal-data.*topic/);
    const long = locations(compilePack({ [FILE]: session(3, { duration: '35' }) }));
    expect(long.join('\n')).toContain('duration');
  });

  it('has its own coverage grid, outside the school bands’ grid', () => {
    const lessons = PRESCHOOL_TOPIC_IDS.flatMap((topic) => LOCALES.map((locale) => lessonBody({ id: `mam-non-${topic}`, band: 'mam-non', topic, locale })));
    const table = coverageTable(lessons);
    expect(table).toContain('mam-non: 10 of 10 cells');
    expect(table).toContain('pupils: 0 of 96 cells');
    expect(table).toMatch(/^no-go-tell\s+1\s+1$/m);
    expect(table.split('\n').find((line) => line.startsWith('topic'))).not.toContain('mam-non');
  });
});

describe('the preschool certificate', () => {
  const entry = (id: string, band: CatalogEntry['band']) => ({ ...lessonBody({ id, band }), sections: undefined }) as unknown as CatalogEntry;
  const finished = (lessonId: string, bestPercent: number): LessonProgress => ({ learnerId: 'l', lessonId, status: 'completed', finishedAttempts: 1, lastAttemptId: 'a', updatedAt: 1, bestPercent });

  it('is earned by finished sessions whatever their score, while a school band still needs half right', () => {
    const sessions = [entry('a', 'mam-non'), entry('b', 'mam-non')];
    const progress = new Map([
      ['a', finished('a', 33)],
      ['b', finished('b', 100)],
    ]);
    expect(certificateFor(sessions, progress)).toEqual({ earned: true, left: [] });
    expect(certificateFor(sessions, new Map([['a', finished('a', 33)]]))).toEqual({ earned: false, left: [{ lesson: sessions[1], gap: 'not-finished' }] });

    const school = [entry('c', 'lop-1-3')];
    expect(certificateFor(school, new Map([['c', finished('c', 33)]])).earned).toBe(false);
    expect(certificateStanding(school, (lesson) => progressState(new Map([['c', finished('c', 33)]]).get(lesson.id)), 'finished').earned).toBe(true);
  });
});
