import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../../src/db/db';
import type { Learner } from '../../../src/domain/records';
import { buildExport } from '../../../src/db/transfer';
import type { TransferFileData } from '../../../src/domain/progressFile';
import { applyImport, ImportDecisionError, planImport, type ImportDecisions } from '../../../src/db/transfer';
import { freshDatabase } from '../../test-utils';
import { editedFile, expectUnchanged, MINUTE, snapshot, T0, validFileData } from './fixtures';

function firstLearner(data: TransferFileData) {
  const learner = data.learners[0];
  if (!learner) throw new Error('fixture has learners');
  return learner;
}

function unfinish(data: TransferFileData, attemptId: string): void {
  for (const attempt of data.learners.flatMap((learner) => learner.attempts)) {
    if (attempt.id !== attemptId) continue;
    delete attempt.finishedAt;
    delete attempt.correctCount;
    delete attempt.scorePercent;
  }
}

describe('merging an import with stored data', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps a stored finished attempt when the file has it unfinished', async () => {
    await applyImport(editedFile(() => {}), {});
    const before = await snapshot();
    const older = editedFile((data) => unfinish(data, 'attempt-1'));

    const plan = await planImport(older);
    expect(plan.learners[0]?.attempts).toEqual({ new: 0, present: 2, toComplete: 0 });
    const summary = await applyImport(older, {});
    expect(summary).toMatchObject({ attemptsAdded: 0, attemptsCompleted: 0, attemptsPresent: 3 });
    await expectUnchanged(before);
  });

  it('completes a stored unfinished attempt with the finished copy from the file, and its progress', async () => {
    await applyImport(editedFile((data) => unfinish(data, 'attempt-1')), {});
    expect(await db.progress.get(['learner-lan', 'lop-6-9-personal-data'])).toMatchObject({ status: 'in-progress', finishedAttempts: 0 });

    const newer = editedFile(() => {});
    expect((await planImport(newer)).learners[0]?.attempts).toEqual({ new: 0, present: 1, toComplete: 1 });
    const summary = await applyImport(newer, {});
    expect(summary).toMatchObject({ attemptsCompleted: 1, progressRowsWritten: 1 });
    expect(await db.attempts.get('attempt-1')).toMatchObject({ finishedAt: T0 + 5 * MINUTE, correctCount: 1, scorePercent: 50 });
    expect(await db.progress.get(['learner-lan', 'lop-6-9-personal-data'])).toEqual({
      learnerId: 'learner-lan',
      lessonId: 'lop-6-9-personal-data',
      status: 'completed',
      bestPercent: 50,
      finishedAttempts: 1,
      lastAttemptId: 'attempt-1',
      updatedAt: T0 + 5 * MINUTE,
    });
  });

  it('adds answers that are missing, once, to an attempt already stored', async () => {
    await applyImport(
      editedFile((data) => {
        firstLearner(data).attempts[1]?.answers.splice(0);
      }),
      {},
    );
    expect(await db.answers.where('attemptId').equals('attempt-2').count()).toBe(0);
    const summary = await applyImport(editedFile(() => {}), {});
    expect(summary).toMatchObject({ answersAdded: 1, answersPresent: 4 });
    expect(await db.answers.get('answer-3')).toMatchObject({ attemptId: 'attempt-2', learnerId: 'learner-lan', lessonId: 'lop-6-9-hotline-111', lessonVersion: 'def456def456' });
    expect(await db.progress.get(['learner-lan', 'lop-6-9-hotline-111'])).toMatchObject({ updatedAt: T0 + 11 * MINUTE });
  });

  it('keeps a stored profile that is newer than the one in the file', async () => {
    await applyImport(editedFile(() => {}), {});
    await db.learners.update('learner-lan', { nickname: 'Lan Anh', avatar: 'owl', updatedAt: T0 + 30 * MINUTE });
    const before = await snapshot();
    const summary = await applyImport(editedFile(() => {}), {});
    expect(summary.learnersUpdated).toBe(0);
    await expectUnchanged(before);
  });

  it('takes the profile from the file when it is newer, whole — once the user agreed to the change', async () => {
    await applyImport(editedFile(() => {}), {});
    const newer = editedFile((data) => {
      const lan = firstLearner(data);
      lan.nickname = 'Lan Anh';
      delete lan.classLabel;
      lan.avatar = 'owl';
      lan.updatedAt = T0 + 40 * MINUTE;
    });
    const summary = await applyImport(newer, {}, { acceptProfiles: ['learner-lan'] });
    expect(summary.learnersUpdated).toBe(1);
    expect(await db.learners.get('learner-lan')).toEqual({ id: 'learner-lan', nickname: 'Lan Anh', avatar: 'owl', createdAt: T0, updatedAt: T0 + 40 * MINUTE });
  });

  it('takes a newer profile that only changes the avatar without asking', async () => {
    await applyImport(editedFile(() => {}), {});
    const plan = await planImport(
      editedFile((data) => {
        firstLearner(data).avatar = 'owl';
        firstLearner(data).updatedAt = T0 + 40 * MINUTE;
      }),
    );
    expect(plan.learners[0]?.profileChanges).toEqual({});
    await applyImport(
      editedFile((data) => {
        firstLearner(data).avatar = 'owl';
        firstLearner(data).updatedAt = T0 + 40 * MINUTE;
      }),
    );
    expect(await db.learners.get('learner-lan')).toMatchObject({ nickname: 'Lan', avatar: 'owl', updatedAt: T0 + 40 * MINUTE });
  });
});

