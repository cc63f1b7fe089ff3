/**
 * Learner profiles on a shared computer: nickname, avatar, class label and an optional secret — a PIN
 * or a picture password. The current learner (or guest mode, which saves nothing, or nobody after the
 * idle switch-back) is remembered per computer in `meta`.
 *
 * A secret guards opening, changing and deleting a profile (src/domain/pin.ts and secrets.ts say what it
 * is and is not). The guard is here, not only on the screens: saveLearner (updateLearner and
 * setLearnerSecret are its parts) and deleteLearner refuse without the learner's secret or the teacher
 * PIN (PinRequiredError), and wrong tries are counted per learner in `meta`, so a reload does not reset
 * the wait. Where a teacher PIN is set, deleting a learner who has results and clearing a learner's
 * secret need it (src/db/teacherLock.ts).
 *
 * A locked profile opened (switchLearner), changed or unlocked with the teacher PIN instead of the
 * learner's own secret, or its lock cleared, is recorded (src/db/audit.ts) and shown on the learner's
 * card until they next open it with their own secret.
 */
import { forgetLearnerSeen, markLearnerSeen, recordEvent } from './audit';
import { requireName } from '../domain/names';
import type { PasswordPicture } from '../domain/secrets';
import { DEFAULT_AVATAR, DEFAULT_NICKNAME, getDatabase } from './db';
import { newId } from './ids';
import { hashSecret, needsRehash, verifySecret, type Secret } from './pin';
import { checkTeacherPin, requireTeacher, teacherLockState, type TeacherProof } from './teacherLock';
import { checkWithWait, learnerFailuresKey, waitingUntil, type Unlock } from './tries';
import type { AvatarId, Learner } from '../domain/records';
import { isLocked } from '../domain/learnerLock';

export type { Unlock } from './tries';

export const CURRENT_LEARNER_KEY = 'currentLearnerId';
/** Stored as the current learner while someone studies as a guest. */
export const GUEST = 'guest';
/** Stored as the current learner after the idle switch-back: nobody until a child picks their profile. */
export const NOBODY = 'nobody';

export interface LearnerInput {
  nickname: string;
  avatar: AvatarId;
  classLabel?: string;
  /** 4 digits, or undefined for no PIN. */
  pin?: string;
  /** A picture password (3 of 9 pictures in order) instead of a PIN. */
  pictures?: readonly PasswordPicture[];
}

/**
 * The learner whose answers are recorded: the chosen one; else (first start, or the chosen one was
 * deleted) the oldest profile; else a new default profile, so a one-child computer needs no set-up.
 * Returns null in guest mode.
 */
export async function ensureCurrentLearner(): Promise<Learner | null> {
  const db = getDatabase();
  return db.transaction('rw', db.learners, db.meta, async () => {
    const current = (await db.meta.get(CURRENT_LEARNER_KEY))?.value;
    if (current === GUEST || current === NOBODY) return null;
    const chosen = current ? await db.learners.get(current) : undefined;
    if (chosen) return chosen;
    // Never a protected profile: that would open it without its secret.
    const learner = (await db.learners.orderBy('createdAt').filter((l) => !isLocked(l)).first()) ?? (await addLearner({ nickname: DEFAULT_NICKNAME, avatar: DEFAULT_AVATAR }));
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: learner.id });
    return learner;
  });
}

/** The id of the current learner, GUEST, NOBODY, or undefined before start-up has chosen one. */
export async function currentLearnerId(): Promise<string | undefined> {
  return (await getDatabase().meta.get(CURRENT_LEARNER_KEY))?.value;
}

export async function getLearner(id: string): Promise<Learner | undefined> {
  return getDatabase().learners.get(id);
}

export async function listLearners(): Promise<Learner[]> {
  return getDatabase().learners.orderBy('createdAt').toArray();
}

export async function createLearner(input: LearnerInput): Promise<Learner> {
  const db = getDatabase();
  // Hashed before the transaction: an IndexedDB transaction closes while crypto works.
  const secret = secretOf(input);
  const hashed = secret ? await hashedSecret(secret) : {};
  return db.transaction('rw', db.learners, db.meta, async () => {
    const learner = await addLearner(input, hashed);
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: learner.id });
    // A new lock: nothing before it concerns it.
    if (secret) await markLearnerSeen(learner.id, learner.createdAt);
    return learner;
  });
}

