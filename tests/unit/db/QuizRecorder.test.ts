import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureCurrentLearner } from '../../../src/db/learners';
import { QuizRecorder } from '../../../src/db/QuizRecorder';
import type { AppDatabase } from '../../../src/db/db';
import { storageReporter, useStorageStatus } from '../../../src/stores/storageStatus';
import { freshDatabase } from '../../test-utils';

const lesson = { id: 'lesson', locale: 'vi' as const, version: 'v1', questionCount: 2 };

function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

describe('QuizRecorder', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
    useStorageStatus.setState({ problem: null, detail: null, retry: null });
  });

  it('saves start, answers and finish in order', async () => {
    const learner = (await ensureCurrentLearner())!;
    const recorder = new QuizRecorder(learner.id, lesson, storageReporter);
    void recorder.start();
    void recorder.answer({ questionId: 'q1', selected: [0], correct: true });
    void recorder.answer({ questionId: 'q2', selected: [1], correct: false });
    await recorder.finish();
    expect(recorder.result).toMatchObject({ correctCount: 1, scorePercent: 50 });
    expect(await db.answers.count()).toBe(2);
  });

  it('tells the user when a write fails and saves the answer — once — when they retry', async () => {
    const learner = (await ensureCurrentLearner())!;
    const recorder = new QuizRecorder(learner.id, lesson, storageReporter);
    await recorder.start();

    const add = vi.spyOn(db.answers, 'add').mockRejectedValue(quotaError());
    await recorder.answer({ questionId: 'q1', selected: [0], correct: true });
    expect(useStorageStatus.getState()).toMatchObject({ problem: 'write-failed', detail: 'QuotaExceededError' });
    expect(await db.answers.count()).toBe(0);

    // While the disk stays full, a later answer waits behind the failed one instead of overtaking it.
    await recorder.answer({ questionId: 'q2', selected: [0], correct: true });
    expect(await db.answers.count()).toBe(0);

    add.mockRestore();
    await useStorageStatus.getState().retry!();
    expect(useStorageStatus.getState().problem).toBeNull();
    expect((await db.answers.toArray()).map((a) => a.questionId).sort()).toEqual(['q1', 'q2']);
  });

  it('does not try to write when storage is unavailable', async () => {
    useStorageStatus.setState({ problem: 'unavailable' });
    const recorder = new QuizRecorder('someone', lesson, storageReporter);
    await recorder.start();
    await recorder.answer({ questionId: 'q1', selected: [0], correct: true });
    expect(await db.attempts.count()).toBe(0);
  });
});
