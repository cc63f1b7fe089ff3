import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDatabase, SCHEMA_V1, SCHEMA_V2, setDatabase } from '../../../src/db/db';
import { listScans, saveScan } from '../../../src/db/scans';
import { buildExport } from '../../../src/db/transfer';
import { checkName } from '../../../src/domain/names';

describe('upgrading the database', () => {
  it('keeps every row written under version 1 and gives learners an avatar and updatedAt', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const learner = { id: 'l1', nickname: 'Học sinh', createdAt: 1_700_000_000_000 };
    const attempt = { id: 'a1', learnerId: 'l1', lessonId: 'lop-4-5-personal-data', locale: 'vi', lessonVersion: 'abc', questionCount: 2, startedAt: 1, finishedAt: 3, correctCount: 1, scorePercent: 50 };
    const answers = [
      { id: 'x1', attemptId: 'a1', learnerId: 'l1', lessonId: 'lop-4-5-personal-data', lessonVersion: 'abc', questionId: 'q1', selected: [0], correct: true, answeredAt: 2 },
      { id: 'x2', attemptId: 'a1', learnerId: 'l1', lessonId: 'lop-4-5-personal-data', lessonVersion: 'abc', questionId: 'q2', selected: [1], correct: false, answeredAt: 3 },
    ];
    const progress = { learnerId: 'l1', lessonId: 'lop-4-5-personal-data', status: 'completed', bestPercent: 50, finishedAttempts: 1, lastAttemptId: 'a1', updatedAt: 3 };
    await v1.table('learners').add(learner);
    await v1.table('attempts').add(attempt);
    await v1.table('answers').bulkAdd(answers);
    await v1.table('progress').add(progress);
    await v1.table('meta').add({ key: 'currentLearnerId', value: 'l1' });
    v1.close();

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.learners.toArray()).toEqual([{ ...learner, avatar: 'cat', updatedAt: learner.createdAt }]);
    expect(await db.attempts.toArray()).toEqual([attempt]);
    expect(await db.answers.orderBy('id').toArray()).toEqual(answers);
    expect(await db.progress.toArray()).toEqual([progress]);
    expect(await db.meta.toArray()).toEqual([{ key: 'currentLearnerId', value: 'l1' }]);
    // The new index answers "everything of this learner".
    expect(await db.answers.where('learnerId').equals('l1').count()).toBe(2);
    db.close();
  });

  it('repairs names stored before the name rule, so the whole-computer backup works again', async () => {
    const name = `upgrade-v2-${Math.random().toString(36).slice(2)}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    const base = { avatar: 'cat', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
    await v2.table('learners').bulkAdd([
      { id: 'tab', nickname: 'Lan\tAnh', classLabel: '6A\u0085', ...base },
      { id: 'bidi', nickname: '\u202Eanh\u200B', classLabel: '\u2066\u2069', ...base },
      { id: 'gone', nickname: '\u0007\u200D', ...base },
      { id: 'fine', nickname: 'Bảo Ngọc', classLabel: '5B', ...base },
    ]);
    v2.close();

    const db = new AppDatabase(name);
    setDatabase(db);
    const learners = await db.learners.orderBy('id').toArray();
    expect(learners.map(({ id, nickname, classLabel }) => ({ id, nickname, classLabel }))).toEqual([
      { id: 'bidi', nickname: 'anh', classLabel: undefined },
      { id: 'fine', nickname: 'Bảo Ngọc', classLabel: '5B' },
      { id: 'gone', nickname: 'Học sinh', classLabel: undefined },
      { id: 'tab', nickname: 'Lan Anh', classLabel: '6A' },
    ]);
    for (const learner of learners) expect(checkName(learner.nickname, 'nickname')).toEqual({ ok: true, value: learner.nickname });
    await expect(buildExport({ kind: 'backup' })).resolves.toMatchObject({ kind: 'backup' });
    db.close();
  });

  it('adds the table of scanned results in version 4 and keeps every row of version 3', async () => {
    const name = `upgrade-v3-${Math.random().toString(36).slice(2)}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V2);
    await v3.table('learners').add({ id: 'lan', nickname: 'Lan', avatar: 'cat', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 });
    v3.close();

    const db = new AppDatabase(name);
    setDatabase(db);
    expect((await db.learners.toArray()).map((learner) => learner.id)).toEqual(['lan']);
    expect(await listScans()).toEqual([]);
    await saveScan('abcd', '{}', 5);
    await saveScan('abcd', '{}', 6);
    expect(await listScans()).toEqual([{ id: 'abcd', file: '{}', scannedAt: 6 }]);
    db.close();
  });
});
