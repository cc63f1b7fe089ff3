/**
 * Forged or careless files: a file carries no secret it does not need, cannot quietly rewrite someone,
 * and its numbers are never taken on trust.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner } from '../../../src/db/learners';
import { hashPin } from '../../../src/db/pin';
import { applyImport, buildExport, planImport, serialiseExport } from '../../../src/db/transfer';
import { parseTransferFile } from '../../../src/domain/parseProgressFile';
import type { TransferFileData } from '../../../src/domain/progressFile';
import { freshDatabase } from '../../test-utils';
import { asTeacher, editedFile, MINUTE, NOW, seedTwoLearners, T0, TEACHER, validFileData } from './fixtures';

function lan(data: TransferFileData) {
  const learner = data.learners[0];
  if (!learner) throw new Error('fixture has learners');
  return learner;
}

describe('what an export carries', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('leaves PIN hashes out of a learner’s file and a class file, and keeps them in the whole-computer backup', async () => {
    const { minh } = await seedTwoLearners();
    await createLearner({ nickname: 'Hoa', avatar: 'owl', pin: '2468' });
    const proofs = await asTeacher();
    const one = await buildExport({ kind: 'learners', learnerIds: [minh.id], proofs });
    const everyone = await buildExport({ kind: 'learners', proofs });
    const backup = await buildExport({ kind: 'backup', proofs });

    for (const file of [one, everyone]) {
      expect(file.learners.some((learner) => 'pinHash' in learner)).toBe(false);
      expect(serialiseExport(file)).not.toContain('$');
    }
    expect(backup.learners.filter((learner) => learner.pinHash !== undefined).map((learner) => learner.nickname)).toEqual(['Minh', 'Hoa']);
  });
});

describe('a file that tries to rewrite someone', () => {
  let db: AppDatabase;
  beforeEach(async () => {
    db = freshDatabase();
    await applyImport(editedFile(() => {}), {});
  });

  it('lists a change of nickname or class of a learner already here, and makes it only with the user’s yes', async () => {
    const renamed = editedFile((data) => {
      lan(data).nickname = 'Kẻ mạo danh';
      lan(data).classLabel = '9C';
      lan(data).updatedAt = T0 + 40 * MINUTE;
    });
    const plan = await planImport(renamed);
    expect(plan.learners[0]?.profileChanges).toEqual({ 'learner-lan': { nickname: { from: 'Lan', to: 'Kẻ mạo danh' }, classLabel: { from: '6A', to: '9C' } } });

    await applyImport(renamed, {});
    expect(await db.learners.get('learner-lan')).toMatchObject({ nickname: 'Lan', classLabel: '6A', updatedAt: T0 + MINUTE });

    await applyImport(renamed, {}, { acceptProfiles: ['learner-lan'] });
    expect(await db.learners.get('learner-lan')).toMatchObject({ nickname: 'Kẻ mạo danh', classLabel: '9C' });
  });

  it('does not let a profile dated far in the future win, and counts one a few hours ahead as now, so it cannot win every later merge', async () => {
    const now = NOW;
    const before = await db.learners.get('learner-lan');
    const forged = editedFile((data) => {
      lan(data).avatar = 'owl';
      lan(data).updatedAt = now + 5 * 365 * 24 * 60 * MINUTE;
    });
    await applyImport(forged, {}, { now });
    expect(await db.learners.get('learner-lan')).toEqual(before);

    // A computer whose clock runs hours ahead (a wrong time zone): believed, but stored as now here.
    const ahead = editedFile((data) => {
      lan(data).avatar = 'owl';
      lan(data).updatedAt = now + 7 * 60 * MINUTE;
    });
    await applyImport(ahead, {}, { now });
    expect(await db.learners.get('learner-lan')).toMatchObject({ avatar: 'owl', updatedAt: now });

    // A change made here a minute later is newer than what that file stands for.
    await db.learners.update('learner-lan', { avatar: 'fox', updatedAt: now + MINUTE });
    await applyImport(ahead, {}, { now: now + MINUTE });
    expect(await db.learners.get('learner-lan')).toMatchObject({ avatar: 'fox', updatedAt: now + MINUTE });
  });

  it('never replaces a stored PIN hash with the file’s, and adds one only with a yes and the teacher PIN', async () => {
    const proofs = await asTeacher();
    const stored = await hashPin('2468');
    await db.learners.update('learner-minh', { pinHash: stored });
    const forged = editedFile((data) => {
      for (const learner of data.learners) {
        learner.pinHash = 'v2$100000$00000000000000000000000000000000$' + '0'.repeat(64);
        learner.updatedAt = T0 + 40 * MINUTE;
      }
    });
    const plan = await planImport(forged);
    expect(plan.learners.map((learner) => learner.profileChanges)).toEqual([{ 'learner-lan': { pinAdded: true } }, {}]);

    await applyImport(forged, {}, { acceptProfiles: ['learner-minh'] }, proofs);
    expect((await db.learners.get('learner-minh'))?.pinHash).toBe(stored);
    expect((await db.learners.get('learner-lan'))?.pinHash).toBeUndefined();

    await expect(applyImport(forged, {}, { acceptProfiles: ['learner-lan'] })).rejects.toMatchObject({ lock: { kind: 'teacher', reason: 'pin-hashes' } });
    expect((await db.learners.get('learner-lan'))?.pinHash).toBeUndefined();
    await applyImport(forged, {}, { acceptProfiles: ['learner-lan'] }, { teacher: TEACHER });
    expect((await db.learners.get('learner-lan'))?.pinHash).toMatch(/^v2\$/);
  });
});

describe('scores in a file', () => {
  it('are checked against the answers: a file whose score does not match is reported as such', () => {
    for (const edit of [
      (data: TransferFileData) => Object.assign(lan(data).attempts[0]!, { correctCount: 2, scorePercent: 100 }),
      (data: TransferFileData) => Object.assign(lan(data).attempts[0]!, { scorePercent: 51 }),
      (data: TransferFileData) => lan(data).attempts[0]!.answers.splice(0, 1),
    ]) {
      const data = validFileData();
      edit(data);
      const result = parseTransferFile(JSON.stringify(data), { now: NOW });
      expect(result).toMatchObject({ ok: false, reason: 'score-mismatch' });
      expect(!result.ok && result.detail).toMatch(/learners\.0\.attempts\.0\.scorePercent: does not match the answers/);
    }
  });

  it('are computed again from the answers on import', async () => {
    const db = freshDatabase();
    await applyImport(editedFile(() => {}), {});
    expect(await db.attempts.get('attempt-1')).toMatchObject({ correctCount: 1, scorePercent: 50 });
    expect(await db.progress.get(['learner-lan', 'lop-6-9-personal-data'])).toMatchObject({ bestPercent: 50 });
  });
});

describe('names in a file', () => {
  it('follow the learner form’s rule: no control, bidi or zero-width characters, no lone surrogates', () => {
    for (const nickname of ['Lan\tAnh', 'Lan\u0085', '\u202Enah', 'La\u2066n', 'L\u200Ban', 'Lan\uD800']) {
      const data = validFileData();
      lan(data).nickname = nickname;
      expect(parseTransferFile(JSON.stringify(data), { now: NOW })).toMatchObject({ ok: false, reason: 'invalid' });
    }
    const data = validFileData();
    lan(data).nickname = ' Lan\u0301 ';
    const result = parseTransferFile(JSON.stringify(data), { now: NOW });
    expect(result.ok && result.file.learners[0]?.nickname).toBe('Lan\u0301'.normalize('NFC'));
  });
});