/**
 * What opens a protected profile for changes: the learner's own PIN or picture password, or the teacher
 * PIN, accepted for any learner.
 */
export type PinProof = { kind: 'learner-pin'; pin: string } | { kind: 'pictures'; pictures: readonly string[] } | TeacherProof;

/** The learner has a secret and the change came without the right proof (or during a wait). */
export class PinRequiredError extends Error {
  override name = 'PinRequiredError';
  constructor(
    readonly learnerId: string,
    readonly unlock: Exclude<Unlock, { ok: true }> | { ok: false; reason: 'no-proof' },
  ) {
    super(`PIN required for ${learnerId}: ${unlock.reason}`);
  }
}

/**
 * Checks a proof for a learner: always ok without a secret. The teacher PIN is checked as such (its
 * wrong tries count against the teacher PIN); the learner's own secret against their hash. A right one
 * clears the wrong tries and replaces an old-format hash (migration on the next correct entry); a wrong
 * one is counted, and after five a growing wait starts (src/domain/pin.ts).
 */
export async function unlockLearner(id: string, proof: PinProof | undefined, now = Date.now()): Promise<Unlock> {
  const db = getDatabase();
  const learner = await db.learners.get(id);
  if (!learner) throw new Error(`no learner ${id}`);
  if (!isLocked(learner)) return { ok: true };
  if (proof?.kind === 'teacher-pin') return checkTeacherPin(proof.pin, now);
  const stored = (learner.pinHash ?? learner.pictureHash) as string;
  if (!proof) {
    // Nothing to check: say so, and whether a wait is running.
    const retryAt = await waitingUntil(learnerFailuresKey(id), now);
    return retryAt === undefined ? { ok: false, reason: 'wrong-pin' } : { ok: false, reason: 'wait', retryAt };
  }
  // A PIN for a picture-password profile (or the reverse) is simply wrong.
  const secret: Secret | undefined =
    proof.kind === 'learner-pin' && learner.pinHash !== undefined
      ? { kind: 'pin', pin: proof.pin }
      : proof.kind === 'pictures' && learner.pictureHash !== undefined
        ? { kind: 'pictures', pictures: proof.pictures }
        : undefined;
  const unlock = await checkWithWait(learnerFailuresKey(id), async () => secret !== undefined && (await verifySecret(secret, stored)), now);
  // Their own secret: what was done to the profile meanwhile has now been shown to them.
  if (unlock.ok) await markLearnerSeen(id, now);
  if (unlock.ok && secret && needsRehash(stored)) {
    const upgraded = await hashSecret(secret);
    const field = secret.kind === 'pin' ? 'pinHash' : 'pictureHash';
    await db.transaction('rw', db.learners, async () => {
      // Only if nobody changed the secret meanwhile; updatedAt stays: a new hash of the same secret is no profile change.
      if ((await db.learners.get(id))?.[field] === stored) await db.learners.update(id, { [field]: upgraded });
    });
  }
  return unlock;
}

/**
 * Throws PinRequiredError unless `proof` opens the learner's profile. Says whether it was the teacher PIN
 * that opened a locked profile (then the caller records what it did), rather than no lock or their own.
 */
async function requireUnlocked(id: string, proof: PinProof | undefined, now = Date.now()): Promise<'open' | 'own' | 'teacher'> {
  const learner = await getDatabase().learners.get(id);
  if (!learner) throw new Error(`no learner ${id}`);
  if (!isLocked(learner)) return 'open';
  const unlock = await unlockLearner(id, proof, now);
  if (!unlock.ok) throw new PinRequiredError(id, !proof && unlock.reason === 'wrong-pin' ? { ok: false, reason: 'no-proof' } : unlock);
  return proof?.kind === 'teacher-pin' ? 'teacher' : 'own';
}

/** Renames, changes the avatar or class; a PIN-protected learner needs their PIN (or the teacher PIN, which is recorded). */
export async function updateLearner(id: string, changes: Partial<Omit<LearnerInput, 'pin'>>, proof?: PinProof): Promise<void> {
  await saveLearner(id, changes, 'keep', proof);
}

/** A learner's secret as chosen on the form. */
export type LearnerSecret = { kind: 'pin'; pin: string } | { kind: 'pictures'; pictures: readonly PasswordPicture[] };

