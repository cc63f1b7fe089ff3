/**
 * Limits on a lesson file, checked on its text before the Markdown parser sees it. The parser
 * (micromark) recurses once per level of nesting and slows down on long runs of markers: a line of 3,000
 * ">" overflowed the stack with no file named, 100 KB of ">" took over ten minutes, 2,000 nested :::tip
 * took 114 s. No lesson comes near these limits (the curriculum's longest file is 26 KB and a 120 KB file of the worst Markdown parses in about 5 s, its longest
 * line under 1,000 characters, its deepest quote two levels), so a file past one is refused at its line
 * instead of being parsed.
 */
import type { DiagnosticList } from './diagnostics.ts';
import { reportForbiddenCharacters } from './textSafety.ts';

export const LESSON_LIMITS = {
  /** bytes in a lesson file */
  bytes: 120_000,
  /** characters on one line */
  lineLength: 5_000,
  /** quotes (>) and list markers opened on one line */
  markersPerLine: 8,
  /** columns of indentation outside a fenced block (lists nest by indentation) */
  indent: 64,
  /** ":::" blocks open at once (a block inside a block is an error anyway) */
  openBlocks: 3,
} as const;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_OPEN = /^\s*:{3,}[A-Za-z]/;
const BLOCK_CLOSE = /^\s*:{3,}\s*$/;
const CONTAINER_MARKER = /^ {0,3}(>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * Reports what is past a limit, and characters no lesson may hold, as file:line errors. Returns false
 * when the file must not be parsed at all (too big, a line too long, nesting too deep).
 */
export function checkLessonSource(source: string, diagnostics: DiagnosticList): boolean {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > LESSON_LIMITS.bytes) {
    diagnostics.error(undefined, `the lesson file is ${bytes} bytes; a lesson may have at most ${LESSON_LIMITS.bytes}`, 'split it into two lessons');
    return false;
  }
  reportForbiddenCharacters(source, (at, message, hint) => diagnostics.error(at, message, hint));
  let parseable = true;
  let fence: string | undefined;
  let openBlocks = 0;
  // The first line past a limit is reported; the file is then not parsed, so the lines after it are not read.
  const lines = source.split('\n');
  for (let index = 0; index < lines.length && parseable; index++) {
    const text = lines[index]!;
    const line = index + 1;
    if (text.length > LESSON_LIMITS.lineLength) {
      diagnostics.error({ line, column: LESSON_LIMITS.lineLength + 1 }, `the line is ${text.length} characters long; a line may have at most ${LESSON_LIMITS.lineLength}`, 'break the paragraph into shorter lines or paragraphs');
      parseable = false;
      continue;
    }
    const fenceMarker = FENCE.exec(text)?.[1];
    if (fence) {
      if (fenceMarker && fenceMarker[0] === fence[0] && fenceMarker.length >= fence.length && text.trim() === fenceMarker) fence = undefined;
      continue;
    }
    if (fenceMarker) {
      fence = fenceMarker;
      continue;
    }
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (indent > LESSON_LIMITS.indent) {
      diagnostics.error({ line, column: 1 }, `the line is indented ${indent} columns; at most ${LESSON_LIMITS.indent} are allowed`, 'lists and quotes nest a few levels at most: move the text left');
      parseable = false;
      continue;
    }
    let rest = text;
    let markers = 0;
    for (let marker = CONTAINER_MARKER.exec(rest); marker && markers <= LESSON_LIMITS.markersPerLine; marker = CONTAINER_MARKER.exec(rest)) {
      markers++;
      rest = rest.slice(marker[0].length);
    }
    if (markers > LESSON_LIMITS.markersPerLine) {
      diagnostics.error({ line, column: 1 }, `the line opens more than ${LESSON_LIMITS.markersPerLine} quotes (>) or lists`, 'a quote or list nests a few levels at most');
      parseable = false;
      continue;
    }
    if (BLOCK_OPEN.test(text)) {
      openBlocks++;
      if (openBlocks === LESSON_LIMITS.openBlocks + 1) {
        diagnostics.error({ line, column: 1 }, `more than ${LESSON_LIMITS.openBlocks} ":::" blocks are open at once`, 'close each block with ":::" before the next one starts');
        parseable = false;
      }
    } else if (BLOCK_CLOSE.test(text)) {
      openBlocks = Math.max(0, openBlocks - 1);
    }
  }
  return parseable;
}
