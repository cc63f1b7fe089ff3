import { describe, expect, it } from 'vitest';
import type { QuizAttempt } from '../../../src/domain/records';
import { deriveProgress } from '../../../src/domain/learning';
import { freshDatabase } from '../../test-utils';
import { seedTwoLearners } from './fixtures';

function attempt(overrides: Partial<QuizAttempt> & Pick<QuizAttempt, 'id' | 'startedAt'>): QuizAttempt {
  return { learnerId: 'l1', lessonId: 'lesson-a', locale: 'vi', lessonVersion: 'v1', questionCount: 4, ...overrides };
}

describe('deriveProgress', () => {
  it('gives the rows the quiz itself wrote for the same history', async () => {
    const db = freshDatabase();
    const { lan, minh } = await seedTwoLearners();
    for (const learner of [lan, minh]) {
      const attempts = await db.attempts.where('learnerId').equals(learner.id).toArray();
      const answers = await db.answers.where('learnerId').equals(learner.id).toArray();
      expect(deriveProgress(learner.id, attempts, answers)).toEqual(await db.progress.where('learnerId').equals(learner.id).toArray());
    }
  });

  it('counts finished attempts, keeps the best score and points at the latest start', () => {
    const rows = deriveProgress('l1', [
      attempt({ id: 'a', startedAt: 100, finishedAt: 200, correctCount: 3, scorePercent: 75 }),
      attempt({ id: 'b', startedAt: 300, finishedAt: 400, correctCount: 1, scorePercent: 25 }),
      attempt({ id: 'c', startedAt: 500 }),
    ]);
    expect(rows).toEqual([{ learnerId: 'l1', lessonId: 'lesson-a', status: 'completed', bestPercent: 75, finishedAttempts: 2, lastAttemptId: 'c', updatedAt: 500 }]);
  });

  it('leaves bestPercent out until an attempt is finished', () => {
    const [row] = deriveProgress('l1', [attempt({ id: 'a', startedAt: 100 })], [{ attemptId: 'a', answeredAt: 150 }]);
    expect(row).toEqual({ learnerId: 'l1', lessonId: 'lesson-a', status: 'in-progress', finishedAttempts: 0, lastAttemptId: 'a', updatedAt: 150 });
    expect(row).not.toHaveProperty('bestPercent');
  });

  it('settles equal start times by id, whatever the order of the input', () => {
    const a = attempt({ id: 'a', startedAt: 100 });
    const b = attempt({ id: 'b', startedAt: 100 });
    expect(deriveProgress('l1', [a, b])[0]?.lastAttemptId).toBe('b');
    expect(deriveProgress('l1', [b, a])[0]?.lastAttemptId).toBe('b');
  });

  it('gives one row per lesson, sorted, and ignores attempts of other learners', () => {
    const rows = deriveProgress('l1', [
      attempt({ id: 'z', lessonId: 'lesson-z', startedAt: 1 }),
      attempt({ id: 'a', lessonId: 'lesson-a', startedAt: 2 }),
      attempt({ id: 'x', learnerId: 'l2', lessonId: 'lesson-x', startedAt: 3 }),
    ]);
    expect(rows.map((row) => row.lessonId)).toEqual(['lesson-a', 'lesson-z']);
    expect(deriveProgress('nobody', [attempt({ id: 'a', startedAt: 1 })])).toEqual([]);
  });
});
