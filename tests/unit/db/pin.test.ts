import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../../src/db/db';
import { createLearner, deleteLearner, PinRequiredError, setLearnerPin, unlockLearner, updateLearner } from '../../../src/db/learners';
import { divideHashWorkForTests, FALLBACK_ITERATIONS, hashPin, legacyHash, needsRehash, SUBTLE_ITERATIONS, verifyPinHash } from '../../../src/db/pin';
import { FIRST_PIN_WAIT, FREE_PIN_TRIES, MAX_PIN_WAIT, pinWait } from '../../../src/domain/pin';
import { freshDatabase } from '../../test-utils';

const right = { kind: 'learner-pin', pin: '2468' } as const;
const wrong = { kind: 'learner-pin', pin: '1357' } as const;

/** A plain-http page: browsers hide crypto.subtle outside secure contexts. */
function withoutSubtle() {
  vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto), randomUUID: crypto.randomUUID.bind(crypto) });
}

describe('hashing a PIN', () => {
  // The production work (tests/setup.ts divides it for every other test).
  beforeEach(() => divideHashWorkForTests(1));
  afterEach(() => {
    vi.unstubAllGlobals();
    divideHashWorkForTests(100);
  });

  it('uses salted PBKDF2-SHA-256 with crypto.subtle, and never stores the PIN', async () => {
    const first = await hashPin('2468');
    const second = await hashPin('2468');
    expect(first).toMatch(new RegExp(`^v2\\$${SUBTLE_ITERATIONS}\\$[0-9a-f]{32}\\$[0-9a-f]{64}$`));
    expect(second).not.toBe(first);
    // Nothing but the version, the count, a salt and a hash, in hex of fixed lengths (the pattern above):
    // the PIN is not in it. Its digits may turn up in the hex by chance, so that is not what is checked.
    expect(await verifyPinHash('2468', first)).toBe(true);
    expect(await verifyPinHash('1357', first)).toBe(false);
    expect(first.length).toBeLessThanOrEqual(128);
  });

  it('falls back to the same PBKDF2 in JavaScript where crypto.subtle is missing, each checking the other’s hashes', async () => {
    const secure = await hashPin('2468');
    withoutSubtle();
    expect(globalThis.crypto.subtle).toBeUndefined();
    const plainHttp = await hashPin('2468');
    expect(plainHttp).toMatch(new RegExp(`^v2\\$${FALLBACK_ITERATIONS}\\$`));
    expect(await verifyPinHash('2468', secure)).toBe(true);
    expect(await verifyPinHash('2468', plainHttp)).toBe(true);
    expect(await verifyPinHash('1357', plainHttp)).toBe(false);
    vi.unstubAllGlobals();
    expect(await verifyPinHash('2468', plainHttp)).toBe(true);
    // Made with fewer iterations on plain http: replaced with a stronger one on the next right PIN here.
    expect(needsRehash(plainHttp)).toBe(true);
    expect(needsRehash(secure)).toBe(false);
  });

  it('still accepts an old v1 hash, and matches nothing for a malformed or oversized one', async () => {
    expect(await verifyPinHash('2468', legacyHash('2468'))).toBe(true);
    expect(await verifyPinHash('1357', legacyHash('2468'))).toBe(false);
    expect(needsRehash(legacyHash('2468'))).toBe(true);
    expect(await verifyPinHash('2468', 'salt$0f1e2d3c')).toBe(false);
    expect(await verifyPinHash('2468', `v2$999999999$${'0'.repeat(32)}$${'0'.repeat(64)}`)).toBe(false);
  });
});

describe('a PIN-protected learner', () => {
  let db: AppDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('cannot be renamed, have the PIN removed or be deleted without that PIN', async () => {
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', classLabel: '6A', pin: '2468' });
    const before = await db.learners.get(minh.id);

    await expect(updateLearner(minh.id, { nickname: 'Kẻ mạo danh' })).rejects.toBeInstanceOf(PinRequiredError);
    await expect(updateLearner(minh.id, { nickname: 'Kẻ mạo danh' }, wrong)).rejects.toBeInstanceOf(PinRequiredError);
    await expect(setLearnerPin(minh.id, null)).rejects.toBeInstanceOf(PinRequiredError);
    await expect(setLearnerPin(minh.id, '0000', wrong)).rejects.toBeInstanceOf(PinRequiredError);
    await expect(deleteLearner(minh.id)).rejects.toBeInstanceOf(PinRequiredError);
    expect(await db.learners.get(minh.id)).toEqual(before);

    await updateLearner(minh.id, { nickname: 'Minh Anh' }, right);
    expect((await db.learners.get(minh.id))?.nickname).toBe('Minh Anh');
    await setLearnerPin(minh.id, null, right);
    expect((await db.learners.get(minh.id))?.pinHash).toBeUndefined();
    // Without a PIN there is nothing to ask.
    await deleteLearner(minh.id);
    expect(await db.learners.get(minh.id)).toBeUndefined();
  });

  it('makes someone wait a short, growing time after five wrong tries, even after a reload', async () => {
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear', pin: '2468' });
    const t0 = Date.UTC(2026, 10, 23, 9);
    for (let i = 1; i < FREE_PIN_TRIES; i++) expect(await unlockLearner(minh.id, wrong, t0 + i)).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(await unlockLearner(minh.id, wrong, t0 + FREE_PIN_TRIES)).toEqual({ ok: false, reason: 'wrong-pin', retryAt: t0 + FREE_PIN_TRIES + FIRST_PIN_WAIT });

    // During the wait even the right PIN is not checked; the count lives in the database, not the page.
    expect(await unlockLearner(minh.id, right, t0 + FREE_PIN_TRIES + 1_000)).toEqual({ ok: false, reason: 'wait', retryAt: t0 + FREE_PIN_TRIES + FIRST_PIN_WAIT });
    const afterWait = t0 + FREE_PIN_TRIES + FIRST_PIN_WAIT;
    expect(await unlockLearner(minh.id, wrong, afterWait)).toEqual({ ok: false, reason: 'wrong-pin', retryAt: afterWait + 2 * FIRST_PIN_WAIT });
    expect(await unlockLearner(minh.id, right, afterWait + 2 * FIRST_PIN_WAIT)).toEqual({ ok: true });
    // A right PIN starts the count again.
    expect(await unlockLearner(minh.id, wrong, afterWait + 2 * FIRST_PIN_WAIT + 1)).toEqual({ ok: false, reason: 'wrong-pin' });
  });

  it('waits 30 s after the fifth wrong try, doubling up to 15 minutes', () => {
    expect([1, 4, 5, 6, 7, 20].map(pinWait)).toEqual([0, 0, 30_000, 60_000, 120_000, MAX_PIN_WAIT]);
  });

  it('replaces an old v1 hash with a PBKDF2 one the next time the right PIN is typed', async () => {
    const minh = await createLearner({ nickname: 'Minh', avatar: 'bear' });
    const old = legacyHash('2468');
    await db.learners.update(minh.id, { pinHash: old });
    expect(await unlockLearner(minh.id, wrong)).toMatchObject({ ok: false });
    expect((await db.learners.get(minh.id))?.pinHash).toBe(old);
    expect(await unlockLearner(minh.id, right)).toEqual({ ok: true });
    const migrated = await db.learners.get(minh.id);
    expect(migrated?.pinHash).toMatch(/^v2\$/);
    expect(migrated?.updatedAt).toBe(minh.updatedAt);
    expect(await unlockLearner(minh.id, right)).toEqual({ ok: true });
  });
});
