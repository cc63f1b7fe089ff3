/**
 * Parse YAML and validate it with a zod schema, turning every problem into a diagnostic at the line of
 * the offending value (or of its parent, when the value is missing). Used for front matter and quizzes.
 */
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { DiagnosticList, Position } from './diagnostics.ts';

export interface YamlSource {
  text: string;
  /** Where `text` starts in the Markdown file (1-based line of its first character). */
  firstLine: number;
  /** Column added to every position (for an indented fence). */
  columnOffset?: number;
}

/** Reports a problem at the value found on `path` (or its nearest existing parent). */
export type ReportAt = (path: readonly PropertyKey[], message: string, hint?: string) => void;

export function parseYaml<T>(
  source: YamlSource,
  schema: z.ZodType<T>,
  diagnostics: DiagnosticList,
  describe: (issue: z.core.$ZodIssue, doc: Document) => { message: string; hint?: string },
  /** Rules across fields (e.g. a topic must belong to the band), run on the raw value even when the schema fails. */
  check?: (raw: unknown, report: ReportAt) => void,
  /** Given the valid value and where each of its fields is written (a quiz option's picture, checked after the schema). */
  located?: (value: T, at: (path: readonly PropertyKey[]) => Position) => void,
): T | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: source.firstLine + line - 1, column: col + (source.columnOffset ?? 0) };
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      diagnostics.error(toPosition(error.pos[0]), `invalid YAML: ${firstLine(error.message)}`, yamlHint(error.code));
    }
    return undefined;
  }

  const raw = toJS(doc);
  if (raw === ALIAS_BOMB) {
    diagnostics.error(
      toPosition(firstAliasOffset(doc)),
      'the YAML repeats aliases (*name) too often',
      `write the text out instead of using anchors (&name) and aliases (*name); at most ${MAX_ALIAS_COUNT} are expanded`,
    );
    return undefined;
  }
  check?.(raw, (path, message, hint) => diagnostics.error(toPosition(offsetOf(doc, path)), message, hint));
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) {
    located?.(result.data, (path) => toPosition(offsetOf(doc, path)));
    return result.data;
  }
  for (const issue of result.error.issues) {
    const { message, hint } = describe(issue, doc);
    diagnostics.error(toPosition(offsetOf(doc, issue.path)), message, hint);
  }
  return undefined;
}

/**
 * Aliases can nest so that a few lines expand to billions of values ("billion laughs"). The yaml
 * package counts expansions and throws past `maxAliasCount`; that becomes a diagnostic, not a crash.
 * Lessons need no aliases at all, so the limit is low.
 */
const MAX_ALIAS_COUNT = 20;
const ALIAS_BOMB = Symbol('alias bomb');

function toJS(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) return ALIAS_BOMB;
    throw error;
  }
}

/** Where the first alias (*name) is, to report an alias bomb at its line. */
export function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Offset of the deepest existing node on `path` (a missing field points at the object that lacks it). */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth) as (string | number)[];
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: every item of a list lines up under the one before';
    case 'DUPLICATE_KEY':
      return 'a field is written twice: keep one';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'text that contains ": " must be put inside double quotes';
    default:
      return 'text that contains ": ", or starts with a quote, "[" or "{", must be put inside double quotes';
  }
}

/** Field path as authors write it: `options[2].text`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Shared wording for the zod issues both schemas produce. */
export function describeIssue(issue: z.core.$ZodIssue, where: string): { message: string; hint?: string } {
  const field = fieldPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { message: `missing field "${field}"${where}`, hint: `add "${lastKey(issue.path)}:" with ${typeName(issue.expected)}` };
      }
      return { message: `"${field}" must be ${typeName(issue.expected)}${where}`, hint: `it is ${describeValue(issue.input)}` };
    case 'unrecognized_keys':
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${field ? ` in "${field}"` : ''}${where}`,
        hint: 'check the spelling against content/README.md',
      };
    case 'invalid_value':
      return {
        message: `"${field}" must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${where}`,
        hint: `it is ${describeValue(issue.input)}`,
      };
    default:
      return { message: `"${field}": ${issue.message}${where}` };
  }
}

/** zod's type names in the words of the authoring guide. */
function typeName(expected: string): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'fields (an object)';
    default:
      return `a ${expected}`;
  }
}

function lastKey(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  return String(key ?? 'value');
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

/** The candidate at most two edits from `word` (case aside), for a "did you mean" hint. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3; // at most two edits away
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
