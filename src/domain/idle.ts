/**
 * Idle switch-back on a shared computer: after a time with no input the app asks "Em còn học không?"
 * for a short countdown, then returns to "Ai đang học?" so the next child does not answer in someone
 * else's profile. The teacher chooses the time in Cài đặt (src/features/settings/IdleSetting.tsx).
 */

/** Minutes a teacher can choose, or 'never'. One minute is there for a quick demonstration (and the e2e test). */
export const IDLE_CHOICES = [1, 2, 5, 10, 15, 20, 30, 45, 60, 'never'] as const;
export type IdleChoice = (typeof IDLE_CHOICES)[number];

export const DEFAULT_IDLE: IdleChoice = 10;

/** ms; how long "Em còn học không?" counts down before switching back. */
export const IDLE_COUNTDOWN = 30_000;

export function isIdleChoice(value: unknown): value is IdleChoice {
  return (IDLE_CHOICES as readonly unknown[]).includes(value);
}

/** The stored form of a choice ("10", "never"), and back; anything unknown reads as the default. */
export function idleChoiceText(choice: IdleChoice): string {
  return String(choice);
}

export function parseIdleChoice(text: string | undefined): IdleChoice {
  if (text === undefined) return DEFAULT_IDLE;
  const value = text === 'never' ? text : Number(text);
  return isIdleChoice(value) ? value : DEFAULT_IDLE;
}

/** ms without input before the countdown starts; undefined for 'never'. */
export function idleDelay(choice: IdleChoice): number | undefined {
  return choice === 'never' ? undefined : choice * 60_000;
}
