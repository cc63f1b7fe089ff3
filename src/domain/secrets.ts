/**
 * The secrets of a shared computer, besides a learner's 4-digit PIN (src/domain/pin.ts):
 *
 * - A **picture password** for children who cannot type a PIN yet: 3 different pictures out of 9, in
 *   order (9 × 8 × 7 = 504 sequences). Like the PIN it is a lock against mix-ups, not a safe. A learner
 *   has no secret, a PIN or a picture password — never two.
 * - The **teacher PIN** (6 to 12 digits): asked before the actions that could undo a class's work or
 *   open a child's profile (teacher mode, deleting a learner who has results, restoring a backup,
 *   resetting the computer, clearing a learner's secret, changing the idle time). It also opens any
 *   learner's profile in place of their own secret.
 *
 * Wrong tries wait by the PIN rule (pinWait): five free, then 30 s doubling up to 15 minutes. Nothing
 * here locks anyone out of their results: a teacher clears a learner's secret, and a forgotten teacher
 * PIN is removed by resetting the locks with its recovery code (below; src/db/teacherLock.ts), which
 * keeps every result.
 */

/** The pictures, in the order they are shown (a 3 × 3 grid); drawn by src/ui/PasswordPicture.tsx. */
export const PASSWORD_PICTURES = ['sun', 'tree', 'fish', 'house', 'star', 'ball', 'flower', 'boat', 'apple'] as const;
export type PasswordPicture = (typeof PASSWORD_PICTURES)[number];

/** How many pictures a picture password has. */
export const PICTURE_PASSWORD_LENGTH = 3;

export function isPasswordPicture(value: string): value is PasswordPicture {
  return (PASSWORD_PICTURES as readonly string[]).includes(value);
}

/** Exactly three different known pictures. */
export function isValidPicturePassword(pictures: readonly string[]): pictures is readonly PasswordPicture[] {
  return pictures.length === PICTURE_PASSWORD_LENGTH && pictures.every(isPasswordPicture) && new Set(pictures).size === pictures.length;
}

/** The text a picture password is hashed as; "pictures:" keeps it apart from any PIN. */
export function picturePasswordText(pictures: readonly PasswordPicture[]): string {
  return `pictures:${pictures.join(',')}`;
}

export const TEACHER_PIN_MIN_LENGTH = 6;
export const TEACHER_PIN_MAX_LENGTH = 12;
const TEACHER_PIN_PATTERN = new RegExp(`^\\d{${TEACHER_PIN_MIN_LENGTH},${TEACHER_PIN_MAX_LENGTH}}$`);

/** 6 to 12 digits: longer than a learner's PIN (a million values at least), still typed on any keypad. */
export function isValidTeacherPin(pin: string): boolean {
  return TEACHER_PIN_PATTERN.test(pin);
}

/**
 * The **recovery code** of the teacher PIN: made when a teacher PIN is set, shown once to print or write
 * down, and the only way to reset the locks when the teacher PIN is forgotten (src/db/teacherLock.ts).
 * 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), about 78 bits: unlike a PIN
 * it resists guessing even offline against its stored PBKDF2 hash. Written in groups of four.
 */
export const RECOVERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const RECOVERY_CODE_LENGTH = 16;
const RECOVERY_CODE_GROUP = 4;

/**
 * A new recovery code, each character drawn uniformly from the alphabet: random bytes beyond the
 * largest multiple of its size are thrown away rather than folded (which would favour some letters).
 */
export function newRecoveryCode(randomBytes: (count: number) => Uint8Array = (count) => crypto.getRandomValues(new Uint8Array(count))): string {
  const size = RECOVERY_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < RECOVERY_CODE_LENGTH) {
    for (const byte of randomBytes(RECOVERY_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < RECOVERY_CODE_LENGTH) code += RECOVERY_CODE_ALPHABET[byte % size];
    }
  }
  return formatRecoveryCode(code);
}

/** What a person typed, as the code is hashed: capitals, no spaces or dashes. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** 16 characters of the alphabet, however it was spaced or capitalised. */
export function isValidRecoveryCode(typed: string): boolean {
  const code = normaliseRecoveryCode(typed);
  return code.length === RECOVERY_CODE_LENGTH && [...code].every((character) => RECOVERY_CODE_ALPHABET.includes(character));
}

/** "K7QM-3XPD-R8TW-N4HC": the groups a person writes down. */
export function formatRecoveryCode(typed: string): string {
  const code = normaliseRecoveryCode(typed);
  return (code.match(new RegExp(`.{1,${RECOVERY_CODE_GROUP}}`, 'g')) ?? []).join('-');
}