describe('a learner with the same nickname', () => {
  let db: AppDatabase;
  const stored: Learner = { id: 'here-lan', nickname: 'LAN', avatar: 'panda', createdAt: T0 - MINUTE, updatedAt: T0 + 50 * MINUTE };
  const onlyLan = (data: TransferFileData) => {
    data.learners = [firstLearner(data)];
    data.lessons = { 'lop-6-9-hotline-111': ['def456def456'], 'lop-6-9-personal-data': ['abc123abc123'] };
  };

  beforeEach(async () => {
    db = freshDatabase();
    await db.learners.add(stored);
  });

  it('is matched case-insensitively, across Unicode forms, and needs the user to decide', async () => {
    const file = editedFile((data) => {
      onlyLan(data);
      firstLearner(data).nickname = ' lan ';
    });
    const plan = await planImport(file);
    expect(plan.learners[0]).toMatchObject({ fileLearnerId: 'learner-lan', match: 'same-nickname', candidates: [stored] });
    expect(plan.needsDecision).toEqual(['learner-lan']);

    await db.learners.update(stored.id, { nickname: 'Lân' });
    const decomposed = editedFile((data) => {
      onlyLan(data);
      firstLearner(data).nickname = 'La\u0302n';
    });
    expect((await planImport(decomposed)).learners[0]?.match).toBe('same-nickname');
  });

  it('is not merged or added without a decision: nothing is written', async () => {
    const file = editedFile(onlyLan);
    const before = await snapshot();
    await expect(applyImport(file, {})).rejects.toMatchObject({ name: 'ImportDecisionError', problem: 'decision-required', fileLearnerId: 'learner-lan' });
    await expect(applyImport(file)).rejects.toBeInstanceOf(ImportDecisionError);
    await expectUnchanged(before);
  });

  it('"merge-into" moves their attempts and answers to the stored learner', async () => {
    const summary = await applyImport(editedFile(onlyLan), { 'learner-lan': 'merge-into:here-lan' });
    expect(summary.learners).toEqual([expect.objectContaining({ fileLearnerId: 'learner-lan', storedLearnerId: 'here-lan', outcome: 'merged', attemptsAdded: 2 })]);
    expect(await db.learners.toArray()).toEqual([{ ...stored, createdAt: T0 - MINUTE }]);
    expect((await db.attempts.toArray()).map((a) => a.learnerId)).toEqual(['here-lan', 'here-lan']);
    expect((await db.answers.toArray()).map((a) => a.learnerId)).toEqual(['here-lan', 'here-lan', 'here-lan']);
    expect((await db.progress.toArray()).map((p) => [p.learnerId, p.lessonId, p.status])).toEqual([
      ['here-lan', 'lop-6-9-hotline-111', 'in-progress'],
      ['here-lan', 'lop-6-9-personal-data', 'completed'],
    ]);

    // The same file again: "the same child" is remembered, so nothing is asked, added or created.
    const before = await snapshot();
    const again = await applyImport(editedFile(onlyLan), {});
    expect(again).toMatchObject({ learnersCreated: 0, attemptsAdded: 0, attemptsPresent: 2, answersAdded: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('"keep-separate" adds a second learner with their own attempts', async () => {
    const summary = await applyImport(editedFile(onlyLan), { 'learner-lan': 'keep-separate' });
    expect(summary).toMatchObject({ learnersCreated: 1, attemptsAdded: 2 });
    expect((await db.learners.toArray()).map((l) => [l.id, l.nickname])).toEqual([
      ['here-lan', 'LAN'],
      ['learner-lan', 'Lan'],
    ]);
    expect(await db.attempts.where('learnerId').equals('learner-lan').count()).toBe(2);
    expect(await db.progress.where('learnerId').equals('here-lan').count()).toBe(0);
  });

  const impossible: [string, ImportDecisions, string][] = [
    ['no decision', {}, 'decision-required'],
    ['a decision for someone not in the file', { 'learner-lan': 'keep-separate', nobody: 'keep-separate' }, 'unknown-learner'],
    ['merging into a learner not on this computer', { 'learner-lan': 'merge-into:ghost' }, 'unknown-target'],
    ['merging into nobody', { 'learner-lan': 'merge-into:' as 'merge-into:x' }, 'malformed-decision'],
    ['a made-up decision', { 'learner-lan': 'overwrite' as 'keep-separate' }, 'malformed-decision'],
    ['keeping apart a learner stored under the same id', { 'learner-lan': 'keep-separate', 'learner-minh': 'keep-separate' }, 'not-allowed'],
    ['moving a learner stored under the same id to someone else', { 'learner-lan': 'keep-separate', 'learner-minh': 'merge-into:here-lan' }, 'not-allowed'],
    ['a decision keyed by a prototype property', Object.fromEntries([['learner-lan', 'keep-separate'], ['constructor', 'keep-separate']]) as ImportDecisions, 'unknown-learner'],
  ];

  it.each(impossible)('is refused with %s, before anything is written', async (_, decisions, problem) => {
    await db.learners.add({ id: 'learner-minh', nickname: 'Minh', avatar: 'fox', createdAt: T0, updatedAt: T0 });
    const before = await snapshot();
    await expect(applyImport(editedFile(() => {}), decisions)).rejects.toMatchObject({ problem });
    await expectUnchanged(before);
  });
});

describe('an import that fails part-way', () => {
  it('leaves every table exactly as it was', async () => {
    const db = freshDatabase();
    await applyImport(editedFile((data) => unfinish(data, 'attempt-1')), {});
    await db.learners.update('learner-lan', { updatedAt: T0 });
    const before = await snapshot();

    // Learners, attempts and the completed attempt are written before the answers fail.
    const file = editedFile((data) => {
      firstLearner(data).updatedAt = T0 + 9 * MINUTE;
      firstLearner(data).attempts.push({
        id: 'attempt-9',
        lessonId: 'lop-6-9-hotline-111',
        locale: 'en',
        lessonVersion: 'def456def456',
        questionCount: 3,
        startedAt: T0 + 30 * MINUTE,
        answers: [{ id: 'answer-9', questionId: 'q1', selected: [], correct: false, answeredAt: T0 + 31 * MINUTE }],
      });
    });
    vi.spyOn(db.answers, 'bulkAdd').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(applyImport(file, {})).rejects.toThrow('QuotaExceededError');
    vi.restoreAllMocks();
    await expectUnchanged(before);

    // And succeeds in full once the disk has room.
    await expect(applyImport(file, {})).resolves.toMatchObject({ attemptsAdded: 1, attemptsCompleted: 1, answersAdded: 1 });
  });

  it('backs up an empty computer as a valid file with no learners', async () => {
    freshDatabase();
    const file = await buildExport({ kind: 'backup' });
    expect(file.learners).toEqual([]);
    await expect(applyImport(file, {})).resolves.toMatchObject({ learnersCreated: 0, attemptsAdded: 0 });
  });

  it('takes only files that went through the schema (checked by tsc)', () => {
    // Never called: the point is the compile error on a plain object.
    const importUnchecked = () =>
      // @ts-expect-error only parseTransferFile and buildExport make a TransferFile.
      applyImport(validFileData(), {});
    expect(importUnchecked).toBeTypeOf('function');
  });
});
