/**
 * The lesson body: Markdown (GFM + directives) turned into the app's sections and blocks (their
 * content becomes Flow, see flow.ts). Raw HTML is rejected, so the HTML written comes only from
 * Markdown the compiler understands and never runs a script. Links to other lessons' Markdown files
 * are resolved here, in the tree, to the lesson's URL; pictures become asset references that the
 * emitter turns into hashed files' URLs.
 */
import path from 'node:path';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Code, Root, RootContent, Nodes, Parents } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, Part, Question, Section } from '../../src/content/types.ts';
import { BLOCK_NAMES, CALLOUT_KINDS, PART_KINDS, type CalloutKind, type PartKind } from '../../src/content/vocabulary.ts';
import type { DiagnosticList, Position } from './diagnostics.ts';
import type { PictureStatus } from './pictures.ts';
import type { PictureSize } from './pictureSize.ts';
import { assetMarker, assetReference, flowOf, listItemLeaf } from './flow.ts';
import { parseQuizBlock, type ResolvePicture } from './quiz.ts';
import { remarkTables } from './remarkTables.ts';
import { codePointName } from './textSafety.ts';

/** What the loader knows about a lesson file a link points to: the URL of its lesson, or why there is none. */
export type LinkTarget = { href: string } | 'unreadable' | 'missing';

export interface BodyOptions {
  /** The lesson a Markdown file (absolute path) holds. */
  lessonAt: (file: string) => LinkTarget;
  /**
   * Where a picture path leads (pictures.ts): a file inside the pack, or why not. Everything a body's
   * result depends on outside its text comes through these callbacks, so a cache can check it
   * (bodyCache.ts).
   */
  pictureStatus: (file: string) => PictureStatus;
  /** Whether a picture file may be shipped (its own problems are reported on it by the caller). */
  pictureIsSafe: (file: string) => boolean;
  /** A picture's width and height, written on its <img> so the page keeps its place before it loads. */
  pictureSize?: (file: string) => PictureSize | undefined;
}

export interface ParsedBody {
  sections: Section[];
  /** The line each part and block starts at, for diagnostics about it. */
  lineOf: WeakMap<Part | Block, number>;
  quiz: Question[];
  /** Absolute paths of pictures; leaf HTML refers to them by `assetReference(index)` (see flow.ts). */
  assets: string[];
  /** Line of the first ```quiz fence, where quiz-wide problems are reported. */
  quizLine?: number;
  /** The line each question starts at (its "- id:" line), by question id, for diagnostics about it. */
  questionLines: Record<string, number>;
  /** Text a child reads (without teacher and family notes), for readability checks. */
  learnerText: string;
}

/**
 * Characters a picture path may not hold: "?" and "#" (a bundler reads them as a query or fragment, so
 * the file checked and the file shipped would differ), "%" (an escape: the name written is not the name
 * read), "\\" (a folder separator on Windows only) and control characters.
 */
