/**
 * Results as QR codes (docs/export-format.md): what the class report needs of a learner, small enough to
 * leave a school PC as one QR code or a short numbered sequence, and read back on the teacher's phone
 * into the very progress file (docs/export-format.md) a USB stick would have carried — so the report
 * counts a scanned pupil exactly as it counts a file: the same parser (parseProgressFile.ts), the same
 * score check, the same merge.
 *
 * Per learner and lesson a code carries the best finished attempt and the latest finished one (one
 * attempt when they are the same), or, with nothing finished, the latest started; of each attempt only
 * the answer that counts per question (finalAnswers). Nothing else: no PIN hash, no picture password, no
 * answer ids or answer times (the report reads neither), no retries between the best and the latest.
 *
 * The bytes (a compact binary record, deflated) are cut into parts; each part is one QR code of at most
 * CODE_MAX_CHARS characters in the QR alphanumeric set (Base45, RFC 9285, which QR packs at 5.5 bits a
 * character), so a phone's camera reads it from a monitor across a desk (QR version 10 or less, level M).
 * A part carries its number, the count, the set's checksum (the first bytes of the SHA-256 of the whole
 * message) and its own; a part cut short or misread fails its own check, a set whose parts do not add up
 * fails the set's. A checksum is no seal — anyone can compute one — so a score written by hand is caught
 * where a file's is: the parser's "scores disagree with the answers".
 *
 * Pure: bytes and strings in and out (fflate and @noble/hashes are plain JavaScript).
 */
