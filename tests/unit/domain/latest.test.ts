/**
 * "Which is newer" asked once (src/domain/learning.ts): the latest finished attempt, the newer copy of a
 * profile, and the clock cap every file's dates pass — so the import and the class report pick the same
 * one, and a file dated in the future (a wrong clock, or a forged date) does not win over honest work.
 */
import { describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE, isNewerProfile, latestFinished, latestStarted } from '../../../src/domain/learning';
import { profileChange } from '../../../src/domain/importMerge';
import type { Learner } from '../../../src/domain/records';
import { mergeSources, questionDifficulty } from '../../../src/features/report/report';
import { answer, attempt, entry, learner, MINUTE, T0 } from '../report/factories';

const HOUR = 60 * MINUTE; // ms
const YEAR = 365 * 24 * HOUR; // ms
/** The moment the rules are asked at: this computer's clock, or when the report read its files. */
const NOW = T0 + 10 * 24 * HOUR;

const times = (id: string, startedAt: number, finishedAt?: number) => ({ id, startedAt, ...(finishedAt === undefined ? {} : { finishedAt }) });

describe('the latest finished attempt', () => {
  it('is the one finished last, not the one started last, and never an unfinished one', () => {
    const startedFirstFinishedLast = times('a', NOW - 3 * HOUR, NOW - HOUR);
    const startedLast = times('b', NOW - 2 * HOUR, NOW - 2 * HOUR + 5 * MINUTE);
    const open = times('c', NOW - MINUTE);
    expect(latestFinished([startedLast, startedFirstFinishedLast, open], NOW)).toBe(startedFirstFinishedLast);
    expect(latestFinished([open], NOW)).toBeUndefined();
  });

  it('settles equal finishes by the later start, then by the greater id, in whatever order the attempts come', () => {
    const early = times('z', NOW - 3 * HOUR, NOW - HOUR);
    const late = times('a', NOW - 2 * HOUR, NOW - HOUR);
    const twin = times('b', NOW - 2 * HOUR, NOW - HOUR);
    for (const order of [[early, late, twin], [twin, late, early], [late, early, twin]]) expect(latestFinished(order, NOW)).toBe(twin);
  });

  it('does not believe a finish dated far in the future; one a few hours ahead (a wrong time zone) counts as now', () => {
    const honest = times('honest', NOW - 2 * HOUR, NOW - HOUR);
    const forged = times('forged', NOW - 2 * HOUR, NOW + YEAR);
    expect(latestFinished([forged, honest], NOW)).toBe(honest);
    expect(latestFinished([honest, forged], NOW)).toBe(honest);
    // Only unbelievable dates: the later of them still ranks first.
    expect(latestFinished([forged, times('later', NOW, NOW + 2 * YEAR)], NOW)?.id).toBe('later');

    const aheadByHours = times('ahead', NOW - 2 * HOUR, NOW + 7 * HOUR);
    expect(latestFinished([honest, aheadByHours], NOW)).toBe(aheadByHours);
    // …but no more than now: an attempt finished just now here ties with it, and the later start decides.
    expect(latestFinished([aheadByHours, times('just-now', NOW - HOUR, NOW)], NOW)?.id).toBe('just-now');
    expect(latestFinished([times('edge', NOW - 2 * HOUR, NOW + CLOCK_TOLERANCE + 1), honest], NOW)).toBe(honest);
  });

  it('is the one the report’s difficulty table counts: a forged future finish does not replace what the class answered last', () => {
    const lessons = [entry({ id: 'pd-1' })];
    const honest = attempt('honest', 'pd-1', { startedAt: NOW - 2 * HOUR, finishedAt: NOW - HOUR, scorePercent: 100, questionCount: 1, answers: [answer('h1', 'q1', true)] });
    const forged = attempt('forged', 'pd-1', { startedAt: NOW - 3 * HOUR, finishedAt: NOW + YEAR, scorePercent: 0, questionCount: 1, answers: [answer('f1', 'q1', false)] });
    const data = mergeSources([{ learners: [learner('lan', 'Lan', '6A', [forged, honest])] }], NOW);
    const [pd1] = questionDifficulty(data.learners, lessons, 'latest-finished', lessons, NOW);
    expect(pd1!.questions).toEqual([expect.objectContaining({ questionId: 'q1', answers: 1, wrong: 0 })]);
  });
});

describe('the latest attempt by start (the one a reload carries on)', () => {
  it('is the latest start, equal starts settled by id, a start far in the future not believed', () => {
    expect(latestStarted([times('b', NOW - HOUR), times('a', NOW - HOUR), times('c', NOW - 2 * HOUR)], NOW)?.id).toBe('b');
    expect(latestStarted([times('forged', NOW + YEAR), times('honest', NOW - HOUR)], NOW)?.id).toBe('honest');
  });
});

describe('the newer profile, in the import and in the class report alike', () => {
  const stored = (updatedAt: number): Learner => ({ id: 'lan', nickname: 'Lan', classLabel: '6A', avatar: 'cat', createdAt: T0, updatedAt });
  const copy = (nickname: string, updatedAt: number) => learner('lan', nickname, '6A', [], { updatedAt });

  /** [the profile known first (stored here, or the first file), the other copy's time, whether the other wins] */
  const cases: [string, number, number, boolean][] = [
    ['a later change wins', NOW - 2 * HOUR, NOW - HOUR, true],
    ['an earlier one does not', NOW - HOUR, NOW - 2 * HOUR, false],
    ['a tie keeps the first', NOW - HOUR, NOW - HOUR, false],
    ['a few hours ahead counts as now, and wins over the past', NOW - HOUR, NOW + 7 * HOUR, true],
    ['a forged date far in the future does not win', NOW - HOUR, NOW + YEAR, false],
    ['…even over an old profile', T0, NOW + 5 * YEAR, false],
    ['an unbelievable first date loses to any believable one', NOW + YEAR, T0, true],
  ];

  it.each(cases)('%s', (_, first, other, otherWins) => {
    expect(isNewerProfile({ updatedAt: first }, { updatedAt: other }, NOW)).toBe(otherWins);
    // The import offers the new nickname only when it wins…
    const change = profileChange(stored(first), copy('Lan Anh', other), NOW, false);
    expect(change?.nickname !== undefined).toBe(otherWins);
    // …and the class report shows it only then.
    const report = mergeSources([{ learners: [copy('Lan', first)] }, { learners: [copy('Lan Anh', other)] }], NOW);
    expect(report.learners[0]!.nickname).toBe(otherWins ? 'Lan Anh' : 'Lan');
  });

  it('keeps the honest newer profile in the class report, whichever file comes first, against a copy dated in the future', () => {
    const honest = { learners: [copy('Lan', NOW - HOUR)] };
    const forged = { learners: [copy('Lan ngốc', NOW + 3 * YEAR)] };
    expect(mergeSources([honest, forged], NOW).learners[0]!.nickname).toBe('Lan');
    expect(mergeSources([forged, honest], NOW).learners[0]!.nickname).toBe('Lan');
  });
});