// eslint-disable-next-line no-control-regex
const PICTURE_NAME_FORBIDDEN = /[?#%\\\u0000-\u001f\u007f]/;
const IMAGE_EXTENSIONS = new Set(['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif']);
const SAFE_SCHEMES = /^(https?:|mailto:|tel:)/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const ADULT_CALLOUTS: readonly CalloutKind[] = ['teacher', 'family'];
const QUIZ_LANG = 'quiz';
const CARDS = 'cards';
/** A cards block is printed as cut-out cards: enough to play with, few enough to cut. */
export const CARDS_PER_BLOCK = { min: 2, max: 12 } as const;

const parser = unified().use(remarkParse).use(remarkTables).use(remarkDirective);

export function parseBody(body: string, file: string, diagnostics: DiagnosticList, options: BodyOptions): ParsedBody {
  const tree = parser.parse(body) as Root;
  const result: ParsedBody = { sections: [], lineOf: new WeakMap(), quiz: [], assets: [], learnerText: '', questionLines: {} };
  const context = { body, file, diagnostics, result, options };

  rewriteInline(tree, context);
  const learnerParts: string[] = [];
  let pending: RootContent[] = [];
  let lastPart = -1;
  const push = (block: Block, node: Nodes) => {
    // Blocks before the first part form a section of their own.
    if (result.sections.length === 0) result.sections.push({ blocks: [] });
    result.sections[result.sections.length - 1]!.blocks.push(block);
    result.lineOf.set(block, at(node).line);
  };
  const flush = () => {
    const [first] = pending;
    if (!first) return;
    const flow = flowOf(pending);
    if (flow.length > 0) push({ type: 'prose', flow }, first);
    learnerParts.push(pending.map((node) => toString(node)).join('\n'));
    pending = [];
  };

  for (const node of tree.children) {
    if (node.type === 'leafDirective') {
      flush();
      const part = readPart(node, context);
      if (part) {
        const index = PART_KINDS.indexOf(part.kind);
        if (index <= lastPart) {
          diagnostics.error(at(node), `part "${part.kind}" is out of order`, `parts come in the order ${PART_KINDS.join(', ')}, each once`);
        }
        lastPart = Math.max(lastPart, index);
        result.sections.push({ part, blocks: [] });
        result.lineOf.set(part, at(node).line);
      }
    } else if (node.type === 'containerDirective' && node.name === CARDS) {
      flush();
      const cards = readCards(node, context);
      if (cards) {
        push(cards, node);
        learnerParts.push(toString(node));
      }
    } else if (node.type === 'containerDirective') {
      flush();
      const callout = readCallout(node, context);
      if (callout) {
        push(callout, node);
        if (!ADULT_CALLOUTS.includes(callout.kind)) learnerParts.push(toString(node));
      }
    } else if (node.type === 'code' && node.lang === QUIZ_LANG) {
      flush();
      result.quizLine ??= at(node).line;
      result.quiz.push(...readQuiz(node, context));
      Object.assign(result.questionLines, questionLinesOf(node));
    } else {
      pending.push(node);
    }
  }
  flush();
  result.learnerText = learnerParts.join('\n');
  checkQuestionIds(result.quiz, { line: result.quizLine ?? 1, column: 1 }, diagnostics);
  return deepFreeze(result);
}

/**
 * A parsed body is frozen, whether it was just parsed or read back from the cache (bodyCache.ts), so a
 * later step that changed it in place throws in every run, not only in those that share it between
 * compiles. (lineOf, a WeakMap, keeps working: freezing does not reach its entries.)
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

type Context = { body: string; file: string; diagnostics: DiagnosticList; result: ParsedBody; options: BodyOptions };

function at(node: Nodes): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Checks and rewrites everything inline: raw HTML, headings, pictures, links, stray text directives. */
function rewriteInline(tree: Root, context: Context): void {
  const { diagnostics } = context;
  walk(tree, (node, parent, index) => {
    switch (node.type) {
      case 'html':
        diagnostics.error(at(node), 'raw HTML is not allowed in lessons', 'use Markdown, or a :::tip / :::warning / :::activity block (see content/README.md)');
        parent.children.splice(index, 1);
        return index;
      case 'heading':
        if (node.depth < 3) {
          diagnostics.error(at(node), `"${'#'.repeat(node.depth)}" headings are reserved for the app`, 'start headings inside a lesson with "###"; the title comes from the front matter and parts from ::part');
        }
        return;
      case 'image':
        node.url = resolveImage(node.url, node.alt, node, context);
        return;
      case 'imageReference':
        diagnostics.error(at(node), 'reference-style pictures are not supported', 'write the picture as ![description](images/file.svg)');
        return;
      case 'link':
      case 'definition':
        node.url = resolveLink(node.url, node, context);
        return;
      case 'textDirective': {
        // "7:30" or "Lưu ý:bạn" parse as directives; nobody means that in a lesson, so keep the text.
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        parent.children.splice(index, 1, { type: 'text', value: context.body.slice(start, end) } as RootContent);
        return;
      }
      case 'containerDirective':
      case 'leafDirective':
      case 'code':
        if (parent.type !== 'root') {
          const what = node.type === 'code' ? 'a quiz block' : `"${node.type === 'leafDirective' ? '::' : ':::'}${node.name}"`;
          if (node.type !== 'code' || node.lang === QUIZ_LANG) {
            diagnostics.error(at(node), `${what} cannot be put inside another block`, 'close the outer block with ":::" first');
            parent.children.splice(index, 1);
            return index;
          }
        }
        return;
      default:
        return;
    }
  });
}

/** Depth-first walk whose visitor may remove the current node by returning the index to continue at. */
function walk(parent: Parents, visit: (node: RootContent, parent: Parents, index: number) => number | void): void {
  let i = 0;
  while (i < parent.children.length) {
    const node = parent.children[i] as RootContent;
    const next = visit(node, parent, i);
    if (typeof next === 'number') {
      i = next;
      continue;
    }
    if ('children' in node) walk(node as Parents, visit);
    i++;
  }
}

function resolveImage(url: string, alt: string | null | undefined, node: Nodes, context: Context): string {
  if (!alt || alt.trim() === '') {
    context.diagnostics.error(at(node), `picture "${url}" has no description`, 'write what the picture shows between the brackets: ![Two children at a computer](images/x.svg)');
  }
  const picture = resolvePicture(url, at(node), context);
  if (!picture) return '';
  const { size } = picture;
  if (size && node.type === 'image') node.data = { ...node.data, hProperties: { ...node.data?.hProperties, width: size.width, height: size.height } };
  return assetMarker(picture.index);
}

/**
 * One rule for every picture a lesson shows, in its text or as a quiz answer: a file of the pack,
 * named safely, reached through real folders, and safe to ship (pictures.ts). Problems are reported at
 * `where`; a picture that passes becomes one of the lesson's assets.
 */
function resolvePicture(url: string, where: Position, { file, diagnostics, result, options }: Context): { index: number; size?: PictureSize } | undefined {
  if (ANY_SCHEME.test(url) || url.startsWith('//')) {
    diagnostics.error(where, `picture "${url}" is not a file of the lesson pack`, 'the app works offline and loads nothing from other sites: put the picture in the images/ folder');
    return undefined;
  }
  const badCharacter = PICTURE_NAME_FORBIDDEN.exec(url);
  if (badCharacter) {
    const shown = badCharacter[0] < ' ' || badCharacter[0] === '\u007f' ? codePointName(badCharacter[0]) : `"${badCharacter[0]}"`;
    diagnostics.error(where, `picture "${url}" has ${shown} in its name`, 'name picture files with letters, digits, "-", "_" and "." only, and write the path as it is (no %20, ? or #)');
    return undefined;
  }
  if (path.isAbsolute(url) || url.startsWith('/')) {
    diagnostics.error(where, `picture "${url}" is not a file of the lesson pack`, 'write the path relative to the lesson file, e.g. images/x.svg');
    return undefined;
  }
  const target = path.resolve(path.dirname(file), url);
  if (!IMAGE_EXTENSIONS.has(path.extname(target).toLowerCase())) {
    diagnostics.error(where, `picture "${url}" is not an image file`, `use one of ${[...IMAGE_EXTENSIONS].join(', ')}`);
    return undefined;
  }
  const status = options.pictureStatus(target);
  if (status === 'missing') {
    diagnostics.error(where, `picture "${url}" not found`, `check the path; it is relative to the lesson file, e.g. images/${path.basename(url)}`);
    return undefined;
  }
  if (status !== 'file') {
    const why = { outside: 'is outside the lesson pack', symlink: 'is reached through a link (symlink)', 'not-a-file': 'is not a file' }[status];
    diagnostics.error(where, `picture "${url}" ${why}`, 'put the picture itself (not a link to it) in the images/ folder beside the lesson');
    return undefined;
  }
  if (!options.pictureIsSafe(target)) {
    diagnostics.error(where, `picture "${url}" is not a safe picture`, `fix the problems reported in ${path.basename(target)}`);
    return undefined;
  }
  const size = options.pictureSize?.(target);
  let index = result.assets.indexOf(target);
  if (index === -1) index = result.assets.push(target) - 1;
  return { index, ...(size ? { size } : {}) };
}

function resolveLink(url: string, node: Nodes, { file, diagnostics, options }: Context): string {
  if (url.startsWith('#') || SAFE_SCHEMES.test(url)) return url;
  if (ANY_SCHEME.test(url)) {
    diagnostics.error(at(node), `link "${url}" uses a scheme that is not allowed`, 'links may go to another lesson (its .md file), https://, mailto: or tel:');
    return '#';
  }
  const [filePart] = url.split('#');
  if (!filePart?.endsWith('.md')) {
    diagnostics.error(at(node), `link "${url}" does not point to a lesson`, 'link to another lesson by its Markdown file, e.g. ../hotline-111/goi-111.vi.md');
    return '#';
  }
  const target = path.resolve(path.dirname(file), safeDecode(filePart));
  const linked = options.lessonAt(target);
  const relative = path.relative(path.dirname(file), target);
  if (linked === 'missing') {
    diagnostics.error(at(node), `link to a lesson that does not exist: ${relative}`, 'check the path; it is relative to this file');
    return '#';
  }
  if (linked === 'unreadable') {
    diagnostics.error(at(node), `link to a lesson that has errors: ${relative}`, 'fix the errors reported in that file');
    return '#';
  }
  return linked.href;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function readPart(node: LeafDirective, { diagnostics }: Context): Part | undefined {
  if (node.name !== 'part') {
    diagnostics.error(at(node), `unknown line "::${node.name}"`, 'the only "::" line is ::part{kind=warmup}; blocks start with ":::"');
    return undefined;
  }
  const { kind, minutes, ...rest } = node.attributes ?? {};
  reportUnknownAttributes(node, rest, diagnostics);
  if (!kind || !(PART_KINDS as readonly string[]).includes(kind)) {
    diagnostics.error(at(node), `::part needs kind=${PART_KINDS.join('|')}`, `it has ${kind ? `kind=${kind}` : 'no kind'}`);
    return undefined;
  }
  const label = toString(node).trim();
  return { kind: kind as PartKind, ...readMinutes(node, minutes, diagnostics), ...(label ? { label } : {}) };
}

function readCallout(node: ContainerDirective, { diagnostics }: Context): Extract<Block, { type: 'callout' }> | undefined {
  if (!(CALLOUT_KINDS as readonly string[]).includes(node.name)) {
    diagnostics.error(at(node), `unknown block ":::${node.name}"`, `blocks are ${BLOCK_NAMES.map((k) => `:::${k}`).join(', ')}`);
    return undefined;
  }
  const { minutes, ...rest } = node.attributes ?? {};
  reportUnknownAttributes(node, rest, diagnostics);
  const { title, children } = splitLabel(node);
  return {
    type: 'callout',
    kind: node.name as CalloutKind,
    ...(title ? { title } : {}),
    ...readMinutes(node, minutes, diagnostics),
    flow: flowOf(children),
  };
}

/** `:::name[Label]`: the label is the block's first paragraph, marked by remark-directive. */
function splitLabel(node: ContainerDirective): { title: string; children: RootContent[] } {
  const [first, ...others] = node.children;
  const hasLabel = first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
  return { title: hasLabel ? toString(first).trim() : '', children: hasLabel ? others : node.children };
}

/** `:::cards[Title]` holds one list; each top-level item is one card. The activity has the minutes. */
function readCards(node: ContainerDirective, { diagnostics }: Context): Extract<Block, { type: 'cards' }> | undefined {
  const { minutes, ...rest } = node.attributes ?? {};
  if (minutes !== undefined) diagnostics.error(at(node), ':::cards takes no minutes', 'put the minutes on the :::activity that uses the cards');
  reportUnknownAttributes(node, rest, diagnostics);
  const { title, children } = splitLabel(node);
  if (!title) diagnostics.error(at(node), ':::cards needs a title', 'write it in brackets: :::cards[Thẻ tình huống]');
  const [list, ...others] = children;
  if (list?.type !== 'list' || others.length > 0) {
    const stray = list?.type === 'list' ? others[0] : list;
    diagnostics.error(stray ? at(stray) : at(node), ':::cards holds only a list, one item per card', 'write each card as a list item "- …"; put instructions in the :::activity');
    return undefined;
  }
  const { min, max } = CARDS_PER_BLOCK;
  if (list.children.length < min || list.children.length > max) {
    diagnostics.error(at(node), `:::cards has ${list.children.length} card${list.children.length === 1 ? '' : 's'}; a block holds ${min} to ${max}`, 'split a long set into two :::cards blocks, or merge a short one into the activity');
  }
  if (!title) return undefined;
  return { type: 'cards', title, cards: list.children.map((item) => listItemLeaf(item, list)) };
}

function reportUnknownAttributes(node: Nodes, attributes: Record<string, unknown>, diagnostics: DiagnosticList): void {
  for (const name of Object.keys(attributes)) {
    diagnostics.error(at(node), `unknown attribute "${name}"`, 'blocks take only {minutes=10}; ::part takes {kind=… minutes=…}');
  }
}

function readMinutes(node: Nodes, value: string | null | undefined, diagnostics: DiagnosticList): { minutes?: number } {
  if (value === undefined || value === null) return {};
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes <= 0 || minutes > 180) {
    diagnostics.error(at(node), `minutes=${value} is not a number of minutes`, 'write a whole number, e.g. minutes=10');
    return {};
  }
  return { minutes };
}

function readQuiz(node: Code, context: Context): Question[] {
  const fenceLine = node.position?.start.line ?? 1;
  const indent = (node.position?.start.column ?? 1) - 1;
  // A picture answer's src is its asset reference, which the emitter turns into the picture's URL.
  const resolve: ResolvePicture = (url, where) => {
    const picture = resolvePicture(url, where, context);
    return picture && { src: assetReference(picture.index), ...picture.size };
  };
  return parseQuizBlock({ text: node.value, firstLine: fenceLine + 1, columnOffset: indent }, context.diagnostics, resolve) ?? [];
}

/** Where each question of a quiz block starts: its "- id: …" line. */
function questionLinesOf(node: Code): Record<string, number> {
  const fenceLine = node.position?.start.line ?? 1;
  const lines: Record<string, number> = {};
  node.value.split('\n').forEach((text, i) => {
    const id = /^\s*-\s+id:\s*["']?([a-z0-9][a-z0-9-]*)/.exec(text)?.[1];
    if (id && !(id in lines)) lines[id] = fenceLine + 1 + i;
  });
  return lines;
}

function checkQuestionIds(quiz: Question[], quizStart: Position, diagnostics: DiagnosticList): void {
  const seen = new Set<string>();
  for (const question of quiz) {
    if (seen.has(question.id)) diagnostics.error(quizStart, `two questions have the id "${question.id}"`, 'give every question of the lesson its own id');
    seen.add(question.id);
  }
}
