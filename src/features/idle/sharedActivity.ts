/**
 * The last input in any tab of the app on this computer, so that a pupil working in one tab is not
 * signed out because another tab sat idle. Each tab keeps its own last input and shares it through one
 * localStorage record, "<ms> <tab id>" (src/stores/safeStorage.ts), which other tabs hear about through
 * the `storage` event and read again when their timer wakes. localStorage rather than a BroadcastChannel:
 * the record is there for a tab whose timer wakes later (a background tab's timers are throttled), and it
 * works in Chrome 109 offline like everything else. Where storage is blocked, each tab is on its own, as
 * before.
 *
 * The record also says which tab was used last: that is where the pupil is, so that tab asks "Em còn học
 * không?" and the others count down without a word. A tab that closes while named gives the name up (any
 * tab may ask then).
 */
import { onStoredChange, readStored, writeStored } from '../../stores/safeStorage';

const KEY = 'idle-activity';
/** ms; a pointer moving writes at most this often (the idle times are minutes). */
const WRITE_EVERY = 1_000;

/** This tab, among the app's open tabs. */
const TAB = Math.random().toString(36).slice(2, 10);

/** ms; the last input in this tab (the page's opening counts). */
let lastInput = Date.now();
/** ms; when this tab's timer last started again (not input: it may follow what another tab did). */
let restartedAt = lastInput;
let lastWritten = Number.NEGATIVE_INFINITY;
const localListeners = new Set<() => void>();

export interface LastActivity {
  /** ms since epoch */
  at: number;
  /** This tab had the last input (or no tab is named): it is the one to ask. */
  here: boolean;
}

/** Someone used this tab now; the other tabs learn it. */
export function noteActivity(now = Date.now()): void {
  lastInput = now;
  for (const listener of localListeners) listener();
  if (Math.abs(now - lastWritten) < WRITE_EVERY) return;
  lastWritten = now;
  writeStored(KEY, `${now} ${TAB}`);
}

/** This tab's idle time starts again now (its timer was started again), without claiming the last input. */
export function restartHere(now = Date.now()): void {
  restartedAt = now;
}

/**
 * The last input in any tab, or this tab's restart if later. An input time in the future (the computer's
 * clock was set back) is ignored. Without a record (storage blocked) every tab is on its own and asks.
 */
export function lastActivity(now = Date.now()): LastActivity {
  const past = (at: number | undefined) => (at === undefined || at > now ? Number.NEGATIVE_INFINITY : at);
  const input = past(lastInput);
  const shared = parse(readStored(KEY));
  const sharedAt = past(shared?.at);
  // Input here newer than the record: a write the WRITE_EVERY throttle skipped.
  const here = sharedAt === Number.NEGATIVE_INFINITY || shared?.tab === TAB || shared?.tab === '' || input > sharedAt;
  return { at: Math.max(input, Math.min(restartedAt, now), sharedAt), here };
}

/** Calls `listener` on input in another tab, or (with 'any-tab') in this one too. */
export function onActivity(listener: () => void, where: 'any-tab' | 'other-tabs'): () => void {
  // A record with no tab is a closing tab giving its name up, not input.
  const stop = onStoredChange(KEY, (value) => {
    if (parse(value)?.tab) listener();
  });
  if (where === 'any-tab') localListeners.add(listener);
  return () => {
    stop();
    localListeners.delete(listener);
  };
}

/** A closing tab that was used last gives its name up, so a tab still open asks the question. */
export function releaseOnClose(): () => void {
  const release = () => {
    const shared = parse(readStored(KEY));
    if (shared?.tab === TAB) writeStored(KEY, `${shared.at} `);
  };
  window.addEventListener('pagehide', release);
  return () => window.removeEventListener('pagehide', release);
}

function parse(text: string | null): { at: number; tab: string } | undefined {
  const match = text === null ? null : /^(\d{1,16}) ?([a-z0-9]*)$/.exec(text);
  return match ? { at: Number(match[1]), tab: match[2]! } : undefined;
}
