import { beforeEach, describe, expect, it } from 'vitest';
import { AttemptFinishedError, findResumableAttempt, finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import { AppDatabase, setDatabase } from '../../../src/db/db';
import { ensureCurrentLearner } from '../../../src/db/learners';
import { progressByLesson } from '../../../src/db/progress';
import { progressState } from '../../../src/domain/learning';
import { freshDatabase } from '../../test-utils';

const lesson = { id: 'lop-4-5-personal-data', locale: 'vi' as const, version: 'abc123abc123', questionCount: 4 };

describe('saving quiz attempts', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('creates one default learner and returns the same one afterwards', async () => {
    const first = (await ensureCurrentLearner())!;
    const second = (await ensureCurrentLearner())!;
    expect(second.id).toBe(first.id);
    expect(await db.learners.count()).toBe(1);
  });

  it('stores every answer with its time and lesson version, and marks the lesson in progress', async () => {
    const learner = (await ensureCurrentLearner())!;
    const attempt = await startAttempt(learner.id, lesson, 1000);
    await recordAnswer(attempt, { questionId: 'q1', selected: [2], correct: true }, 2000);

    const answers = await db.answers.toArray();
    expect(answers).toEqual([
      expect.objectContaining({ attemptId: attempt.id, questionId: 'q1', selected: [2], correct: true, answeredAt: 2000, lessonVersion: 'abc123abc123' }),
    ]);
    const progress = await progressByLesson(learner.id);
    expect(progressState(progress.get(lesson.id))).toEqual({ kind: 'in-progress' });
  });

  it('scores a finished attempt and keeps the best score across attempts', async () => {
    const learner = (await ensureCurrentLearner())!;
    const first = await startAttempt(learner.id, lesson);
    for (const [i, correct] of [true, true, true, false].entries()) {
      await recordAnswer(first, { questionId: `q${i + 1}`, selected: [0], correct });
    }
    expect(await finishAttempt(first.id)).toMatchObject({ correctCount: 3, scorePercent: 75 });

    const second = await startAttempt(learner.id, lesson);
    await recordAnswer(second, { questionId: 'q1', selected: [1], correct: false });
    await finishAttempt(second.id);

    const progress = (await progressByLesson(learner.id)).get(lesson.id);
    expect(progress).toMatchObject({ status: 'completed', bestPercent: 75, finishedAttempts: 2, lastAttemptId: second.id });
    expect(progressState(progress)).toEqual({ kind: 'completed', bestPercent: 75 });
  });

  it('counts a lesson as mastered from 80%', async () => {
    const learner = (await ensureCurrentLearner())!;
    const attempt = await startAttempt(learner.id, { ...lesson, questionCount: 5 });
    for (const i of [1, 2, 3, 4]) await recordAnswer(attempt, { questionId: `q${i}`, selected: [0], correct: true });
    await finishAttempt(attempt.id);
    expect(progressState((await progressByLesson(learner.id)).get(lesson.id))).toEqual({ kind: 'mastered', bestPercent: 80 });
  });

  it('keeps one open attempt per learner and lesson: the same quiz in a second tab joins it, so either tab can finish it with both tabs’ answers', async () => {
    const learner = (await ensureCurrentLearner())!;
    // Each tab chose its attempt id before its first answer.
    const inFirstTab = await startAttempt(learner.id, lesson, 1000, 'tab-1');
    await recordAnswer(inFirstTab, { questionId: 'q1', selected: [0], correct: true });
    const inSecondTab = await startAttempt(learner.id, lesson, 2000, 'tab-2');
    expect(inSecondTab.id).toBe('tab-1');
    await recordAnswer(inSecondTab, { questionId: 'q2', selected: [0], correct: true });
    expect(await finishAttempt('tab-1')).toMatchObject({ correctCount: 2 });
    expect(await db.attempts.count()).toBe(1);
    expect(await db.attempts.filter((a) => a.finishedAt === undefined).count()).toBe(0);

    // An answer the other tab sends after the finish is refused: the stored score stays its answers'.
    await expect(recordAnswer(inSecondTab, { questionId: 'q3', selected: [0], correct: true })).rejects.toBeInstanceOf(AttemptFinishedError);
    expect(await db.answers.count()).toBe(2);
    // The next attempt is a new one.
    expect((await startAttempt(learner.id, lesson, 3000, 'again')).id).toBe('again');
    // An open attempt on another wording of the lesson is not joined.
    expect((await startAttempt(learner.id, { ...lesson, version: 'changed00000' }, 4000, 'reworded')).id).toBe('reworded');
  });

  it('offers an unfinished attempt of the same wording (lesson, language and version) for resuming, not a finished or outdated one', async () => {
    const learner = (await ensureCurrentLearner())!;
    const attempt = await startAttempt(learner.id, lesson, 1);
    await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true }, 2);
    expect((await findResumableAttempt(learner.id, lesson))?.answers.map((a) => a.questionId)).toEqual(['q1']);
    expect(await findResumableAttempt(learner.id, { ...lesson, version: 'changed00000' })).toBeUndefined();
    // The same rule as starting one (sameWording): another language is another wording, whatever its version.
    expect(await findResumableAttempt(learner.id, { ...lesson, locale: lesson.locale === 'vi' ? 'en' : 'vi' })).toBeUndefined();
    await finishAttempt(attempt.id);
    expect(await findResumableAttempt(learner.id, lesson)).toBeUndefined();
  });

  it('rejects invalid input before writing anything', async () => {
    const learner = (await ensureCurrentLearner())!;
    await expect(startAttempt('', lesson)).rejects.toThrow(TypeError);
    const attempt = await startAttempt(learner.id, lesson);
    await expect(recordAnswer(attempt, { questionId: 'q1', selected: [-1], correct: true })).rejects.toThrow(TypeError);
    expect(await db.answers.count()).toBe(0);
  });

  it('keeps results after the database is closed and opened again', async () => {
    const learner = (await ensureCurrentLearner())!;
    const attempt = await startAttempt(learner.id, lesson);
    await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true });
    await finishAttempt(attempt.id);
    db.close();

    const reopened = new AppDatabase(db.name);
    setDatabase(reopened);
    expect((await ensureCurrentLearner())!.id).toBe(learner.id);
    expect(await reopened.answers.count()).toBe(1);
    expect((await progressByLesson(learner.id)).get(lesson.id)).toMatchObject({ status: 'completed', bestPercent: 25 });
  });
});
