import { describe, expect, it } from 'vitest';
import { joinPieces, parseHtml, piecesOf, plainText, weightOf, WEIGHTS } from '../../../src/features/presenter/htmlFragments';

describe('cutting compiled HTML into slide pieces', () => {
  it('finds the top-level blocks, with void elements and attributes containing ">"', () => {
    const html = '<h3>Tiêu đề</h3>\n<p><img src="a.svg" alt="a > b"></p>\n<ul>\n<li>Một</li>\n</ul>';
    const nodes = parseHtml(html).filter((node) => node.tag !== null);
    expect(nodes.map((node) => node.tag)).toEqual(['h3', 'p', 'ul']);
    expect(html.slice(nodes[1]!.start, nodes[1]!.end)).toBe('<p><img src="a.svg" alt="a > b"></p>');
    expect(nodes[1]!.children.map((child) => child.tag)).toEqual(['img']);
  });

  it('reads visible text with entities decoded', () => {
    expect(plainText('<p>Bố &amp; mẹ &lt;3 &quot;con&quot; &#111;k</p>')).toBe('Bố & mẹ <3 "con" ok');
  });

  it('weighs pictures and table rows more than their text', () => {
    expect(weightOf('<p>abc</p>')).toBe(3 + WEIGHTS.line);
    expect(weightOf('<p><img src="x" alt="một bức tranh rất dài"></p>')).toBe(WEIGHTS.line + WEIGHTS.picture);
    const row = weightOf('<table><tr><td>ngắn</td><td>một ô dài hơn nhiều</td></tr></table>');
    expect(row).toBeGreaterThan(plainText('ngắn một ô dài hơn nhiều').length);
  });

  it('keeps small blocks whole and marks headings', () => {
    const pieces = piecesOf('<h3>Phần 1</h3>\n<p>Một câu.</p>', 100);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toMatchObject({ heading: 'Phần 1' });
    expect(pieces[1]?.html).toBe('<p>Một câu.</p>');
  });

  it('cuts a long ordered list between items and keeps its numbering on the next slide', () => {
    const items = Array.from({ length: 6 }, (_, i) => `<li>Bước số ${i + 1} của hoạt động</li>`).join('\n');
    const pieces = piecesOf(`<ol start="3">\n${items}\n</ol>`, 50);
    expect(pieces).toHaveLength(6);
    expect(joinPieces(pieces.slice(0, 2))).toBe('<ol start="3">\n<li>Bước số 1 của hoạt động</li>\n<li>Bước số 2 của hoạt động</li>\n</ol>');
    expect(joinPieces(pieces.slice(2, 4))).toMatch(/^<ol start="5">\n<li>Bước số 3/);
  });

  it('cuts a long paragraph between sentences, never inside bold text', () => {
    const html = '<p><strong>Không. Thật đấy.</strong> Nga không có lỗi. Người bắt nạt phải chịu trách nhiệm! Em hãy kể với người lớn.</p>';
    const pieces = piecesOf(html, 20);
    const sentences = pieces.map((piece) => joinPieces([piece]));
    expect(sentences).toEqual([
      '<p><strong>Không. Thật đấy.</strong></p>',
      '<p>Nga không có lỗi.</p>',
      '<p>Người bắt nạt phải chịu trách nhiệm!</p>',
      '<p>Em hãy kể với người lớn.</p>',
    ]);
    expect(joinPieces(pieces)).toBe(html);
  });

  it('repeats the table header on every slide of a long table', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<tr>\n<td>Hình thức ${i}</td>\n<td>Ví dụ dài dòng số ${i}</td>\n</tr>`).join('\n');
    const html = `<table class="table">\n<thead>\n<tr>\n<th>Hình thức</th>\n<th>Ví dụ</th>\n</tr>\n</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    const pieces = piecesOf(html, 60);
    expect(pieces).toHaveLength(5);
    const second = joinPieces(pieces.slice(3));
    expect(second).toContain('<th>Hình thức</th>');
    expect(second).toContain('Hình thức 3');
    expect(second).not.toContain('Hình thức 2<');
    expect(second.match(/<\/table>/g)).toHaveLength(1);
  });

  it('cuts a long quotation (a dialogue) between its paragraphs', () => {
    const lines = Array.from({ length: 4 }, (_, i) => `<p><strong>Người ${i}:</strong> Xin chào, tôi nói câu thứ ${i}.</p>`).join('\n');
    const pieces = piecesOf(`<blockquote>\n${lines}\n</blockquote>`, 60);
    expect(pieces).toHaveLength(4);
    expect(joinPieces(pieces.slice(0, 2))).toMatch(/^<blockquote>\n<p><strong>Người 0:<\/strong>[\s\S]*Người 1:[\s\S]*<\/blockquote>$/);
  });
});