/**
 * Gives a learner a PIN or a picture password (replacing whichever they had: a learner has one secret
 * at most), or removes it with `null`; a learner who has a secret needs it, or the teacher PIN.
 */
export async function setLearnerSecret(id: string, secret: LearnerSecret | null, proof?: PinProof): Promise<void> {
  await saveLearner(id, {}, secret, proof);
}

/**
 * The profile form's one save: nickname, avatar and class, and the lock — kept (`'keep'`), replaced, or
 * removed (`null`) — in one transaction, so a failure leaves the profile as it was, never half changed.
 * The proof is checked once, before it; a locked profile changed with the teacher PIN is recorded
 * ('learner-changed', and 'learner-lock-removed' when its lock goes).
 */
export async function saveLearner(id: string, changes: Partial<Omit<LearnerInput, 'pin' | 'pictures'>>, secret: LearnerSecret | null | 'keep', proof?: PinProof): Promise<void> {
  const clean = cleanInput(changes);
  // Hashed before the transaction: an IndexedDB transaction closes while crypto works.
  const hashed = secret === 'keep' || secret === null ? {} : await hashedSecret(secret);
  const now = Date.now();
  const by = await requireUnlocked(id, proof, now);
  const db = getDatabase();
  await db.transaction('rw', db.learners, db.meta, async () => {
    const updated = await db.learners.update(id, { ...clean, updatedAt: now });
    if (updated === 0) throw new Error(`no learner ${id}`);
    // One note per change: a new lock set with the teacher PIN is noted by writeSecret.
    if (by === 'teacher' && (secret === 'keep' || (secret === null && Object.keys(clean).length > 0))) await recordEvent('learner-changed', now, id);
    if (secret === 'keep') return;
    await writeSecret(id, hashed, by === 'teacher' ? (secret === null ? 'learner-lock-removed' : 'learner-changed') : undefined, now);
    // A first lock on an open profile: nothing before it concerns it (an open profile's card shows nothing).
    if (by === 'open' && secret !== null) await markLearnerSeen(id, now);
  });
}

/** Sets a new PIN, or removes the secret with `null` (see setLearnerSecret). */
export async function setLearnerPin(id: string, pin: string | null, proof?: PinProof): Promise<void> {
  await setLearnerSecret(id, pin === null ? null : { kind: 'pin', pin }, proof);
}

/**
 * Removes a PIN or picture password the child forgot: the teacher's action in Cài đặt. Needs the teacher
 * PIN where one is set; without one it is open to anyone, and the screen says so.
 */
export async function clearLearnerSecret(id: string, proof?: TeacherProof): Promise<void> {
  const now = Date.now();
  await requireTeacher(proof, now);
  await writeSecret(id, {}, 'learner-lock-removed', now);
}

function secretOf(input: LearnerInput): LearnerSecret | undefined {
  if (input.pin && input.pictures) throw new TypeError('a learner has a PIN or a picture password, not both');
  if (input.pin) return { kind: 'pin', pin: input.pin };
  if (input.pictures) return { kind: 'pictures', pictures: input.pictures };
  return undefined;
}

async function hashedSecret(secret: LearnerSecret): Promise<Pick<Learner, 'pinHash' | 'pictureHash'>> {
  return secret.kind === 'pin' ? { pinHash: await hashSecret(secret) } : { pictureHash: await hashSecret(secret) };
}

/**
 * Replaces the learner's secret with `hashed` (empty: none) and forgets their wrong tries; `event` is
 * recorded if the learner had a secret (their lock removed or replaced by someone else).
 */
async function writeSecret(id: string, hashed: Pick<Learner, 'pinHash' | 'pictureHash'>, event?: 'learner-lock-removed' | 'learner-changed', now = Date.now()): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.learners, db.meta, async () => {
    const learner = await db.learners.get(id);
    if (!learner) throw new Error(`no learner ${id}`);
    const { pinHash: _pin, pictureHash: _pictures, ...rest } = learner;
    await db.learners.put({ ...rest, ...hashed, updatedAt: now });
    await db.meta.delete(learnerFailuresKey(id));
    if (event && isLocked(learner)) await recordEvent(event, now, id);
  });
}

