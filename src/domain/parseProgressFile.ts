/**
 * Reading a progress file someone picked. Every step can only reject, never throw, and each rejection
 * has a code the UI turns into words (i18n), most helpful first:
 *
 *   too-large       more than 20 MB — checked on the raw size, before decoding or parsing anything
 *   not-json        not UTF-8 JSON, or cut off (a byte-order mark is fine); `at` says where, when known
 *   foreign         JSON, but not a Mạng An Toàn progress file
 *   future-version  our file, written by a newer app: "update the app, then import"
 *   score-mismatch  our file, well formed, but a stored score is not what its answers give: edited by
 *                   hand (the rule is learning.ts: scoreMatches, checked by the schema)
 *   invalid         our file, but damaged or tampered with; `detail` names the first problem (for logs)
 *
 * JSON.parse itself cannot pollute prototypes (a "__proto__" key becomes an own property), but the
 * parsed value must not travel on carrying such keys, so they are rejected before the schema runs.
 */
import { createTransferFileSchema, SCORE_MISMATCH, TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION, TRANSFER_LIMITS, type TransferFile } from './progressFile';

export const TRANSFER_ERROR_CODES = ['too-large', 'not-json', 'foreign', 'future-version', 'score-mismatch', 'invalid'] as const;
export type TransferErrorCode = (typeof TRANSFER_ERROR_CODES)[number];

/** Where a file stops being JSON, counted from 1 as an editor shows it. */
export interface TextPosition {
  line: number;
  column: number;
}

export type ParseResult = { ok: true; file: TransferFile } | { ok: false; reason: TransferErrorCode; detail?: string; at?: TextPosition };

export interface ParseOptions {
  /** ms since epoch; timestamps after now + TRANSFER_LIMITS.clockSkew are rejected. */
  now?: number;
}

/** Keys that would reach a prototype if a later step ever copied the value with plain assignment. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Format version 1 nests 8 levels deep (file → learners → learner → attempts → … → selected). */
const MAX_DEPTH = 16;
/** No list or object in version 1 is longer than these, so nothing longer reaches the schema. */
const MAX_LIST_LENGTH = Math.max(
  TRANSFER_LIMITS.maxLearners,
  TRANSFER_LIMITS.maxAttemptsPerLearner,
  TRANSFER_LIMITS.maxAnswersPerAttempt,
  TRANSFER_LIMITS.maxVersionsPerLesson,
);
const MAX_OBJECT_KEYS = TRANSFER_LIMITS.maxLessons;
/** Long enough for a path and a message; an unknown key may be megabytes long. */
const MAX_DETAIL_LENGTH = 200;

export function parseTransferFile(input: string | ArrayBuffer | Uint8Array, options: ParseOptions = {}): ParseResult {
  try {
    const size = byteLength(input);
    if (size > TRANSFER_LIMITS.maxFileBytes) return reject('too-large', `${size} bytes; at most ${TRANSFER_LIMITS.maxFileBytes}`);

    const text = decode(input);
    if (text === undefined) return reject('not-json', 'not UTF-8 text');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      // The browser's message is English and differs between browsers: only the place is kept, and the
      // UI says it in the user's language.
      const at = jsonErrorPosition(text, error instanceof Error ? error.message : '');
      return at ? { ok: false, reason: 'not-json', at } : { ok: false, reason: 'not-json' };
    }

    if (!isRecord(value) || !Object.hasOwn(value, 'format') || value.format !== TRANSFER_FORMAT) return reject('foreign');
    const formatVersion = Object.hasOwn(value, 'formatVersion') ? value.formatVersion : undefined;
    if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > TRANSFER_FORMAT_VERSION) {
      return reject('future-version', `formatVersion ${formatVersion}; this app reads ${TRANSFER_FORMAT_VERSION}`);
    }

    const hostile = findHostileStructure(value);
    if (hostile) return reject('invalid', hostile);

    const result = createTransferFileSchema(options.now ?? Date.now()).safeParse(value);
    if (!result.success) {
      const issues = result.error.issues;
      const issue = issues[0];
      // Only when nothing else is wrong: a file broken in other ways is damaged, whatever its scores say.
      const scoresOnly = issues.every((i) => i.code === 'custom' && i.params?.reason === SCORE_MISMATCH);
      return reject(scoresOnly ? 'score-mismatch' : 'invalid', issue && `${formatPath(issue.path)}: ${issue.message}`);
    }
    return { ok: true, file: result.data };
  } catch (error) {
    // Out of memory or stack on a pathological file: still a rejection, never a crash of the page.
    return reject('invalid', `could not be checked (${error instanceof Error ? error.name : 'unknown error'})`);
  }
}

function reject(reason: TransferErrorCode, detail?: string): ParseResult {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail: detail.slice(0, MAX_DETAIL_LENGTH) };
}

/**
 * The line and column of a JSON.parse error, read from the message: Chromium says "at position N" (and
 * newer versions "(line L column C)"), Firefox "at line L column C", and "Unexpected end of JSON input"
 * means the file is cut off at its end. Undefined when the message names no place (Safari).
 */
export function jsonErrorPosition(text: string, message: string): TextPosition | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return positionOf(text, Math.min(Number(position[1]), text.length));
  if (/end of (JSON )?(input|data)/i.test(message)) return positionOf(text, text.length);
  return undefined;
}

function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function byteLength(input: string | ArrayBuffer | Uint8Array): number {
  if (typeof input === 'string') return utf8Length(input);
  return input.byteLength;
}

/**
 * The UTF-8 size of a string without encoding it (no copy of a large file). A string longer than the
 * limit in UTF-16 units is over it in bytes too, so that case costs nothing.
 */
function utf8Length(text: string): number {
  if (text.length > TRANSFER_LIMITS.maxFileBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** UTF-8 only, strictly (a file saved as UTF-16 or with broken bytes is 'not-json'); a BOM is dropped. */
function decode(input: string | ArrayBuffer | Uint8Array): string | undefined {
  if (typeof input === 'string') return input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks the parsed value without recursion (a file may nest a million levels deep) and names the first
 * forbidden key, excessive depth or oversized list or object.
 */
function findHostileStructure(root: unknown): string | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: root, depth: 1, path: '(file)' }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, depth, path } = next;
    if (depth > MAX_DEPTH) return `${path}: nested more than ${MAX_DEPTH} levels deep`;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_LENGTH) return `${path}: more than ${MAX_LIST_LENGTH} items`;
      value.forEach((item: unknown, index) => {
        if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: depth + 1, path: `${path}.${index}` });
      });
    } else if (isRecord(value)) {
      const keys = Object.keys(value);
      if (keys.length > MAX_OBJECT_KEYS) return `${path}: more than ${MAX_OBJECT_KEYS} keys`;
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) return `${path}: forbidden key "${key}"`;
        const item = value[key];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: depth + 1, path: `${path}.${key.slice(0, 40)}` });
      }
    }
  }
  return undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(file)' : path.map((segment) => String(segment)).join('.');
}
