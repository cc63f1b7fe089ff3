import { describe, expect, it } from 'vitest';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import { createLearner, deleteLearner } from '../../../src/db/learners';
import { applyImport, buildExport, planImport } from '../../../src/db/transfer';
import type { TransferFile } from '../../../src/domain/progressFile';
import { freshDatabase } from '../../test-utils';

/** One finished quiz for a learner. */
async function quiz(learnerId: string, lessonId: string) {
  const attempt = await startAttempt(learnerId, { id: lessonId, locale: 'vi', version: 'v1', questionCount: 1 });
  await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true });
  await finishAttempt(attempt.id);
}

/** Lan's file from the computer at home: one quiz, under the id that computer gave her. */
async function fileFromHome(): Promise<TransferFile> {
  freshDatabase();
  const lan = await createLearner({ nickname: 'Lan', avatar: 'owl', classLabel: '4A' });
  await quiz(lan.id, 'fixture-hotline');
  return buildExport({ kind: 'learners', learnerIds: [lan.id] });
}

describe('importing the same file again', () => {
  it('remembers “the same child”: it asks nothing the second time and never adds an empty profile', async () => {
    const file = await fileFromHome();
    const db = freshDatabase();
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl', classLabel: '4A' });
    await quiz(lan.id, 'fixture-personal-data');
    const fileLan = file.learners[0]!.id;

    const first = await planImport(file);
    expect(first.needsDecision).toEqual([fileLan]);
    await applyImport(file, { [fileLan]: `merge-into:${lan.id}` });
    expect(await db.attempts.where('learnerId').equals(lan.id).count()).toBe(2);

    const again = await planImport(file);
    expect(again.needsDecision).toEqual([]);
    expect(again.learners[0]).toMatchObject({ match: 'same-id', candidates: [expect.objectContaining({ id: lan.id })], attempts: { new: 0, present: 1, toComplete: 0 } });
    const summary = await applyImport(file, {});
    expect(summary).toMatchObject({ learnersCreated: 0, attemptsAdded: 0, attemptsPresent: 1 });
    expect((await db.learners.toArray()).map((learner) => learner.id)).toEqual([lan.id]);
    // "Someone else" is not a choice any more: the file learner is known to be Lan.
    await expect(applyImport(file, { [fileLan]: 'keep-separate' })).rejects.toMatchObject({ problem: 'not-allowed' });
  });

  it('forgets the choice once that learner is deleted, and asks again', async () => {
    const file = await fileFromHome();
    const db = freshDatabase();
    const lan = await createLearner({ nickname: 'Lan', avatar: 'owl' });
    const fileLan = file.learners[0]!.id;
    await applyImport(file, { [fileLan]: `merge-into:${lan.id}` });
    await deleteLearner(lan.id);

    const other = await createLearner({ nickname: 'Lan', avatar: 'fox' });
    // Lan was current, so deleting her chose the next current learner (a new default profile); planning adds none.
    const stored = await db.learners.count();
    const plan = await planImport(file);
    expect(plan.needsDecision).toEqual([fileLan]);
    expect(plan.learners[0]?.candidates.map((candidate) => candidate.id)).toEqual([other.id]);
    expect(await db.learners.count()).toBe(stored);
  });
});
