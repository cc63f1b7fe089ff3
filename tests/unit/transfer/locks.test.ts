/**
 * Issue 17: a file cannot write past a lock, and a locked learner's results do not leave without a
 * proof. The guard is the repository's (src/db/transfer.ts, importMerge.ts: importLocks), so these go
 * straight at it with files an attacking pupil could write by hand: whatever `kind` the file claims,
 * whoever it says it is. Every refusal leaves the database exactly as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import { learnerNotices } from '../../../src/db/audit';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner, PinRequiredError } from '../../../src/db/learners';
import { hashPin } from '../../../src/db/pin';
import { setTeacherPin } from '../../../src/db/teacherLock';
import { applyImport, buildExport, planImport, serialiseExport, TransferLockedError } from '../../../src/db/transfer';
import type { Learner } from '../../../src/domain/records';
import type { TransferFile, TransferFileData } from '../../../src/domain/progressFile';
import { freshDatabase } from '../../test-utils';
import { expectUnchanged, parseValid, PERSONAL_DATA, snapshot, TEACHER } from './fixtures';

const LAN_PIN = { kind: 'learner-pin', pin: '1357' } as const;
const MINUTE = 60_000; // ms

let db: AppDatabase;
let lan: Learner;
let minh: Learner;

/** Lan (6A) has a PIN and one finished quiz; Minh has no lock. No teacher PIN yet. */
beforeEach(async () => {
  db = freshDatabase();
  lan = await createLearner({ nickname: 'Lan', avatar: 'cat', classLabel: '6A', pin: '1357' });
  minh = await createLearner({ nickname: 'Minh', avatar: 'fox' });
  const start = Date.now() - 60 * MINUTE;
  const attempt = await startAttempt(lan.id, PERSONAL_DATA, start);
  await recordAnswer(attempt, { questionId: 'q1', selected: [0], correct: true }, start + MINUTE);
  await recordAnswer(attempt, { questionId: 'q2', selected: [1], correct: false }, start + 2 * MINUTE);
  await finishAttempt(attempt.id, start + 3 * MINUTE);
});

/** A file of these learners as this computer writes it, then edited by hand and read back like any file. */
async function craftedFile(learnerIds: string[], edit: (data: TransferFileData) => void): Promise<TransferFile> {
  const data = JSON.parse(serialiseExport(await buildExport({ kind: 'learners', learnerIds, proofs: { learners: { [lan.id]: LAN_PIN } } }))) as TransferFileData;
  edit(data);
  return parseValid(JSON.stringify(data), Date.now());
}

function only(data: TransferFileData) {
  const learner = data.learners[0];
  if (!learner) throw new Error('the file has a learner');
  return learner;
}

/** A new finished attempt of one right answer, as a forger would add a result. */
function fakeResult(data: TransferFileData, id: string) {
  const at = Date.now() - 30 * MINUTE;
  only(data).attempts.push({
    id,
    lessonId: PERSONAL_DATA.id,
    locale: PERSONAL_DATA.locale,
    lessonVersion: PERSONAL_DATA.version,
    questionCount: 2,
    startedAt: at,
    finishedAt: at + MINUTE,
    correctCount: 2,
    scorePercent: 100,
    answers: [
      { id: `${id}-1`, questionId: 'q1', selected: [0], correct: true, answeredAt: at + 10_000 },
      { id: `${id}-2`, questionId: 'q2', selected: [0], correct: true, answeredAt: at + 20_000 },
    ],
  });
}

/** Renames Lan and adds a perfect result: the file of the review. */
const renameLan = (data: TransferFileData) => {
  // Newer than the profile here (an import caps it at its own clock).
  Object.assign(only(data), { nickname: 'Lan ngốc', classLabel: '9C', updatedAt: Date.now() + MINUTE });
  fakeResult(data, 'fake-attempt');
};

async function refused(promise: Promise<unknown>, lock: object): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(TransferLockedError);
  await expect(promise).rejects.toMatchObject({ lock });
}

