/** Learners on this computer. For now one default learner; profiles for shared computers come later. */
import { DEFAULT_AVATAR, getDatabase } from './db';
import { newId } from './ids';
import type { Learner } from './types';

export const CURRENT_LEARNER_KEY = 'currentLearnerId';
export const DEFAULT_NICKNAME = 'Học sinh';

/** The learner whose answers are being recorded, created on first use. */
export async function ensureCurrentLearner(): Promise<Learner> {
  const db = getDatabase();
  return db.transaction('rw', db.learners, db.meta, async () => {
    const current = await db.meta.get(CURRENT_LEARNER_KEY);
    const existing = current ? await db.learners.get(current.value) : undefined;
    if (existing) return existing;
    const now = Date.now();
    const learner: Learner = { id: newId(), nickname: DEFAULT_NICKNAME, avatar: DEFAULT_AVATAR, createdAt: now, updatedAt: now };
    await db.learners.add(learner);
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: learner.id });
    return learner;
  });
}

export async function currentLearnerId(): Promise<string | undefined> {
  return (await getDatabase().meta.get(CURRENT_LEARNER_KEY))?.value;
}

export async function listLearners(): Promise<Learner[]> {
  return getDatabase().learners.orderBy('createdAt').toArray();
}
