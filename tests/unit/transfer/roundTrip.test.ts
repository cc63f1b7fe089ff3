import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../src/db/db';
import { buildExport, ExportError, serialiseExport } from '../../../src/db/transfer';
import { progressFileName as exportFileName } from '../../../src/domain/fileNames';
import { applyImport, planImport } from '../../../src/db/transfer';
import { parseTransferFile } from '../../../src/domain/parseProgressFile';
import { freshDatabase } from '../../test-utils';
import { asTeacher, editedFile, expectUnchanged, MINUTE, seedTwoLearners, snapshot, T0 } from './fixtures';

describe('export, wipe, import', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('brings back identical learners, attempts, answers and progress on an empty computer', async () => {
    await seedTwoLearners();
    const proofs = await asTeacher();
    const before = await snapshot();
    const text = serialiseExport(await buildExport({ kind: 'backup', proofs }));

    freshDatabase();
    const parsed = parseTransferFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = await planImport(parsed.file);
    expect(plan.learners.map((learner) => learner.match)).toEqual(['new', 'new']);
    expect(plan.needsDecision).toEqual([]);
    const summary = await applyImport(parsed.file, {});

    expect(summary).toMatchObject({ learnersCreated: 2, attemptsAdded: 4, answersAdded: 7, attemptsPresent: 0, progressRowsWritten: 3 });
    const after = await snapshot();
    // Which learner is current belongs to a computer, not to its data: it does not travel; nor does the teacher PIN.
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] });
  });

  it('exports only the chosen learner, and the file reads back the same through bytes', async () => {
    const { minh } = await seedTwoLearners();
    const file = await buildExport({ kind: 'learners', learnerIds: [minh.id], now: T0 + 60 * MINUTE, proofs: await asTeacher() });
    expect(file.learners.map((learner) => learner.nickname)).toEqual(['Minh']);
    expect(file.lessons).toEqual({ 'lop-6-9-personal-data': ['abc123abc123'] });

    const bytes = new TextEncoder().encode(serialiseExport(file));
    const again = parseTransferFile(bytes);
    expect(again.ok && again.file).toEqual(file);
  });

  it('leaves the untouched default profile out of an "everyone" file, but keeps it in a backup', async () => {
    await seedTwoLearners();
    await db.learners.add({ id: 'default', nickname: 'Học sinh', avatar: 'cat', createdAt: T0, updatedAt: T0 });
    const proofs = await asTeacher();
    const everyone = await buildExport({ kind: 'learners', now: T0 + 60 * MINUTE, proofs });
    expect(everyone.learners.map((learner) => learner.nickname).sort()).toEqual(['Lan', 'Minh']);
    const backup = await buildExport({ kind: 'backup', now: T0 + 60 * MINUTE, proofs });
    expect(backup.learners.map((learner) => learner.nickname).sort()).toEqual(['Học sinh', 'Lan', 'Minh']);
  });

  it('changes nothing when the same file is imported a second time', async () => {
    await seedTwoLearners();
    const proofs = await asTeacher();
    const file = await buildExport({ kind: 'backup', proofs });

    // Into the computer it came from: everything is already there.
    const original = await snapshot();
    const intoSame = await applyImport(file, {}, {}, proofs);
    expect(intoSame).toMatchObject({ learnersCreated: 0, learnersUpdated: 0, attemptsAdded: 0, attemptsCompleted: 0, attemptsPresent: 4, answersAdded: 0, progressRowsWritten: 0 });
    await expectUnchanged(original);

    // Into another computer (empty, no teacher PIN yet: a restore after a reinstall), twice.
    const other = freshDatabase();
    await applyImport(file, {});
    const once = await snapshot(other);
    const second = await applyImport(file, {});
    expect(second).toMatchObject({ learnersCreated: 0, attemptsAdded: 0, answersAdded: 0, answersPresent: 7, progressRowsWritten: 0 });
    await expectUnchanged(once, other);
    expect(once.attempts).toHaveLength(4);
  });

  it('refuses to export a learner who does not exist, and writes nothing', async () => {
    await seedTwoLearners();
    const before = await snapshot();
    await expect(buildExport({ kind: 'learners', learnerIds: ['nobody'] })).rejects.toBeInstanceOf(ExportError);
    await expectUnchanged(before);
  });

  it('refuses to write a file it could not read back', async () => {
    const { lan } = await seedTwoLearners();
    await db.learners.update(lan.id, { nickname: 'x'.repeat(41) });
    await expect(buildExport({ kind: 'backup', proofs: await asTeacher() })).rejects.toMatchObject({ code: 'invalid-data', detail: expect.stringContaining('nickname') });
  });

  it('leaves out an empty class label and extra stored properties', async () => {
    const { lan } = await seedTwoLearners();
    await db.learners.update(lan.id, { classLabel: '  ', ['futureField' as string]: 1 });
    const file = await buildExport({ kind: 'learners', learnerIds: [lan.id] });
    expect(file.learners[0]).not.toHaveProperty('classLabel');
    expect(file.learners[0]).not.toHaveProperty('futureField');
  });
});

describe('export file names', () => {
  const named = (nickname: string, classLabel?: string, kind: 'learners' | 'backup' = 'learners') =>
    exportFileName(
      editedFile((data) => {
        data.kind = kind;
        data.exportedAt = new Date(Date.UTC(2026, 10, 23, 12)).toISOString();
        const [first] = data.learners;
        if (!first) throw new Error('fixture has learners');
        first.nickname = nickname;
        if (classLabel === undefined) delete first.classLabel;
        else first.classLabel = classLabel;
        data.learners = [first];
        data.lessons = { 'lop-6-9-hotline-111': ['def456def456'], 'lop-6-9-personal-data': ['abc123abc123'] };
      }),
    );

  it.each([
    ['Lan', '6A', 'mang-an-toan-lan-6a-2026-11-23.json'],
    ['Trần Đức Anh', undefined, 'mang-an-toan-tran-duc-anh-2026-11-23.json'],
    ['Nguyễn Thị Phương Thảo Nguyên Ngọc', '12A1', 'mang-an-toan-nguyen-thi-phuong-thao-nguyen-2026-11-23.json'],
    ['Bé Ốc 🐌', undefined, 'mang-an-toan-be-oc-2026-11-23.json'],
    ['小明', undefined, 'mang-an-toan-hoc-sinh-2026-11-23.json'],
  ])('names a file for %s (%s) in plain ASCII', (nickname, classLabel, expected) => {
    const name = named(nickname, classLabel);
    expect(name).toBe(expected);
    expect(name).toMatch(/^[a-z0-9.-]+$/);
    expect(name.length).toBeLessThanOrEqual(64);
  });

  it('names the backup "sao-luu" and a file of everyone "ca-lop", so the two are never confused', () => {
    expect(named('Lan', '6A', 'backup')).toBe('mang-an-toan-sao-luu-2026-11-23.json');
    expect(exportFileName(editedFile(() => {}))).toMatch(/^mang-an-toan-ca-lop-\d{4}-\d{2}-\d{2}\.json$/);
  });
});
