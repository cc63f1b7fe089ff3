/**
 * Cuts compiled lesson HTML into pieces small enough for a projector slide, without a DOM (so it runs
 * in any test environment). The input is the content compiler's output — markup generated from
 * Markdown, always well formed, with `<` and `&` escaped in text — so a tag scanner is enough: it is
 * not a general HTML parser and must not be used on other markup.
 */

export interface HtmlNode {
  /** Lower-case tag name, or null for a run of text. */
  tag: string | null;
  start: number;
  end: number;
  /** Where the element's content starts and ends (after its opening tag, before its closing tag). */
  innerStart: number;
  innerEnd: number;
  children: HtmlNode[];
}

/** Where a piece cut out of a list, quotation, table or paragraph belongs. */
export interface Container {
  id: number;
  openingTag: string;
  closingTag: string;
  /** What goes between the pieces: a new line, or nothing between the sentences of a paragraph. */
  separator: string;
  /** The number of this list item (ordered lists). */
  number?: number;
}

export interface HtmlPiece {
  html: string;
  weight: number;
  /** A heading: a slide should start with it rather than end with it. */
  heading?: string;
  container?: Container;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

/**
 * Room taken, in "characters of running text": a line that ends early wastes about half a line, and a
 * picture or a table row takes more than its text. Tuned by measuring every slide of the curriculum at
 * 1280×720 and 1024×768 in Chromium (the e2e test checks that slides fit).
 */
export const WEIGHTS = {
  /** Each paragraph, list item or heading. */
  line: 32,
  picture: 380,
  headingFactor: 1.4,
  /** A table row is as tall as its fullest cell, squeezed into a column: text × columns × this. */
  tableCell: 0.9,
} as const;

export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlNode = { tag: '#root', start: 0, end: html.length, innerStart: 0, innerEnd: html.length, children: [] };
  const stack: HtmlNode[] = [root];
  let position = 0;
  const addText = (from: number, to: number) => {
    if (to > from) stack[stack.length - 1]!.children.push({ tag: null, start: from, end: to, innerStart: from, innerEnd: to, children: [] });
  };
  for (const match of html.matchAll(TAG)) {
    const at = match.index;
    addText(position, at);
    position = at + match[0].length;
    const name = match[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (match[1]) {
      closeElement(stack, name, at, position);
    } else if (VOID_ELEMENTS.has(name) || match[4]) {
      stack[stack.length - 1]!.children.push({ tag: name, start: at, end: position, innerStart: position, innerEnd: position, children: [] });
    } else {
      const element: HtmlNode = { tag: name, start: at, end: html.length, innerStart: position, innerEnd: html.length, children: [] };
      stack[stack.length - 1]!.children.push(element);
      stack.push(element);
    }
  }
  addText(position, html.length);
  return root.children;
}

function closeElement(stack: HtmlNode[], name: string, closeStart: number, closeEnd: number): void {
  let index = stack.length - 1;
  while (index > 0 && stack[index]!.tag !== name) index -= 1;
  if (index === 0) return; // a stray closing tag: ignore it
  // Elements left open inside (never in compiled HTML) end where their parent's closing tag starts.
  while (stack.length > index + 1) {
    const unclosed = stack.pop()!;
    unclosed.innerEnd = closeStart;
    unclosed.end = closeStart;
  }
  const element = stack.pop()!;
  element.innerEnd = closeStart;
  element.end = closeEnd;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of some compiled HTML, for measuring and for plain-text captions. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** How much room some HTML takes on a slide (see WEIGHTS). */
export function weightOf(html: string): number {
  let rows = 0;
  const withoutRows = html.replace(/<tr\b[\s\S]*?<\/tr>/gi, (row) => {
    const cells = [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) => plainText(cell[1] ?? '').length);
    rows += Math.max(0, ...cells) * cells.length * WEIGHTS.tableCell + WEIGHTS.line;
    return '';
  });
  const lines = (withoutRows.match(/<(p|li|h[1-6]|pre|dt|dd)\b/gi) ?? []).length;
  const pictures = (withoutRows.match(/<img\b/gi) ?? []).length;
  const text = plainText(withoutRows).length;
  const isHeading = /^\s*<h[1-6]\b/i.test(html);
  const textWeight = text > 0 || pictures > 0 ? (isHeading ? text * WEIGHTS.headingFactor : text) + Math.max(lines, 1) * WEIGHTS.line : 0;
  return Math.round(textWeight + pictures * WEIGHTS.picture + rows);
}

/**
 * The top-level blocks of `html` as pieces. A list, quotation, table or paragraph heavier than
 * `splitAbove` becomes one piece per item, row or sentence, each remembering its container so
 * `joinPieces` can rebuild it (with its numbering or table header) from whichever of them end up on
 * the same slide.
 */
export function piecesOf(html: string, splitAbove: number): HtmlPiece[] {
  return parseHtml(html).flatMap((node, nodeIndex): HtmlPiece[] => {
    const outer = html.slice(node.start, node.end);
    if (node.tag === null && outer.trim() === '') return [];
    const weight = weightOf(outer);
    if (/^h[1-6]$/.test(node.tag ?? '')) return [{ html: outer, weight, heading: plainText(outer) }];
    if (weight <= splitAbove) return [{ html: outer, weight }];
    switch (node.tag) {
      case 'ol':
      case 'ul':
        return listItems(html, node, nodeIndex);
      case 'blockquote':
        return childBlocks(html, node, nodeIndex);
      case 'table':
        return tableRows(html, node, nodeIndex);
      case 'p':
        return sentences(html, node, nodeIndex);
      default:
        return [{ html: outer, weight }];
    }
  });
}

function elementChildren(node: HtmlNode, tag?: string): HtmlNode[] {
  return node.children.filter((child) => child.tag !== null && (!tag || child.tag === tag));
}

function listItems(html: string, list: HtmlNode, id: number): HtmlPiece[] {
  const openingTag = html.slice(list.start, list.innerStart);
  const firstNumber = Number(/\sstart="?(\d+)/.exec(openingTag)?.[1] ?? 1);
  return elementChildren(list, 'li').map((item, i) => {
    const itemHtml = html.slice(item.start, item.end);
    const container: Container = { id, openingTag, closingTag: `</${list.tag}>`, separator: '\n', ...(list.tag === 'ol' ? { number: firstNumber + i } : {}) };
    return { html: itemHtml, weight: weightOf(itemHtml), container };
  });
}

function childBlocks(html: string, parent: HtmlNode, id: number): HtmlPiece[] {
  const container: Container = { id, openingTag: html.slice(parent.start, parent.innerStart), closingTag: `</${parent.tag}>`, separator: '\n' };
  return elementChildren(parent).map((child) => {
    const childHtml = html.slice(child.start, child.end);
    return { html: childHtml, weight: weightOf(childHtml), container };
  });
}

/** Rows of the table body; every slide of the table repeats its header. */
function tableRows(html: string, table: HtmlNode, id: number): HtmlPiece[] {
  const head = elementChildren(table, 'thead')[0];
  const bodies = elementChildren(table, 'tbody');
  const rows = bodies.length > 0 ? bodies.flatMap((body) => elementChildren(body, 'tr')) : elementChildren(table, 'tr');
  const headHtml = head ? html.slice(head.start, head.end) : '';
  const container: Container = { id, openingTag: `${html.slice(table.start, table.innerStart)}\n${headHtml}\n<tbody>`, closingTag: '</tbody>\n</table>', separator: '\n' };
  const headWeight = headHtml ? weightOf(headHtml) : 0;
  return rows.map((row, i) => {
    const rowHtml = html.slice(row.start, row.end);
    return { html: rowHtml, weight: weightOf(rowHtml) + (i === 0 ? headWeight : 0), container };
  });
}

/** Cuts a paragraph between sentences, only where the cut is in its own text (not inside bold etc.). */
function sentences(html: string, paragraph: HtmlNode, id: number): HtmlPiece[] {
  const cuts: number[] = [];
  paragraph.children.forEach((child, i) => {
    if (child.tag !== null) return;
    const text = html.slice(child.start, child.end);
    const previous = paragraph.children[i - 1];
    const before = previous ? plainText(html.slice(previous.start, previous.end)).slice(-1) : '';
    for (const match of (before + text).matchAll(/[.!?…]["”’»)]*(\s+)(?=["“«(]?\p{Lu})/gu)) {
      const cut = child.start + match.index + match[0].length - before.length;
      if (cut > child.start && cut < child.end) cuts.push(cut);
    }
  });
  if (cuts.length === 0) {
    const whole = html.slice(paragraph.start, paragraph.end);
    return [{ html: whole, weight: weightOf(whole) }];
  }
  const bounds = [paragraph.innerStart, ...cuts, paragraph.innerEnd];
  const container: Container = { id, openingTag: html.slice(paragraph.start, paragraph.innerStart), closingTag: '</p>', separator: '' };
  return bounds.slice(1).map((end, i) => {
    const text = html.slice(bounds[i], end);
    // One paragraph wastes one line end, whichever sentence it falls to: count it on the first.
    return { html: text, weight: weightOf(text) - (i === 0 ? 0 : WEIGHTS.line), container };
  });
}

/** The HTML of one slide's pieces: pieces of the same container are put back together in it. */
export function joinPieces(pieces: readonly HtmlPiece[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    const container = pieces[i]!.container;
    if (!container) {
      parts.push(pieces[i]!.html);
      i += 1;
      continue;
    }
    let j = i;
    while (j < pieces.length && pieces[j]!.container?.id === container.id) j += 1;
    const inner = pieces
      .slice(i, j)
      .map((piece) => piece.html)
      .join(container.separator);
    const sep = container.separator;
    parts.push(`${openingWithNumber(container)}${sep}${sep ? inner : inner.trim()}${sep}${container.closingTag}`);
    i = j;
  }
  return parts.join('\n');
}

/** An ordered list continued on another slide keeps counting from where its first item is. */
function openingWithNumber(container: Container): string {
  if (container.number === undefined) return container.openingTag;
  const withoutStart = container.openingTag.replace(/\sstart=("[^"]*"|'[^']*'|[^\s>]+)/, '');
  return container.number === 1 ? withoutStart : withoutStart.replace(/^<ol/i, `<ol start="${container.number}"`);
}
