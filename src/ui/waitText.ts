/** The wait after too many wrong tries (src/domain/pin.ts), in words: seconds, or minutes from two minutes on. */
import type { TFunction } from 'i18next';

/** Seconds (at least 1) until `until`, for "wait N seconds / minutes" messages. */
export function secondsUntil(until: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}

/** "Too many wrong tries. Wait N seconds (or minutes), then try again." — said to no one in particular. */
export function waitText(until: number, t: TFunction): string {
  const seconds = secondsUntil(until);
  return seconds >= 120 ? t('sharedComputer.teacherPin.waitMinutes', { minutes: Math.ceil(seconds / 60) }) : t('sharedComputer.teacherPin.waitSeconds', { seconds });
}
