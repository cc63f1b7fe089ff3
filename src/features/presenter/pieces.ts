/**
 * Compiled content (Flow, see src/content/types.ts) as pieces small enough for a projector slide. The
 * compiler already says where content may break — between sentences, list items, table rows and the
 * blocks of a quotation — so this module only weighs the pieces and puts cut ones back together. It
 * never reads HTML.
 */
import type { Flow, Leaf } from '../../content/types';

export interface Piece {
  /** The piece's content: a whole Flow item, or a part of one (some of a list's items …). */
  flow: Flow;
  weight: number;
  /** A heading: a slide should start with it rather than end with it. */
  heading?: string;
  /** Pieces cut from the same Flow item share its number and are joined again on one slide. */
  container?: number;
}

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

export function leafWeight(leaf: Leaf): number {
  const pictures = leaf.pictures ?? 0;
  const text = leaf.text.length > 0 || pictures > 0 ? leaf.text.length + (leaf.lines ?? 1) * WEIGHTS.line : 0;
  return text + pictures * WEIGHTS.picture;
}

function rowWeight(cells: readonly Leaf[]): number {
  const fullest = Math.max(0, ...cells.map((cell) => cell.text.length));
  return fullest * cells.length * WEIGHTS.tableCell + WEIGHTS.line + cells.reduce((sum, cell) => sum + (cell.pictures ?? 0) * WEIGHTS.picture, 0);
}

/** How much room some content takes on a slide (see WEIGHTS). */
export function weightOf(flow: Flow): number {
  switch (flow.type) {
    case 'heading':
      return Math.round(flow.text.length * WEIGHTS.headingFactor + WEIGHTS.line);
    case 'paragraph':
      return Math.round(sentencesWeight(flow.sentences));
    case 'list':
      return Math.round(flow.items.reduce((sum, item) => sum + leafWeight(item), 0));
    case 'table':
      return Math.round([flow.head, ...flow.rows].filter((row) => row.length > 0).reduce((sum, row) => sum + rowWeight(row), 0));
    case 'quote':
      return flow.flow.reduce((sum, child) => sum + weightOf(child), 0);
    case 'other':
      return Math.round(leafWeight(flow.leaf));
  }
}

/** A paragraph takes one line end, whichever of its sentences falls on a slide. */
function sentencesWeight(sentences: readonly Leaf[]): number {
  const text = sentences.reduce((sum, sentence) => sum + sentence.text.length, 0);
  const pictures = sentences.reduce((sum, sentence) => sum + (sentence.pictures ?? 0), 0);
  return (text > 0 || pictures > 0 ? text + WEIGHTS.line : 0) + pictures * WEIGHTS.picture;
}

/**
 * The content as pieces. A list, quotation, table or paragraph heavier than `splitAbove` becomes one
 * piece per item, block, row or sentence, each remembering where it came from so `joinPieces` can put
 * together (keeping the numbering and the table header) whichever of them end up on the same slide.
 */
export function piecesOf(flow: readonly Flow[], splitAbove: number): Piece[] {
  return flow.flatMap((item, container): Piece[] => {
    const weight = weightOf(item);
    if (item.type === 'heading') return [{ flow: item, weight, heading: item.text }];
    if (weight <= splitAbove) return [{ flow: item, weight }];
    switch (item.type) {
      case 'list':
        return item.items.map((leaf, i) => ({
          flow: { ...item, items: [leaf], ...(item.ordered ? { start: (item.start ?? 1) + i } : {}) },
          weight: Math.round(leafWeight(leaf)),
          container,
        }));
      case 'quote':
        return item.flow.map((child) => ({ flow: { type: 'quote', flow: [child] }, weight: weightOf(child), container }));
      case 'table': {
        // Every slide of the table repeats its header: the first row carries its weight.
        const headWeight = item.head.length > 0 ? rowWeight(item.head) : 0;
        return item.rows.map((row, i) => ({ flow: { ...item, rows: [row] }, weight: Math.round(rowWeight(row) + (i === 0 ? headWeight : 0)), container }));
      }
      case 'paragraph':
        if (item.sentences.length < 2) return [{ flow: item, weight }];
        return item.sentences.map((sentence, i) => ({
          flow: { type: 'paragraph', sentences: [sentence] },
          weight: Math.round(sentencesWeight([sentence]) - (i === 0 ? 0 : WEIGHTS.line)),
          container,
        }));
      default:
        return [{ flow: item, weight }];
    }
  });
}

/** One slide's content: consecutive pieces cut from the same item are joined back into one. */
export function joinPieces(pieces: readonly Piece[]): Flow[] {
  const out: Flow[] = [];
  let container: number | undefined;
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    if (previous && piece.container !== undefined && piece.container === container) out[out.length - 1] = join(previous, piece.flow);
    else out.push(piece.flow);
    container = piece.container;
  }
  return out;
}

function join(a: Flow, b: Flow): Flow {
  if (a.type === 'list' && b.type === 'list') return { ...a, items: [...a.items, ...b.items] };
  if (a.type === 'paragraph' && b.type === 'paragraph') return { ...a, sentences: [...a.sentences, ...b.sentences] };
  if (a.type === 'table' && b.type === 'table') return { ...a, rows: [...a.rows, ...b.rows] };
  if (a.type === 'quote' && b.type === 'quote') return { ...a, flow: [...a.flow, ...b.flow] };
  return b;
}
