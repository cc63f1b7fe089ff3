/**
 * Learner profiles on a shared computer: nickname, avatar, class label and an optional PIN. The
 * current learner (or guest mode, which saves nothing) is remembered per computer in `meta`.
 */
import { requireName } from '../domain/names';
import { DEFAULT_AVATAR, getDatabase } from './db';
import { newId } from './ids';
import { hashPin } from './pin';
import type { AvatarId, Learner } from './types';

export const CURRENT_LEARNER_KEY = 'currentLearnerId';
/** Stored as the current learner while someone studies as a guest. */
export const GUEST = 'guest';
export const DEFAULT_NICKNAME = 'Học sinh';

export interface LearnerInput {
  nickname: string;
  avatar: AvatarId;
  classLabel?: string;
  /** 4 digits, or undefined for no PIN. */
  pin?: string;
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
    if (current === GUEST) return null;
    const chosen = current ? await db.learners.get(current) : undefined;
    if (chosen) return chosen;
    const learner = (await db.learners.orderBy('createdAt').first()) ?? (await addLearner({ nickname: DEFAULT_NICKNAME, avatar: DEFAULT_AVATAR }));
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: learner.id });
    return learner;
  });
}

/** The id of the current learner, GUEST, or undefined before start-up has chosen one. */
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
  return db.transaction('rw', db.learners, db.meta, async () => {
    const learner = await addLearner(input);
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: learner.id });
    return learner;
  });
}

export async function updateLearner(id: string, changes: Partial<Omit<LearnerInput, 'pin'>>): Promise<void> {
  const clean = cleanInput(changes);
  const updated = await getDatabase().learners.update(id, { ...clean, updatedAt: Date.now() });
  if (updated === 0) throw new Error(`no learner ${id}`);
}

/** Sets a new PIN, or removes it with `null` (what a teacher does when a child forgot theirs). */
export async function setLearnerPin(id: string, pin: string | null): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.learners, async () => {
    const learner = await db.learners.get(id);
    if (!learner) throw new Error(`no learner ${id}`);
    const { pinHash: _old, ...rest } = learner;
    await db.learners.put(pin === null ? { ...rest, updatedAt: Date.now() } : { ...rest, pinHash: hashPin(pin), updatedAt: Date.now() });
  });
}

export async function switchLearner(id: string): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.learners, db.meta, async () => {
    if (id !== GUEST && !(await db.learners.get(id))) throw new Error(`no learner ${id}`);
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: id });
  });
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

/** Removes the learner and everything they answered, in one transaction. */
export async function deleteLearner(id: string): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', [db.learners, db.attempts, db.answers, db.progress, db.meta], async () => {
    await db.answers.where('learnerId').equals(id).delete();
    await db.attempts.where('learnerId').equals(id).delete();
    await db.progress.where('learnerId').equals(id).delete();
    await db.learners.delete(id);
    if ((await db.meta.get(CURRENT_LEARNER_KEY))?.value === id) await db.meta.delete(CURRENT_LEARNER_KEY);
  });
}

async function addLearner(input: LearnerInput): Promise<Learner> {
  const now = Date.now();
  const { nickname, avatar, classLabel } = cleanInput(input);
  const learner: Learner = {
    id: newId(),
    nickname: nickname ?? DEFAULT_NICKNAME,
    avatar: avatar ?? DEFAULT_AVATAR,
    ...(classLabel ? { classLabel } : {}),
    ...(input.pin ? { pinHash: hashPin(input.pin) } : {}),
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