import { deflateSync, inflateSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { finalAnswers, latestFinished, latestStarted } from './learning';
import { AVATAR_IDS } from './records';
import { TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION, type ExportedAttempt, type ExportedLearner, type TransferFileData } from './progressFile';

/** Every code starts with this; anything else is another app's code. */
export const CODE_PREFIX = 'MAT';
/** The encoding's version, written after the prefix ("MAT1:"); bumped on every change an older app would misread. */
export const CODE_VERSION = 1;
/**
 * Characters in one code: QR version 10 at level M holds 311 alphanumeric characters (57 × 57 modules,
 * about 6 cm wide at 4 screen pixels a module — what a phone reads from a monitor across a desk).
 */
export const CODE_MAX_CHARS = 311;
/** A sequence is numbered in one byte. */
export const MAX_PARTS = 255;
/** bytes; a message never inflates to more (the largest pupil is far smaller), so a crafted code cannot exhaust memory. */
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

const SET_CHECK_BYTES = 4;
const PART_CHECK_BYTES = 2;
/** index, count, set checksum */
const PART_HEADER_BYTES = 2 + SET_CHECK_BYTES;

export type CodeProblem =
  /** not one of ours (another app, a web address) */
  | 'foreign'
  /** ours, from a newer app: update, then scan again */
  | 'future-version'
  /** ours, but cut short, misread or tampered with: it fails a checksum or cannot be read */
  | 'damaged';

export class ResultCodeError extends Error {
  override name = 'ResultCodeError';
  constructor(
    readonly reason: CodeProblem,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// What travels

/**
 * A learner's attempts, cut to what the report needs: per lesson the best and the latest finished
 * attempt, or the latest started when none is finished; each with its final answer per question.
 * `now`: this computer's clock (which attempt is the latest, learning.ts: compareTimes).
 */
export function resultsOf(learner: ExportedLearner, now: number): ExportedLearner {
  const byLesson = new Map<string, ExportedAttempt[]>();
  for (const attempt of learner.attempts) byLesson.set(attempt.lessonId, [...(byLesson.get(attempt.lessonId) ?? []), attempt]);
  const kept: ExportedAttempt[] = [];
  for (const attempts of byLesson.values()) {
    const finished = attempts.filter((attempt) => attempt.finishedAt !== undefined);
    const top = Math.max(...finished.map((attempt) => attempt.scorePercent ?? 0));
    const chosen = finished.length > 0 ? [latestFinished(finished.filter((a) => (a.scorePercent ?? 0) === top), now), latestFinished(finished, now)] : [latestStarted(attempts, now)];
    for (const attempt of new Set(chosen)) if (attempt) kept.push({ ...attempt, answers: finalAnswers(attempt.answers) });
  }
  const { pinHash: _pin, ...profile } = learner;
  return { ...profile, attempts: kept };
}

// ---------------------------------------------------------------------------------------------------
// Encoding

/** The QR texts of these learners' results (already cut by resultsOf), in order: one, or a numbered sequence. */
export function encodeResults(learners: readonly ExportedLearner[], exportedAt: number, appVersion: string): string[] {
  const message = deflateSync(writeMessage(learners, exportedAt, appVersion), { level: 9 });
  const setCheck = sha256(message).subarray(0, SET_CHECK_BYTES);
  const room = Math.floor((CODE_MAX_CHARS - codeHead().length) / 3) * 2 - PART_HEADER_BYTES - PART_CHECK_BYTES;
  const total = Math.max(1, Math.ceil(message.length / room));
  if (total > MAX_PARTS) throw new RangeError(`results need ${total} codes; at most ${MAX_PARTS}`);
  return Array.from({ length: total }, (_, i) => {
    const chunk = message.subarray(i * room, (i + 1) * room);
    const frame = concat([Uint8Array.of(i + 1, total), setCheck, chunk]);
    return codeHead() + base45Encode(concat([frame, sha256(frame).subarray(0, PART_CHECK_BYTES)]));
  });
}

function codeHead(version = CODE_VERSION): string {
  return `${CODE_PREFIX}${version}:`;
}

/** The ids the app writes (crypto.randomUUID), 16 bytes instead of 36 characters. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Question ids as lessons write them. */
const QUESTION = /^q([1-9][0-9]{0,6})$/;
/** Lesson versions: hex digits. */
const HEX = /^(?:[0-9a-f]{2})+$/;

/** Token kinds, the first varint of a token; from TOKEN_TEXT on it is the text's length in bytes plus TOKEN_TEXT. */
const TOKEN_UUID = 0;
const TOKEN_QUESTION = 1;
const TOKEN_HEX = 2;
const TOKEN_TEXT = 3;

const FLAG_EN = 1;
const FLAG_FINISHED = 2;

function writeMessage(learners: readonly ExportedLearner[], exportedAt: number, appVersion: string): Uint8Array {
  const out = new Writer();
  out.uint(exportedAt);
  out.text(appVersion);
  out.uint(learners.length);
  for (const learner of learners) {
    out.token(learner.id);
    out.text(learner.nickname);
    out.text(learner.classLabel ?? '');
    out.byte(AVATAR_IDS.indexOf(learner.avatar));
    out.uint(learner.createdAt);
    out.uint(learner.updatedAt);
    out.uint(learner.attempts.length);
    for (const attempt of learner.attempts) {
      out.token(attempt.id);
      out.token(attempt.lessonId);
      out.token(attempt.lessonVersion);
      const finished = attempt.finishedAt !== undefined;
      out.byte((attempt.locale === 'en' ? FLAG_EN : 0) | (finished ? FLAG_FINISHED : 0));
      out.uint(attempt.questionCount);
      out.uint(attempt.startedAt);
      if (finished) {
        out.int((attempt.finishedAt ?? 0) - attempt.startedAt);
        out.uint(attempt.correctCount ?? 0);
        out.uint(attempt.scorePercent ?? 0);
      }
      out.uint(attempt.answers.length);
      for (const answer of attempt.answers) {
        out.token(answer.questionId);
        out.byte((answer.selected.length << 1) | (answer.correct ? 1 : 0));
        for (const option of answer.selected) out.byte(option);
      }
    }
  }
  return out.bytes();
}

class Writer {
  private chunks: number[] = [];
  byte(value: number): void {
    this.chunks.push(value & 0xff);
  }
  /** Unsigned LEB128, for any safe integer (arithmetic, not 32-bit operators). */
  uint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.byte(rest);
  }
  /** Signed, zigzag: 0, -1, 1, -2 … → 0, 1, 2, 3 … */
  int(value: number): void {
    this.uint(value >= 0 ? value * 2 : -value * 2 - 1);
  }
  raw(bytes: Uint8Array): void {
    for (const b of bytes) this.byte(b);
  }
  text(value: string): void {
    const bytes = new TextEncoder().encode(value);
    this.uint(bytes.length);
    this.raw(bytes);
  }
  token(value: string): void {
    const question = QUESTION.exec(value);
    if (UUID.test(value)) {
      this.uint(TOKEN_UUID);
      this.raw(hexBytes(value.replaceAll('-', '')));
    } else if (question) {
      this.uint(TOKEN_QUESTION);
      this.uint(Number(question[1]));
    } else if (HEX.test(value)) {
      this.uint(TOKEN_HEX);
      this.uint(value.length / 2);
      this.raw(hexBytes(value));
    } else {
      const bytes = new TextEncoder().encode(value);
      this.uint(TOKEN_TEXT + bytes.length);
      this.raw(bytes);
    }
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading one code

export interface CodePart {
  /** 1-based */
  index: number;
  total: number;
  /** The set's checksum, in hex: the same for every part of one learner's (or one computer's) codes. */
  set: string;
  chunk: Uint8Array;
}

/** One scanned text, checked on its own. Throws ResultCodeError. */
export function readCode(text: string): CodePart {
  const head = /^MAT(\d{1,4}):/.exec(text);
  if (!text.startsWith(CODE_PREFIX) || !head) throw new ResultCodeError('foreign', 'not a Mạng An Toàn results code');
  const version = Number(head[1]);
  if (version > CODE_VERSION) throw new ResultCodeError('future-version', `code version ${version}; this app reads ${CODE_VERSION}`);
  if (version !== CODE_VERSION) throw new ResultCodeError('damaged', `code version ${version}`);
  const bytes = base45Decode(text.slice(head[0].length));
  if (!bytes || bytes.length <= PART_HEADER_BYTES + PART_CHECK_BYTES) throw new ResultCodeError('damaged', 'cut short');
  const frame = bytes.subarray(0, bytes.length - PART_CHECK_BYTES);
  if (!sameBytes(sha256(frame).subarray(0, PART_CHECK_BYTES), bytes.subarray(frame.length))) throw new ResultCodeError('damaged', 'part checksum');
  const index = frame[0] ?? 0;
  const total = frame[1] ?? 0;
  if (index < 1 || index > total) throw new ResultCodeError('damaged', `part ${index} of ${total}`);
  return { index, total, set: hex(frame.subarray(2, PART_HEADER_BYTES)), chunk: frame.slice(PART_HEADER_BYTES) };
}

/**
 * The parts of a sequence, in any order. `complete` once every part of its set is in; a set's parts
 * that do not add up to its checksum are damaged (a part from another scan of the same child, changed
 * since, cannot be: its set checksum differs).
 */
export function joinParts(parts: readonly CodePart[]): Uint8Array {
  const first = parts[0];
  if (!first || parts.length !== first.total) throw new ResultCodeError('damaged', 'parts missing');
  const ordered = [...parts].sort((a, b) => a.index - b.index);
  if (ordered.some((part, i) => part.index !== i + 1 || part.total !== first.total || part.set !== first.set)) throw new ResultCodeError('damaged', 'parts of different sets');
  const message = concat(ordered.map((part) => part.chunk));
  if (hex(sha256(message).subarray(0, SET_CHECK_BYTES)) !== first.set) throw new ResultCodeError('damaged', 'set checksum');
  return message;
}

// ---------------------------------------------------------------------------------------------------
// Decoding a whole message

/**
 * The progress file the message stands for (docs/export-format.md, kind "learners"), as the object a
 * file's JSON gives: the caller reads it with parseTransferFile like any file, so every limit and the
 * score check apply. Throws ResultCodeError('damaged') when the bytes are not a message at all.
 */
export function messageToFile(message: Uint8Array): TransferFileData {
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(message, { out: new Uint8Array(MAX_MESSAGE_BYTES) });
  } catch {
    throw new ResultCodeError('damaged', 'not deflated data, or too large');
  }
  const input = new Reader(bytes);
  const exportedAt = input.uint();
  const appVersion = input.text();
  const learners: ExportedLearner[] = input.list(() => {
    const id = input.token();
    const nickname = input.text();
    const classLabel = input.text();
    const avatar = AVATAR_IDS[input.byte()];
    if (!avatar) throw new ResultCodeError('damaged', 'avatar');
    const createdAt = input.uint();
    const updatedAt = input.uint();
    const attempts = input.list((): ExportedAttempt => {
      const attemptId = input.token();
      const lessonId = input.token();
      const lessonVersion = input.token();
      const flags = input.byte();
      const questionCount = input.uint();
      const startedAt = input.uint();
      const finished = (flags & FLAG_FINISHED) !== 0 ? { finishedAt: startedAt + input.int(), correctCount: input.uint(), scorePercent: input.uint() } : {};
      const answeredAt = finished.finishedAt ?? startedAt;
      const answers = input.list((n) => {
        const questionId = input.token();
        const head = input.byte();
        const selected = Array.from({ length: head >> 1 }, () => input.byte());
        return { id: answerId(attemptId, n), questionId, selected, correct: (head & 1) === 1, answeredAt };
      });
      return { id: attemptId, lessonId, locale: (flags & FLAG_EN) !== 0 ? 'en' : 'vi', lessonVersion, questionCount, startedAt, ...finished, answers };
    });
    return { id, nickname, avatar, ...(classLabel ? { classLabel } : {}), createdAt, updatedAt, attempts };
  });
  if (!input.done()) throw new ResultCodeError('damaged', 'bytes after the end');

  const lessons: Record<string, string[]> = {};
  for (const attempt of learners.flatMap((learner) => learner.attempts)) {
    const versions = Object.hasOwn(lessons, attempt.lessonId) ? lessons[attempt.lessonId] : undefined;
    if (!versions) Object.defineProperty(lessons, attempt.lessonId, { value: [attempt.lessonVersion], enumerable: true, writable: true });
    else if (!versions.includes(attempt.lessonVersion)) versions.push(attempt.lessonVersion);
  }
  let iso: string;
  try {
    iso = new Date(exportedAt).toISOString();
  } catch {
    throw new ResultCodeError('damaged', 'date');
  }
  return { format: TRANSFER_FORMAT, formatVersion: TRANSFER_FORMAT_VERSION, appVersion, exportedAt: iso, kind: 'learners', lessons, learners };
}

/**
 * Answers travel without their ids; each gets one made from its attempt's id and its place, the same on
 * every scan of the same attempt, unique in the file (attempt ids are), and an id by the file's rule
 * (at most 64 characters: a longer attempt id is shortened to a hash).
 */
function answerId(attemptId: string, n: number): string {
  const base = attemptId.length <= 58 ? attemptId : `h${hex(sha256(new TextEncoder().encode(attemptId))).slice(0, 40)}`;
  return `${base}_${n}`;
}

class Reader {
  private at = 0;
  constructor(private readonly data: Uint8Array) {}
  byte(): number {
    const value = this.data[this.at];
    if (value === undefined) throw new ResultCodeError('damaged', 'ends early');
    this.at += 1;
    return value;
  }
  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
      if (scale > Number.MAX_SAFE_INTEGER) throw new ResultCodeError('damaged', 'number too large');
    }
    return value;
  }
  int(): number {
    const value = this.uint();
    return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
  }
  raw(length: number): Uint8Array {
    if (this.at + length > this.data.length) throw new ResultCodeError('damaged', 'ends early');
    const bytes = this.data.subarray(this.at, this.at + length);
    this.at += length;
    return bytes;
  }
  text(length = this.uint()): string {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(length));
    } catch (error) {
      if (error instanceof ResultCodeError) throw error;
      throw new ResultCodeError('damaged', 'not UTF-8');
    }
  }
  token(): string {
    const kind = this.uint();
    if (kind === TOKEN_UUID) {
      const h = hex(this.raw(16));
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
    if (kind === TOKEN_QUESTION) return `q${this.uint()}`;
    if (kind === TOKEN_HEX) return hex(this.raw(this.uint()));
    return this.text(kind - TOKEN_TEXT);
  }
  /** A counted list; the count cannot exceed the bytes left (each item takes at least one), so a forged count costs nothing. */
  list<T>(item: (n: number) => T): T[] {
    const count = this.uint();
    if (count > this.data.length - this.at) throw new ResultCodeError('damaged', 'list longer than the message');
    return Array.from({ length: count }, (_, n) => item(n));
  }
  done(): boolean {
    return this.at === this.data.length;
  }
}