/**
 * Makes a learner (or GUEST) the current one. A locked profile needs the learner's own secret or the
 * teacher PIN; opening it with the teacher PIN is recorded and shown on their card.
 */
export async function switchLearner(id: string, proof?: PinProof): Promise<void> {
  const now = Date.now();
  const by = id === GUEST ? 'open' : await requireUnlocked(id, proof, now);
  const db = getDatabase();
  await db.transaction('rw', db.learners, db.meta, async () => {
    if (id !== GUEST && !(await db.learners.get(id))) throw new Error(`no learner ${id}`);
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: id });
    if (by === 'teacher') await recordEvent('learner-opened', now, id);
  });
}

/** The idle switch-back: nobody is learning until a child picks a profile (a guest's session ends too). */
export async function signOut(): Promise<void> {
  await getDatabase().meta.put({ key: CURRENT_LEARNER_KEY, value: NOBODY });
}

export interface LearnerFootprint {
  attempts: number;
  answers: number;
  lessons: number;
}

/** What deleting a learner would remove, so the confirmation can say exactly that. */
export async function learnerFootprint(id: string): Promise<LearnerFootprint> {
  const db = getDatabase();
  return db.transaction('r', db.attempts, db.answers, db.progress, async () => ({
    attempts: await db.attempts.where('learnerId').equals(id).count(),
    answers: await db.answers.where('learnerId').equals(id).count(),
    lessons: await db.progress.where('learnerId').equals(id).count(),
  }));
}

/**
 * Whether deleting this learner needs the teacher PIN: one is set and the learner has results. Otherwise
 * a protected learner needs their own secret (or the teacher PIN), and anyone else nothing.
 */
export async function deleteNeedsTeacher(id: string): Promise<boolean> {
  if (!(await teacherLockState()).set) return false;
  return (await getDatabase().attempts.where('learnerId').equals(id).count()) > 0;
}

/**
 * Removes the learner and everything they answered, in one transaction, once the proof is right (see
 * deleteNeedsTeacher). If they were the current learner, the next one is chosen in it too
 * (ensureCurrentLearner): someone must be current for the next quiz.
 */
export async function deleteLearner(id: string, proof?: PinProof): Promise<void> {
  if (await deleteNeedsTeacher(id)) await requireTeacher(proof);
  else await requireUnlocked(id, proof);
  const db = getDatabase();
  await db.transaction('rw', [db.learners, db.attempts, db.answers, db.progress, db.meta], async () => {
    await db.answers.where('learnerId').equals(id).delete();
    await db.attempts.where('learnerId').equals(id).delete();
    await db.progress.where('learnerId').equals(id).delete();
    await db.learners.delete(id);
    await db.meta.delete(learnerFailuresKey(id));
    // Events about the learner stay (Cài đặt still shows them to the teacher); only the card is gone.
    await forgetLearnerSeen(id);
    if ((await db.meta.get(CURRENT_LEARNER_KEY))?.value === id) {
      await db.meta.delete(CURRENT_LEARNER_KEY);
      await ensureCurrentLearner();
    }
  });
}

async function addLearner(input: LearnerInput, hashed: Pick<Learner, 'pinHash' | 'pictureHash'> = {}): Promise<Learner> {
  const now = Date.now();
  const { nickname, avatar, classLabel } = cleanInput(input);
  const learner: Learner = {
    id: newId(),
    nickname: nickname ?? DEFAULT_NICKNAME,
    avatar: avatar ?? DEFAULT_AVATAR,
    ...(classLabel ? { classLabel } : {}),
    ...hashed,
    createdAt: now,
    updatedAt: now,
  };
  await getDatabase().learners.add(learner);
  return learner;
}

/** Checks what a child typed by the one name rule (src/domain/names.ts); an empty class label removes it. */
function cleanInput(input: Partial<LearnerInput>): Partial<Pick<Learner, 'nickname' | 'avatar' | 'classLabel'>> {
  const out: Partial<Pick<Learner, 'nickname' | 'avatar' | 'classLabel'>> = {};
  if (input.nickname !== undefined) out.nickname = requireName(input.nickname, 'nickname');
  if (input.avatar !== undefined) out.avatar = input.avatar;
  if (input.classLabel !== undefined) out.classLabel = requireName(input.classLabel, 'classLabel') || undefined;
  return out;
}
