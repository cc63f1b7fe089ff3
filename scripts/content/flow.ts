/**
 * Markdown blocks turned into the structure screens use (src/content/types.ts, Flow and Leaf): the
 * compiler knows where a paragraph's sentences, a list's items and a table's rows begin, so it says so,
 * and HTML is written only for the leaves. Screens never parse HTML: the presenter cuts slides between
 * these pieces, printouts lay them out, and the lesson page renders them.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast, type Raw } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { SENTENCE_END } from '../../src/content/sentences.ts';
import type { Flow, Leaf } from '../../src/content/types.ts';

/**
 * How HTML refers to the picture `assets[index]` until the emitter splices in its URL. It starts with a
 * raw "&", which the HTML serialiser writes as `&#x26;` everywhere else (text and attribute values), so
 * no lesson text can produce it: the compiler inserts it as raw markup after escaping (see decorate).
 */
export function assetReference(index: number): string {
  return `&ASSET${index};`;
}
export const ASSET_REFERENCE = /&ASSET(\d+);/g;

/** The URL a picture gets in the Markdown tree (see markdown.ts), replaced by its reference when serialised. */
export function assetMarker(index: number): string {
  return `asset:${index}`;
}
const ASSET_MARKER = /^asset:(\d+)$/;

/** Raw nodes come only from decorate: toHast is not asked to keep Markdown's HTML, which is rejected anyway. */
const SERIALISE = { allowDangerousHtml: true } as const;
/** Elements that start a line of their own, for measuring (see Leaf.lines). */
const LINE_ELEMENTS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dt', 'dd']);

export function flowOf(nodes: readonly RootContent[]): Flow[] {
  return nodes.flatMap((node): Flow[] => {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(Math.max(node.depth, 3), 6) as 3 | 4 | 5 | 6;
        return [{ type: 'heading', level, html: renderInline(node.children), text: plainText(node).trim() }];
      }
      case 'paragraph':
        return [{ type: 'paragraph', sentences: sentencesOf(node) }];
      case 'list':
        return [{ type: 'list', ordered: node.ordered === true, ...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}), items: node.children.map((item) => listItemLeaf(item, node)) }];
      case 'table':
        return [tableOf(node)];
      case 'blockquote':
        return [{ type: 'quote', flow: flowOf(node.children) }];
      case 'definition':
      case 'html':
        return [];
      default: {
        const leaf = leafOf([node], renderBlocks([node]));
        return leaf.html.trim() === '' ? [] : [{ type: 'other', leaf }];
      }
    }
  });
}

/** One leaf per list item; in a tight list its paragraph is unwrapped, as inside an <li>. */
export function listItemLeaf(item: ListItem, list: List): Leaf {
  // Rendered alone, the item must still know whether its list is loose (any item spread).
  const spread = list.spread === true || list.children.some((child) => child.spread === true);
  const hast = toHast({ type: 'root', children: [{ ...list, spread, children: [{ ...item, spread }] }] } as Root) as HastRoot;
  decorate(hast);
  const ul = hast.children.find((c): c is Element => c.type === 'element');
  const li = ul?.children.find((c): c is Element => c.type === 'element');
  const html = li ? toHtml(li.children, SERIALISE).trim() : '';
  // The <li> itself starts a line, and so does each paragraph or nested item inside it.
  return leafOf(item.children, html, 1 + (li ? countLines(li.children) : 0), ' ');
}

/** A paragraph cut between sentences, only where the cut is in its own text (never inside bold etc.). */
function sentencesOf(paragraph: Paragraph): Leaf[] {
  const groups: PhrasingContent[][] = [[]];
  paragraph.children.forEach((child, i) => {
    if (child.type !== 'text') {
      groups[groups.length - 1]!.push(child);
      return;
    }
    const previous = paragraph.children[i - 1];
    const before = previous ? plainText(previous).slice(-1) : '';
    let from = 0;
    for (const match of (before + child.value).matchAll(SENTENCE_END)) {
      const cut = match.index + match[0].length - before.length;
      if (cut <= from || cut >= child.value.length) continue;
      groups[groups.length - 1]!.push({ type: 'text', value: child.value.slice(from, cut) });
      groups.push([]);
      from = cut;
    }
    groups[groups.length - 1]!.push({ type: 'text', value: child.value.slice(from) });
  });
  return groups.filter((group) => group.length > 0).map((group) => leafOf(group, renderInline(group)));
}

function tableOf(table: Table): Flow {
  const [head, ...rows] = table.children;
  const cells = (row: Table['children'][number] | undefined) => (row?.children ?? []).map((cell) => leafOf(cell.children, renderInline(cell.children)));
  return { type: 'table', align: (table.align ?? []).map((a) => a ?? null), head: cells(head), rows: rows.map(cells) };
}

/** `between` joins the text of sibling nodes: nothing for inline content, a space between blocks. */
function leafOf(nodes: readonly Nodes[], html: string, lines = 1, between = ''): Leaf {
  const pictures = nodes.reduce((sum, node) => sum + countPictures(node), 0);
  const text = nodes
    .map((node) => plainText(node))
    .join(between)
    .replace(/\s+/g, ' ')
    .trim();
  return { html, text, ...(pictures > 0 ? { pictures } : {}), ...(lines > 1 ? { lines } : {}) };
}

/** Visible text: a picture's description is not text on the page. */
export function plainText(node: Nodes): string {
  return toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ');
}

function countPictures(node: Nodes): number {
  if (node.type === 'image') return 1;
  return 'children' in node ? (node.children as Nodes[]).reduce((sum, child) => sum + countPictures(child), 0) : 0;
}

function countLines(nodes: readonly (ElementContent | HastContent)[]): number {
  return nodes.reduce((sum, node) => (node.type === 'element' ? sum + (LINE_ELEMENTS.has(node.tagName) ? 1 : 0) + countLines(node.children) : sum), 0);
}

/** Markdown blocks as HTML. */
function renderBlocks(nodes: readonly RootContent[]): string {
  const hast = toHast({ type: 'root', children: nodes } as Root) as HastRoot;
  decorate(hast);
  return toHtml(hast, SERIALISE);
}

/** Inline content as HTML: rendered inside a paragraph (so nothing is added between nodes), then unwrapped. */
function renderInline(nodes: readonly PhrasingContent[]): string {
  const hast = toHast({ type: 'root', children: [{ type: 'paragraph', children: nodes }] } as Root) as HastRoot;
  decorate(hast);
  const paragraph = hast.children.find((c): c is Element => c.type === 'element');
  return paragraph ? toHtml(paragraph.children, SERIALISE) : '';
}

/**
 * External links open in a new tab without giving it our window; pictures decode off the main thread
 * and point at their asset reference, written as raw markup so the serialiser doesn't escape its "&".
 */
function decorate(node: HastRoot | Element): void {
  node.children.forEach((child, i) => {
    if (child.type !== 'element') return;
    if (child.tagName === 'a' && /^https?:/i.test(String(child.properties.href ?? ''))) {
      child.properties.target = '_blank';
      child.properties.rel = ['noopener', 'noreferrer'];
    }
    if (child.tagName === 'img') {
      child.properties.decoding = 'async';
      const asset = ASSET_MARKER.exec(String(child.properties.src ?? ''));
      if (asset) {
        // Serialise the element with an empty src, then put the reference in that (first) attribute.
        const html = toHtml({ ...child, properties: { ...child.properties, src: '' } });
        node.children[i] = { type: 'raw', value: html.replace(/^<img src=""/, `<img src="${assetReference(Number(asset[1]))}"`) } as Raw;
        return;
      }
    }
    decorate(child);
  });
}