// ---------------------------------------------------------------------------------------------------
// Bytes

/** RFC 9285: the 45 characters of QR's alphanumeric mode. */
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    if (b === undefined) {
      out += BASE45[a % 45]! + BASE45[Math.floor(a / 45)]!;
    } else {
      const n = a * 256 + b;
      out += BASE45[n % 45]! + BASE45[Math.floor(n / 45) % 45]! + BASE45[Math.floor(n / 2025)]!;
    }
  }
  return out;
}

/** undefined when the text is not Base45 (a character outside the set, a length or value out of range). */
export function base45Decode(text: string): Uint8Array | undefined {
  if (text.length % 3 === 1) return undefined;
  const digits = Array.from(text, (ch) => BASE45.indexOf(ch));
  if (digits.some((d) => d < 0)) return undefined;
  const out: number[] = [];
  for (let i = 0; i < digits.length; i += 3) {
    const [c, d, e] = [digits[i] ?? 0, digits[i + 1] ?? 0, digits[i + 2]];
    if (e === undefined) {
      const n = c + d * 45;
      if (n > 0xff) return undefined;
      out.push(n);
    } else {
      const n = c + d * 45 + e * 2025;
      if (n > 0xffff) return undefined;
      out.push(n >> 8, n & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function hexBytes(text: string): Uint8Array {
  return Uint8Array.from({ length: text.length / 2 }, (_, i) => parseInt(text.slice(i * 2, i * 2 + 2), 16));
}
