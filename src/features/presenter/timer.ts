/**
 * The speaker view's activity timer, as pure state: time is counted for whichever part or activity is
 * on screen (its "segment"), so moving back to an earlier part shows the time already spent there.
 * Times are milliseconds; `now` is passed in so the logic is testable without fake clocks.
 */

export interface TimerState {
  running: boolean;
  segment: string;
  /** Time counted per segment before `since`. */
  spent: Record<string, number>;
  /** When the current run began (ms), or null while paused. */
  since: number | null;
}

export function initialTimer(segment: string): TimerState {
  return { running: false, segment, spent: {}, since: null };
}

export function startTimer(state: TimerState, now: number): TimerState {
  return state.running ? state : { ...state, running: true, since: now };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.running ? { ...settle(state, now), running: false, since: null } : state;
}

/** Back to zero for the segment on screen, paused. */
export function resetTimer(state: TimerState): TimerState {
  const spent = { ...state.spent };
  delete spent[state.segment];
  return { ...state, running: false, since: null, spent };
}

/** Another part or activity is on screen: a running timer keeps running, now for that segment. */
export function switchSegment(state: TimerState, segment: string, now: number): TimerState {
  if (segment === state.segment) return state;
  return { ...settle(state, now), segment };
}

export function elapsedMs(state: TimerState, now: number): number {
  const before = state.spent[state.segment] ?? 0;
  return state.running && state.since !== null ? before + Math.max(0, now - state.since) : before;
}

/** Remaining time for a segment of `minutes`; negative once over time. */
export function remainingMs(state: TimerState, minutes: number, now: number): number {
  return minutes * 60_000 - elapsedMs(state, now);
}

function settle(state: TimerState, now: number): TimerState {
  if (!state.running || state.since === null) return state;
  return { ...state, since: now, spent: { ...state.spent, [state.segment]: elapsedMs(state, now) } };
}

/** "mm:ss" (or "h:mm:ss"), whole seconds, without sign. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}