describe('an import into a locked profile', () => {
  it('refuses to rename a locked learner or add results to her without her PIN, writing nothing — whatever the file calls itself', async () => {
    for (const kind of ['learners', 'backup'] as const) {
      const file = await craftedFile([lan.id], (data) => {
        data.kind = kind;
        renameLan(data);
      });
      const before = await snapshot();
      await refused(applyImport(file, {}, { acceptProfiles: [only(file).id] }), { kind: 'learners', learnerIds: [lan.id] });
      await expectUnchanged(before);
    }
  });

  it('goes ahead with her own PIN, or with the teacher PIN instead', async () => {
    const file = await craftedFile([lan.id], renameLan);
    await applyImport(file, {}, { acceptProfiles: [lan.id] }, { learners: { [lan.id]: LAN_PIN } });
    expect(await db.learners.get(lan.id)).toMatchObject({ nickname: 'Lan ngốc', classLabel: '9C' });
    expect(await db.attempts.get('fake-attempt')).toMatchObject({ learnerId: lan.id, scorePercent: 100 });

    const more = await craftedFile([lan.id], (data) => fakeResult(data, 'second-attempt'));
    await setTeacherPin(TEACHER.pin);
    await refused(applyImport(more, {}), { kind: 'learners', learnerIds: [lan.id] });
    await applyImport(more, {}, {}, { teacher: TEACHER });
    expect(await db.attempts.get('second-attempt')).toMatchObject({ learnerId: lan.id });
    // Changed with the teacher PIN, not her own: her card will say so (src/db/audit.ts).
    expect((await learnerNotices()).get(lan.id)).toContainEqual(expect.objectContaining({ kind: 'learner-changed', learnerId: lan.id }));
  });

  it('refuses a wrong PIN as a wrong try, and writes nothing', async () => {
    const file = await craftedFile([lan.id], renameLan);
    const before = await snapshot();
    await expect(applyImport(file, {}, {}, { learners: { [lan.id]: { kind: 'learner-pin', pin: '0000' } } })).rejects.toBeInstanceOf(PinRequiredError);
    const after = await snapshot();
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] });
    expect(after.meta.some((row) => row.key.includes(lan.id))).toBe(true);
  });

  it('does not let any other "Lan" be merged into the locked Lan without her secret; kept apart, it needs none', async () => {
    const otherLan = await craftedFile([lan.id], (data) => {
      Object.assign(only(data), { id: 'another-lan', classLabel: '6B', updatedAt: Date.now() - MINUTE });
      only(data).attempts = [];
      fakeResult(data, 'other-lan-attempt');
    });
    const plan = await planImport(otherLan);
    expect(plan.learners[0]).toMatchObject({ match: 'same-nickname', candidates: [expect.objectContaining({ id: lan.id })] });

    const before = await snapshot();
    await refused(applyImport(otherLan, { 'another-lan': `merge-into:${lan.id}` }), { kind: 'learners', learnerIds: [lan.id] });
    await expectUnchanged(before);

    await applyImport(otherLan, { 'another-lan': 'keep-separate' });
    expect(await db.attempts.get('other-lan-attempt')).toMatchObject({ learnerId: 'another-lan' });
    expect(await db.attempts.where('learnerId').equals(lan.id).count()).toBe(1);
  });

  it('sees a write to her through an attempt of hers, under any learner the file names', async () => {
    const [stored] = await db.attempts.where('learnerId').equals(lan.id).toArray();
    const unfinished = await startAttempt(lan.id, PERSONAL_DATA, Date.now() - 20 * MINUTE);
    await recordAnswer(unfinished, { questionId: 'q1', selected: [2], correct: false }, Date.now() - 19 * MINUTE);
    // A "new" learner whose file holds Lan's unfinished attempt, completed with right answers.
    const hijack = await craftedFile([lan.id], (data) => {
      Object.assign(only(data), { id: 'stranger', nickname: 'Người lạ', updatedAt: Date.now() - MINUTE });
      const copy = only(data).attempts.find((attempt) => attempt.id === unfinished.id);
      if (!copy || !stored) throw new Error('the file holds both of Lan’s attempts');
      only(data).attempts = [copy];
      const at = Date.now() - 18 * MINUTE;
      copy.answers.push({ id: 'planted', questionId: 'q2', selected: [0], correct: true, answeredAt: at });
      Object.assign(copy, { finishedAt: at, correctCount: 1, scorePercent: 50 });
    });
    expect((await planImport(hijack)).learners[0]?.match).toBe('new');
    const before = await snapshot();
    await refused(applyImport(hijack, {}), { kind: 'learners', learnerIds: [lan.id] });
    await expectUnchanged(before);
  });

  it('asks nothing when the file would write nothing to her (the same file again)', async () => {
    const file = await craftedFile([lan.id, minh.id], () => {});
    await expect(applyImport(file, {})).resolves.toMatchObject({ attemptsAdded: 0, learnersUpdated: 0 });
  });
});

