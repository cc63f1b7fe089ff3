/**
 * Hashing the secrets of a shared computer: learners' PINs and picture passwords, the teacher PIN and
 * its recovery code (src/domain/pin.ts, src/domain/secrets.ts). Each is stored as `v2$<iterations>$<salt>$<hash>`:
 * PBKDF2-HMAC-SHA-256 with a random 16-byte salt, hex-encoded. Only a learner's PIN hash ever leaves the
 * computer, and only in a whole-computer backup.
 *
 * crypto.subtle computes it where it exists (https, localhost). Schools also serve the app over plain
 * http on their LAN, where browsers hide crypto.subtle: there the same PBKDF2 runs in JavaScript
 * (@noble/hashes), loaded only then, with fewer iterations so an old PC still answers in a moment. The
 * iteration count is part of the hash, so either way can check a hash made by the other.
 *
 * Iterations, measured on the 2-core build machine (which is several times faster than a school PC
 * from 2012): crypto.subtle 100,000 ≈ 55 ms, JavaScript 20,000 ≈ 30–40 ms. A PIN has only 10,000
 * values, so no count makes a hash in a stolen backup safe; the cost only has to make guessing slower
 * than asking the teacher.
 *
 * `v1$<salt>$<hash>` is the old iterated FNV hash (before PBKDF2): still accepted, and replaced by a
 * v2 hash the next time the right PIN is typed (see src/db/learners.ts).
 */
import { isValidPin, PIN_LENGTH } from '../domain/pin';
import { isValidPicturePassword, isValidRecoveryCode, isValidTeacherPin, normaliseRecoveryCode, picturePasswordText } from '../domain/secrets';
import { newId } from './ids';

/** A secret as it was typed or chosen: what is hashed and checked. */
export type Secret =
  | { kind: 'pin'; pin: string }
  | { kind: 'teacher-pin'; pin: string }
  | { kind: 'pictures'; pictures: readonly string[] }
  | { kind: 'recovery-code'; code: string };

/** The text hashed for a secret; undefined when it breaks its rule (such a secret matches nothing). */
function secretText(secret: Secret): string | undefined {
  switch (secret.kind) {
    case 'pin':
      return isValidPin(secret.pin) ? secret.pin : undefined;
    case 'teacher-pin':
      return isValidTeacherPin(secret.pin) ? secret.pin : undefined;
    case 'pictures':
      return isValidPicturePassword(secret.pictures) ? picturePasswordText(secret.pictures) : undefined;
    case 'recovery-code':
      // "recovery:" keeps it apart from any PIN; spacing and capitals do not matter.
      return isValidRecoveryCode(secret.code) ? `recovery:${normaliseRecoveryCode(secret.code)}` : undefined;
  }
}

export const SUBTLE_ITERATIONS = 100_000;
export const FALLBACK_ITERATIONS = 20_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})+$/.test(text)) return undefined;
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

function subtle(): SubtleCrypto | undefined {
  // Undefined on plain-http pages (not a secure context).
  return globalThis.crypto?.subtle;
}

async function pbkdf2(text: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const crypto = subtle();
  if (crypto) {
    const key = await crypto.importKey('raw', new TextEncoder().encode(text), 'PBKDF2', false, ['deriveBits']);
    return new Uint8Array(await crypto.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS));
  }
  const [{ pbkdf2Async }, { sha256 }] = await Promise.all([import('@noble/hashes/pbkdf2.js'), import('@noble/hashes/sha2.js')]);
  return pbkdf2Async(sha256, text, salt, { c: iterations, dkLen: HASH_BITS / 8 });
}

/**
 * Unit tests hash hundreds of secrets; at the production count that was 86 s of the suite. They divide
 * the work through this one switch (tests/setup.ts) and so run the same code; tests/unit/db/pin.test.ts
 * sets it back to 1 and asserts the production counts. The app never calls it.
 */
let workDivisor = 1;
export function divideHashWorkForTests(divisor: number): void {
  workDivisor = Math.max(1, Math.floor(divisor));
}

/** The iterations a new hash gets here: fewer where the JavaScript fallback does the work. */
export function targetIterations(): number {
  return Math.ceil((subtle() ? SUBTLE_ITERATIONS : FALLBACK_ITERATIONS) / workDivisor);
}

export async function hashSecret(secret: Secret, iterations = targetIterations()): Promise<string> {
  const text = secretText(secret);
  if (text === undefined) throw new TypeError(`not a valid ${secret.kind}`);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return `v2$${iterations}$${hex(salt)}$${hex(await pbkdf2(text, salt, iterations))}`;
}

/** Whether `secret` is the one `stored` was made from. Never throws: a malformed hash matches nothing. */
export async function verifySecret(secret: Secret, stored: string): Promise<boolean> {
  const text = secretText(secret);
  if (text === undefined) return false;
  const [version, ...rest] = stored.split('$');
  // Only learners' PINs were ever hashed the old way.
  if (version === 'v1') return secret.kind === 'pin' && rest[0] !== undefined && legacyHash(text, rest[0]) === stored;
  if (version !== 'v2' || rest.length !== 3) return false;
  const [count, saltHex, hashHex] = rest as [string, string, string];
  const iterations = Number(count);
  const salt = fromHex(saltHex);
  // A hash from a file could ask for a billion iterations: refuse more than anything this app writes.
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > SUBTLE_ITERATIONS * 10 || !salt) return false;
  return constantTimeEqual(hex(await pbkdf2(text, salt, iterations)), hashHex);
}

export async function hashPin(pin: string, iterations = targetIterations()): Promise<string> {
  if (!isValidPin(pin)) throw new TypeError(`a PIN is ${PIN_LENGTH} digits`);
  return hashSecret({ kind: 'pin', pin }, iterations);
}

export async function verifyPinHash(pin: string, stored: string): Promise<boolean> {
  return verifySecret({ kind: 'pin', pin }, stored);
}

/** A stored hash that should be made again once the right PIN is typed: an old format, or fewer iterations than now. */
export function needsRehash(stored: string): boolean {
  const [version, count] = stored.split('$');
  return version !== 'v2' || Number(count) < targetIterations();
}

function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** The v1 hash (iterated 32-bit FNV-1a, 64 bits of output), kept only to check and replace old hashes. */
export function legacyHash(pin: string, salt = newId().slice(0, 8)): string {
  const text = `${salt}:${pin}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let round = 0; round < 2000; round++) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i) ^ round;
      a = Math.imul(a ^ code, 0x01000193) >>> 0;
      b = Math.imul(b ^ code ^ a, 0x01000193) >>> 0;
    }
  }
  return `v1$${salt}$${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
