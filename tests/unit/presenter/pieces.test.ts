import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/content/types';
import { joinPieces, piecesOf, weightOf, WEIGHTS } from '../../../src/features/presenter/pieces';
import { heading, leaf, list, p } from './factories';

describe('cutting compiled content into slide pieces', () => {
  it('weighs text by its characters and lines, pictures and table rows more than their text', () => {
    expect(weightOf(p('abc'))).toBe(3 + WEIGHTS.line);
    expect(weightOf({ type: 'paragraph', sentences: [{ html: '<img src="x" alt="một bức tranh rất dài">', text: '', pictures: 1 }] })).toBe(WEIGHTS.line + WEIGHTS.picture);
    expect(weightOf(heading('Tiêu đề'))).toBe(Math.round(7 * WEIGHTS.headingFactor + WEIGHTS.line));
    const table: Flow = { type: 'table', align: [null, null], head: [], rows: [[leaf('ngắn'), leaf('một ô dài hơn nhiều')]] };
    expect(weightOf(table)).toBeGreaterThan('ngắn một ô dài hơn nhiều'.length);
    expect(weightOf({ type: 'list', ordered: false, items: [{ html: '<p>a</p><p>b</p>', text: 'a b', lines: 3 }] })).toBe(3 + 3 * WEIGHTS.line);
  });

  it('keeps small blocks whole and marks headings', () => {
    const pieces = piecesOf([heading('Phần 1'), p('Một câu.')], 100);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toMatchObject({ heading: 'Phần 1' });
    expect(pieces[1]?.flow).toEqual(p('Một câu.'));
  });

  it('cuts a long ordered list between items and keeps its numbering on the next slide', () => {
    const items = Array.from({ length: 6 }, (_, i) => `Bước số ${i + 1} của hoạt động`);
    const pieces = piecesOf([list(items, true, 3)], 50);
    expect(pieces).toHaveLength(6);
    expect(joinPieces(pieces.slice(0, 2))).toEqual([{ type: 'list', ordered: true, start: 3, items: [leaf(items[0]!), leaf(items[1]!)] }]);
    expect(joinPieces(pieces.slice(2, 4))).toEqual([{ type: 'list', ordered: true, start: 5, items: [leaf(items[2]!), leaf(items[3]!)] }]);
  });

  it('cuts a long paragraph between the sentences the compiler found, and puts them back together', () => {
    const paragraph = p('Không. Thật đấy.', 'Nga không có lỗi.', 'Người bắt nạt phải chịu trách nhiệm!', 'Em hãy kể với người lớn.');
    const pieces = piecesOf([paragraph], 20);
    expect(pieces).toHaveLength(4);
    expect(pieces.map((piece) => joinPieces([piece])[0])).toEqual(paragraph.type === 'paragraph' ? paragraph.sentences.map((s) => ({ type: 'paragraph', sentences: [s] })) : []);
    expect(joinPieces(pieces)).toEqual([paragraph]);
    // One paragraph wastes one line end, whichever sentence it falls to.
    expect(pieces.reduce((sum, piece) => sum + piece.weight, 0)).toBe(weightOf(paragraph));
  });

  it('repeats the table header on every slide of a long table', () => {
    const head = [leaf('Hình thức'), leaf('Ví dụ')];
    const rows = Array.from({ length: 5 }, (_, i) => [leaf(`Hình thức ${i}`), leaf(`Ví dụ dài dòng số ${i}`)]);
    const pieces = piecesOf([{ type: 'table', align: [null, null], head, rows }], 60);
    expect(pieces).toHaveLength(5);
    expect(joinPieces(pieces.slice(3))).toEqual([{ type: 'table', align: [null, null], head, rows: rows.slice(3) }]);
  });

  it('cuts a long quotation (a dialogue) between its paragraphs', () => {
    const lines = Array.from({ length: 4 }, (_, i) => p(`Người ${i}: Xin chào, tôi nói câu thứ ${i}.`));
    const pieces = piecesOf([{ type: 'quote', flow: lines }], 60);
    expect(pieces).toHaveLength(4);
    expect(joinPieces(pieces.slice(0, 2))).toEqual([{ type: 'quote', flow: lines.slice(0, 2) }]);
  });

  it('never joins pieces of two different items', () => {
    const a = list(Array.from({ length: 4 }, () => 'một mục khá dài của danh sách'));
    const pieces = piecesOf([a, a], 50);
    expect(joinPieces(pieces)).toEqual([a, a]);
  });
});
