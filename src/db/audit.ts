/**
 * What was done with the teacher PIN, or to it, on this computer, so that nothing done with it goes
 * unseen: the teacher PIN set on a computer that had none, changed or removed; the locks reset; a locked
 * learner's profile opened, changed or its lock removed by someone who did not give the learner's own
 * secret. Each event is a `meta` row (`event:<sequence>`, so the keys sort in the order things happened,
 * whatever the clock said) holding its kind and date.
 *
 * Two people see an event until they acknowledge it, each on their own:
 * - the teacher, in Cài đặt, until someone who has the teacher PIN acknowledges it (teacherLock.ts:
 *   acknowledgeEvents) — never on a computer without one, so removing the teacher PIN leaves a note
 *   that cannot be cleared;
 * - a locked learner, on their card in "Ai đang học?", until they next open their profile with their own
 *   secret (markLearnerSeen, called by learners.ts).
 *
 * The functions that write run inside the caller's transaction over `meta`; nothing here checks a proof.
 */
import { getDatabase } from './db';

export type AuditEventKind =
  | 'teacher-pin-set'
  | 'teacher-pin-changed'
  | 'teacher-pin-removed'
  | 'locks-reset'
  | 'learner-opened'
  | 'learner-changed'
  | 'learner-lock-removed';

export interface AuditEvent {
  /** Its `meta` key: what the teacher acknowledges. */
  key: string;
  kind: AuditEventKind;
  /** ms since epoch */
  at: number;
  /** The learner it happened to (the learner-… kinds). */
  learnerId?: string;
  /** Acknowledged in Cài đặt by someone who had the teacher PIN. */
  teacherSeen?: true;
}

const EVENT_PREFIX = 'event:';
/** The note the locks reset left before events existed: read as a 'locks-reset' event until acknowledged. */
export const LEGACY_LOCKS_RESET_KEY = 'locksResetAt';
const LEARNER_SEEN_PREFIX = 'learnerSeenAt:';
/** The oldest events are dropped beyond this many: a school year of a busy lab is far fewer. */
const MAX_EVENTS = 200;
/** Zero-padded, so the keys sort as numbers: more events than a computer will ever record. */
const SEQUENCE_DIGITS = 12;

/** Kinds shown on a locked learner's card: what could have opened it, and what was done to it. */
const LEARNER_KINDS: ReadonlySet<AuditEventKind> = new Set(['teacher-pin-set', 'locks-reset', 'learner-opened', 'learner-changed', 'learner-lock-removed']);

const learnerSeenKey = (learnerId: string) => `${LEARNER_SEEN_PREFIX}${learnerId}`;

/** Adds an event; call inside a 'rw' transaction over `meta`. */
export async function recordEvent(kind: AuditEventKind, at: number, learnerId?: string): Promise<void> {
  const meta = getDatabase().meta;
  const event: Omit<AuditEvent, 'key'> = learnerId === undefined ? { kind, at } : { kind, at, learnerId };
  const last = (await meta.where('key').startsWith(EVENT_PREFIX).lastKey()) as string | undefined;
  const sequence = (Number(last?.slice(EVENT_PREFIX.length)) || 0) + 1;
  await meta.put({ key: `${EVENT_PREFIX}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`, value: JSON.stringify(event) });
  const keys = (await meta.where('key').startsWith(EVENT_PREFIX).primaryKeys()) as string[];
  if (keys.length > MAX_EVENTS) await meta.bulkDelete(keys.slice(0, keys.length - MAX_EVENTS));
}

/** Every event, in the order they were recorded (a damaged row is skipped). */
export async function listEvents(): Promise<AuditEvent[]> {
  const meta = getDatabase().meta;
  const events: AuditEvent[] = [];
  const legacy = Number((await meta.get(LEGACY_LOCKS_RESET_KEY))?.value);
  if (Number.isFinite(legacy) && legacy > 0) events.push({ key: LEGACY_LOCKS_RESET_KEY, kind: 'locks-reset', at: legacy });
  for (const row of await meta.where('key').startsWith(EVENT_PREFIX).toArray()) {
    const event = parseEvent(row.key, row.value);
    if (event) events.push(event);
  }
  return events;
}

/** The events nobody with the teacher PIN has acknowledged yet, in the order they were recorded. */
export async function unacknowledgedEvents(): Promise<AuditEvent[]> {
  return (await listEvents()).filter((event) => !event.teacherSeen);
}

/** Marks these events seen by the teacher; call inside a 'rw' transaction over `meta`, after the proof. */
export async function markTeacherSeen(keys: readonly string[]): Promise<void> {
  const meta = getDatabase().meta;
  for (const key of keys) {
    if (key === LEGACY_LOCKS_RESET_KEY) {
      await meta.delete(key);
      continue;
    }
    if (!key.startsWith(EVENT_PREFIX)) continue;
    const row = await meta.get(key);
    const event = row && parseEvent(row.key, row.value);
    if (!event) continue;
    const { key: _key, ...stored } = event;
    await meta.put({ key, value: JSON.stringify({ ...stored, teacherSeen: true }) });
  }
}

/** The learner opened their profile with their own secret: what happened before is acknowledged. */
export async function markLearnerSeen(learnerId: string, at: number): Promise<void> {
  await getDatabase().meta.put({ key: learnerSeenKey(learnerId), value: String(at) });
}

export async function forgetLearnerSeen(learnerId: string): Promise<void> {
  await getDatabase().meta.delete(learnerSeenKey(learnerId));
}

/**
 * Per locked learner, what happened since they last opened their profile with their own secret: the
 * teacher PIN set, the locks reset, their profile opened, changed or unlocked without their secret.
 * Learners with nothing to show are left out.
 */
export async function learnerNotices(): Promise<Map<string, AuditEvent[]>> {
  const db = getDatabase();
  return db.transaction('r', db.learners, db.meta, async () => {
    const events = (await listEvents()).filter((event) => LEARNER_KINDS.has(event.kind));
    const notices = new Map<string, AuditEvent[]>();
    if (events.length === 0) return notices;
    const locked = await db.learners.filter((learner) => learner.pinHash !== undefined || learner.pictureHash !== undefined).toArray();
    for (const learner of locked) {
      const seenAt = Number((await db.meta.get(learnerSeenKey(learner.id)))?.value) || 0;
      const theirs = events.filter((event) => event.at > seenAt && (event.learnerId === undefined || event.learnerId === learner.id));
      if (theirs.length > 0) notices.set(learner.id, theirs);
    }
    return notices;
  });
}

function parseEvent(key: string, value: string): AuditEvent | undefined {
  try {
    const parsed = JSON.parse(value) as Partial<AuditEvent>;
    if (typeof parsed.kind !== 'string' || !Number.isFinite(parsed.at)) return undefined;
    const event: AuditEvent = { key, kind: parsed.kind as AuditEventKind, at: parsed.at as number };
    if (typeof parsed.learnerId === 'string') event.learnerId = parsed.learnerId;
    if (parsed.teacherSeen === true) event.teacherSeen = true;
    return event;
  } catch {
    return undefined;
  }
}