describe('PIN hashes in a file', () => {
  const someHash = async () => hashPin('2468');

  it('never put a PIN on an unlocked classmate where no teacher PIN is set, whatever the file is called', async () => {
    const hash = await someHash();
    for (const kind of ['learners', 'backup'] as const) {
      const file = await craftedFile([minh.id], (data) => {
        data.kind = kind;
        Object.assign(only(data), { pinHash: hash, updatedAt: Date.now() - MINUTE });
      });
      expect((await planImport(file)).learners[0]?.profileChanges).toEqual({});
      await applyImport(file, {}, { acceptProfiles: [minh.id] });
      expect((await db.learners.get(minh.id))?.pinHash).toBeUndefined();
    }
    // Nor on a learner the file adds to a computer in use.
    const newcomer = await craftedFile([minh.id], (data) => Object.assign(only(data), { id: 'newcomer', nickname: 'Hoa', pinHash: hash }));
    await applyImport(newcomer, {});
    expect(await db.learners.get('newcomer')).toMatchObject({ nickname: 'Hoa' });
    expect((await db.learners.get('newcomer'))?.pinHash).toBeUndefined();
  });

  it('where a teacher PIN is set, are written only with it — a "learners" file as much as a backup', async () => {
    await setTeacherPin(TEACHER.pin);
    const hash = await someHash();
    const file = await craftedFile([minh.id], (data) => Object.assign(only(data), { pinHash: hash, updatedAt: Date.now() - MINUTE }));
    expect(file.kind).toBe('learners');
    expect((await planImport(file)).learners[0]?.profileChanges).toEqual({ [minh.id]: { pinAdded: true } });

    const before = await snapshot();
    await refused(applyImport(file, {}, { acceptProfiles: [minh.id] }), { kind: 'teacher', reason: 'pin-hashes' });
    await expectUnchanged(before);
    await applyImport(file, {}, { acceptProfiles: [minh.id] }, { teacher: TEACHER });
    expect((await db.learners.get(minh.id))?.pinHash).toBe(hash);
  });

  it('come back with a restore on an empty computer, where no teacher PIN can be set yet', async () => {
    await setTeacherPin(TEACHER.pin);
    const backup = await buildExport({ kind: 'backup', proofs: { teacher: TEACHER } });
    const reinstalled = freshDatabase();
    await applyImport(backup, {});
    expect((await reinstalled.learners.get(lan.id))?.pinHash).toBe(lan.pinHash);
  });
});

describe('a backup', () => {
  it('needs the teacher PIN to be restored where one is set', async () => {
    await setTeacherPin(TEACHER.pin);
    const backup = await buildExport({ kind: 'backup', proofs: { teacher: TEACHER } });
    const before = await snapshot();
    await refused(applyImport(backup, {}), { kind: 'teacher', reason: 'restore' });
    await expectUnchanged(before);
    await expect(applyImport(backup, {}, {}, { teacher: TEACHER })).resolves.toMatchObject({ learnersCreated: 0 });
  });

  it('needs the teacher PIN to be made where one is set, and a teacher PIN first where learners have locks', async () => {
    await refused(buildExport({ kind: 'backup' }), { kind: 'set-teacher-pin' });
    await refused(buildExport({ kind: 'backup', proofs: { learners: { [lan.id]: LAN_PIN } } }), { kind: 'set-teacher-pin' });
    await setTeacherPin(TEACHER.pin);
    await refused(buildExport({ kind: 'backup' }), { kind: 'teacher', reason: 'backup' });
    await refused(buildExport({ kind: 'backup', proofs: { learners: { [lan.id]: LAN_PIN } } }), { kind: 'teacher', reason: 'backup' });
    const backup = await buildExport({ kind: 'backup', proofs: { teacher: TEACHER } });
    expect(backup.learners.find((learner) => learner.id === lan.id)?.pinHash).toMatch(/^v2\$/);
  });

  it('needs no proof on a computer with neither locks nor a teacher PIN (it carries no secret)', async () => {
    freshDatabase();
    await createLearner({ nickname: 'An', avatar: 'owl' });
    await expect(buildExport({ kind: 'backup' })).resolves.toMatchObject({ kind: 'backup' });
  });
});

describe('exporting a locked learner', () => {
  it('needs her secret or the teacher PIN, alone or with everyone; an unlocked learner needs nothing', async () => {
    await refused(buildExport({ kind: 'learners', learnerIds: [lan.id] }), { kind: 'learners', learnerIds: [lan.id] });
    await refused(buildExport({ kind: 'learners' }), { kind: 'learners', learnerIds: [lan.id] });
    await expect(buildExport({ kind: 'learners', learnerIds: [minh.id] })).resolves.toMatchObject({ learners: [expect.objectContaining({ nickname: 'Minh' })] });
    await expect(buildExport({ kind: 'learners', learnerIds: [lan.id], proofs: { learners: { [lan.id]: LAN_PIN } } })).resolves.toMatchObject({ learners: [expect.objectContaining({ nickname: 'Lan' })] });
    await expect(buildExport({ kind: 'learners', learnerIds: [lan.id], proofs: { learners: { [lan.id]: { kind: 'learner-pin', pin: '0000' } } } })).rejects.toBeInstanceOf(PinRequiredError);

    await setTeacherPin(TEACHER.pin);
    const everyone = await buildExport({ kind: 'learners', proofs: { teacher: TEACHER } });
    // Both, whatever their order (two learners made in the same millisecond sort either way).
    expect(everyone.learners.map((learner) => learner.nickname).sort()).toEqual(['Lan', 'Minh']);
    expect(everyone.learners.some((learner) => 'pinHash' in learner)).toBe(false);
  });
});
