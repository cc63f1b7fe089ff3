/**
 * The characters a lesson pack may hold, and its bytes read as text. One rule for every file the compiler
 * reads as text (lessons, the school's contacts, SVG pictures): what is refused here can hide what a
 * reader sees (right-to-left overrides, invisible controls) or make two programs read the same bytes
 * differently (a file that is not UTF-8, a NUL, the escape bytes of another encoding). The compiler
 * reads UTF-8 only, so the browser — which may honour a file's own encoding declaration — reads what
 * was checked.
 */
import type { Position } from './diagnostics.ts';

/**
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1), the bidirectional overrides,
 * embeddings and isolates (U+202A–U+202E, U+2066–U+2069: "Trojan Source" text that reads one way and is
 * another), a byte-order mark past the start, and the non-characters U+FFFE/U+FFFF, which XML forbids.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/;

/** The name a writer can look up: "U+202E". */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where each forbidden character is (a byte-order mark at the very start is allowed), at most `limit`. */
export function forbiddenCharacters(text: string, limit = 10): { at: Position; character: string }[] {
  const found: { at: Position; character: string }[] = [];
  const pattern = new RegExp(FORBIDDEN_CHARACTER.source, 'g');
  for (const match of text.matchAll(pattern)) {
    if (match.index === 0 && match[0] === '\uFEFF') continue;
    found.push({ at: positionOf(text, match.index), character: match[0] });
    if (found.length >= limit) break;
  }
  return found;
}

/** Reports each forbidden character in `text` as an error; true when there was none. */
export function reportForbiddenCharacters(text: string, error: (at: Position, message: string, hint: string) => void): boolean {
  const found = forbiddenCharacters(text);
  for (const { at, character } of found) {
    error(
      at,
      `the invisible or control character ${codePointName(character)} is not allowed`,
      'delete it (an editor that shows invisible characters helps): it can hide text or change what the reader sees',
    );
  }
  return found.length === 0;
}

export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export type DecodedText = { text: string } | { at: Position; message: string; hint: string };

/**
 * Bytes as UTF-8 text, or why not: a UTF-16/32 byte-order mark, or bytes that are not valid UTF-8
 * (reported at the line of the first bad byte). A UTF-8 byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const hint = 'save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8)';
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0 && bytes[1] === 0)) {
    return { at: { line: 1, column: 1 }, message: 'the file is UTF-16 or UTF-32, not UTF-8', hint };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    return { at: positionOf(before, before.length), message: 'the file is not UTF-8 text', hint };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      const sequence = bytes.subarray(i, i + length);
      if (sequence.length < length) return i;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sequence);
      } catch {
        return i;
      }
    }
    i += length;
  }
  return bytes.length;
}
