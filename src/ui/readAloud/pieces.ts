/**
 * What read-aloud reads of compiled content, piece by piece, keyed by the same objects FlowView draws:
 * a paragraph's sentences (the compiler cut them), a list's items, a table's cells, a heading. FlowView
 * highlights the element whose object is being read (useIsReading), so nothing is looked up in the DOM.
 */
import type { Flow } from '../../content/types';
import type { Piece } from './speech';

export function flowPieces(flow: readonly Flow[]): Piece[] {
  return flow.flatMap((item): Piece[] => {
    switch (item.type) {
      case 'heading':
        return [{ key: item, text: item.text }];
      case 'paragraph':
        return item.sentences.map((sentence) => ({ key: sentence, text: sentence.text }));
      case 'list':
        return item.items.map((leaf) => ({ key: leaf, text: leaf.text }));
      case 'table':
        return [...item.head, ...item.rows.flat()].map((cell) => ({ key: cell, text: cell.text }));
      case 'quote':
        return flowPieces(item.flow);
      case 'other':
        return [{ key: item.leaf, text: item.leaf.text }];
    }
  });
}
