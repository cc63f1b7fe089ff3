/** The compiler emits structure (sections, blocks, flow) with HTML only in leaves. */
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../src/content/lessonContent';
import type { Flow } from '../../../src/content/types';
import { compilePack, frontMatter, quiz } from './pack';

const FILE = 'lop-4-5/personal-data/bai.vi.md';

function flowOf(markdown: string): Flow[] {
  const result = compilePack({
    [FILE]: frontMatter() + '\n' + markdown + '\n' + quiz(),
    'lop-4-5/personal-data/images/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
  });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const [block] = blocksOf(result.lessons[0]!.lesson);
  if (!block || block.type === 'cards') throw new Error('expected prose');
  return block.flow;
}

describe('the structure of compiled content', () => {
  it('groups blocks into sections by part, with the part’s kind, label and minutes', () => {
    const source = frontMatter() + '\nMở đầu.\n\n::part[Câu chuyện]{kind=warmup minutes=5}\n\nMột.\n\n:::tip\nMẹo.\n:::\n\n::part{kind=explore}\n\nHai.\n' + quiz();
    const { sections } = compilePack({ [FILE]: source }).lessons[0]!.lesson;
    expect(sections.map((s) => ({ part: s.part, blocks: s.blocks.map((b) => (b.type === 'callout' ? b.kind : b.type)) }))).toEqual([
      { part: undefined, blocks: ['prose'] },
      { part: { kind: 'warmup', label: 'Câu chuyện', minutes: 5 }, blocks: ['prose', 'tip'] },
      { part: { kind: 'explore' }, blocks: ['prose'] },
    ]);
  });

  it('cuts a paragraph into sentences, never inside bold text, and keeps it whole when put back', () => {
    const [paragraph] = flowOf('**Không. Thật đấy.** Nga không có lỗi. Người bắt nạt phải chịu trách nhiệm! Em hãy kể với người lớn.');
    expect(paragraph).toEqual({
      type: 'paragraph',
      sentences: [
        { html: '<strong>Không. Thật đấy.</strong> ', text: 'Không. Thật đấy.' },
        { html: 'Nga không có lỗi. ', text: 'Nga không có lỗi.' },
        { html: 'Người bắt nạt phải chịu trách nhiệm! ', text: 'Người bắt nạt phải chịu trách nhiệm!' },
        { html: 'Em hãy kể với người lớn.', text: 'Em hãy kể với người lớn.' },
      ],
    });
  });

  it('keeps headings, list items with their numbering, table rows and quotations as pieces', () => {
    const flow = flowOf(
      [
        '### Luật *chơi*',
        '3. Bước một',
        '4. Bước hai có ![tranh](images/a.svg)',
        '',
        '| Hình thức | Ví dụ |',
        '|:--|--:|',
        '| Nhắn tin | **Dọa** |',
        '| Đăng ảnh | Chế giễu |',
        '',
        '> **Lan:** Chào.',
        '>',
        '> **Minh:** Chào bạn.',
      ].join('\n'),
    );
    expect(flow[0]).toEqual({ type: 'heading', level: 3, html: 'Luật <em>chơi</em>', text: 'Luật chơi' });
    expect(flow[1]).toEqual({ type: 'list', ordered: true, start: 3, items: [{ html: 'Bước một', text: 'Bước một' }, { html: 'Bước hai có <img src="&ASSET0;" alt="tranh" decoding="async">', text: 'Bước hai có', pictures: 1 }] });
    expect(flow[2]).toEqual({
      type: 'table',
      align: ['left', 'right'],
      head: [
        { html: 'Hình thức', text: 'Hình thức' },
        { html: 'Ví dụ', text: 'Ví dụ' },
      ],
      rows: [
        [
          { html: 'Nhắn tin', text: 'Nhắn tin' },
          { html: '<strong>Dọa</strong>', text: 'Dọa' },
        ],
        [
          { html: 'Đăng ảnh', text: 'Đăng ảnh' },
          { html: 'Chế giễu', text: 'Chế giễu' },
        ],
      ],
    });
    expect(flow[3]).toMatchObject({ type: 'quote', flow: [{ type: 'paragraph' }, { type: 'paragraph' }] });
  });

  it('counts the lines a list item starts and the pictures in it, for measuring', () => {
    const [list] = flowOf('- Một đoạn.\n\n  Đoạn hai.\n\n  - con\n- Hai');
    expect(list).toMatchObject({ type: 'list', ordered: false, items: [{ html: expect.stringMatching(/^<p>Một đoạn.<\/p>/), text: 'Một đoạn. Đoạn hai. con', lines: 4 }, { html: '<p>Hai</p>', text: 'Hai', lines: 2 }] });
  });

  it('writes no HTML outside leaves: blocks and flow are plain data', () => {
    const flow = flowOf('### Tiêu đề\n\nĐoạn **đậm**.\n\n- a\n- b');
    const withoutLeaves = JSON.stringify(flow, (key, value: unknown) => (key === 'html' ? undefined : value));
    expect(withoutLeaves).not.toMatch(/[<>]/);
  });
});
