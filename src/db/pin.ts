/**
 * Optional 4-digit PINs keep a classmate from opening someone else's profile. Ten thousand PINs are
 * no security boundary (and a teacher can clear one), so a small salted hash is enough: it only keeps
 * the PIN from being read in plain text in storage or an export file. crypto.subtle would be nicer
 * but exists only in secure contexts, and schools also serve the app over plain http.
 */
import { newId } from './ids';

const PIN_PATTERN = /^\d{4}$/;
const ROUNDS = 2000;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export function hashPin(pin: string, salt = newId().slice(0, 8)): string {
  if (!isValidPin(pin)) throw new TypeError('a PIN is 4 digits');
  return `v1$${salt}$${stretch(`${salt}:${pin}`)}`;
}

export function verifyPin(pin: string, stored: string | undefined): boolean {
  if (!stored) return true;
  const [version, salt] = stored.split('$');
  return version === 'v1' && salt !== undefined && isValidPin(pin) && hashPin(pin, salt) === stored;
}

/** Iterated 32-bit FNV-1a over the text, twice with different offsets for 64 bits of output. */
function stretch(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i) ^ round;
      a = Math.imul(a ^ code, 0x01000193) >>> 0;
      b = Math.imul(b ^ code ^ a, 0x01000193) >>> 0;
    }
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
