import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../scripts/content/diagnostics';
import { averageSentenceWords } from '../../../scripts/content/checks';
import { loadContent } from '../../../scripts/content/load';
import { compilePack, frontMatter, locations, quiz } from './pack';

const FIXTURES = path.resolve(__dirname, '../../fixtures/content');
const FILE = 'lop-4-5/personal-data/bai.vi.md';

describe('compiling a valid pack', () => {
  const result = loadContent({ root: path.join(FIXTURES, 'valid-pack') });

  it('compiles every lesson in every locale with no diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.lessons.map(({ lesson }) => `${lesson.id}.${lesson.locale}`)).toEqual([
      'fixture-personal-data.en',
      'fixture-personal-data.vi',
      'fixture-hotline.en',
      'fixture-hotline.vi',
    ]);
  });

  it('reads front matter, parts, callouts and the quiz', () => {
    const lesson = result.lessons.find((l) => l.lesson.id === 'fixture-personal-data' && l.lesson.locale === 'vi')!.lesson;
    expect(lesson).toMatchObject({ band: 'lop-4-5', topic: 'personal-data', order: 1, duration: 35, questionCount: 6 });
    expect(lesson.version).toMatch(/^[0-9a-f]{12}$/);
    expect(lesson.blocks.filter((b) => b.type === 'part').map((b) => (b as { kind: string }).kind)).toEqual(['warmup', 'explore']);
    expect(lesson.blocks.filter((b) => b.type === 'callout').map((b) => (b as { kind: string }).kind)).toEqual(['tip', 'help']);
    expect(lesson.quiz.map((q) => q.type)).toEqual(['single', 'multiple', 'true-false', 'scenario', 'true-false', 'single']);
  });

  it('normalises a true-false question into two keyed options', () => {
    const lesson = result.lessons[1]!.lesson;
    expect(lesson.quiz[2]!.options).toEqual([
      { text: 'true', correct: false },
      { text: 'false', correct: true },
    ]);
  });

  it('turns a link to another lesson file into an app route, and pictures into asset tokens', () => {
    const html = result.lessons[1]!.lesson.blocks.map((b) => ('html' in b ? b.html : '')).join('');
    expect(html).toContain('href="/lesson/fixture-hotline"');
    expect(html).toContain('src="__ASSET_0__"');
    expect(result.lessons[1]!.assets).toEqual([path.join(FIXTURES, 'valid-pack/lop-4-5/personal-data/images/shield.svg')]);
  });

  it('produces the same output on every run', () => {
    const again = loadContent({ root: path.join(FIXTURES, 'valid-pack') });
    expect(JSON.stringify(again.lessons.map((l) => l.lesson))).toBe(JSON.stringify(result.lessons.map((l) => l.lesson)));
  });
});

describe('reporting mistakes as file:line:col', () => {
  const cases: { name: string; source: string; expected: string }[] = [
    { name: 'unknown band', source: frontMatter({ band: 'lop-7' }) + quiz(), expected: `${FILE}:4:7: error: "band" must be one of` },
    { name: 'unknown topic', source: frontMatter({ topic: 'games' }) + quiz(), expected: `${FILE}:5:8: error: "topic" must be one of` },
    { name: 'missing field', source: frontMatter({ summary: '' }) + quiz(), expected: `${FILE}:2:1: error: missing field "summary"` },
    { name: 'misspelt field', source: frontMatter({ titel: 'x' }) + quiz(), expected: `${FILE}:2:1: error: unknown field "titel"` },
    {
      name: 'question with no correct answer',
      source: frontMatter() + quiz(5) + '\n```quiz\n- id: q9\n  type: single\n  question: Q?\n  options:\n    - text: A\n    - text: B\n  explanation: E.\n```\n',
      expected: `${FILE}:46:5: error: question 1 has no correct option`,
    },
    {
      name: 'choice question with one option',
      source: frontMatter() + quiz(5) + '\n```quiz\n- id: q9\n  type: multiple\n  question: Q?\n  options:\n    - text: A\n      correct: true\n  explanation: E.\n```\n',
      expected: `${FILE}:46:5: error: a choice question needs at least two options in question 1`,
    },
    { name: 'raw HTML', source: frontMatter() + '\n<script>alert(1)</script>\n' + quiz(), expected: `${FILE}:13:1: error: raw HTML is not allowed` },
    { name: 'inline raw HTML', source: frontMatter() + '\nXin <b onclick="x()">chào</b>\n' + quiz(), expected: `${FILE}:13:5: error: raw HTML is not allowed` },
    { name: 'broken picture', source: frontMatter() + '\n![Ảnh](images/none.svg)\n' + quiz(), expected: `${FILE}:13:1: error: picture "images/none.svg" not found` },
    { name: 'picture without description', source: frontMatter() + '\n![](images/none.png)\n' + quiz(), expected: `${FILE}:13:1: error: picture "images/none.png" has no description` },
    { name: 'picture from another site', source: frontMatter() + '\n![Ảnh](https://cdn.example/x.png)\n' + quiz(), expected: `${FILE}:13:1: error: picture "https://cdn.example/x.png" is not a file of the lesson pack` },
    { name: 'broken lesson link', source: frontMatter() + '\nXem [bài khác](../hotline-111/none.vi.md).\n' + quiz(), expected: `${FILE}:13:5: error: link to a lesson that does not exist` },
    { name: 'javascript link', source: frontMatter() + '\n[bấm](javascript:alert(1))\n' + quiz(), expected: `${FILE}:13:1: error: link "javascript:alert(1)" uses a scheme that is not allowed` },
    { name: 'unknown block', source: frontMatter() + '\n:::note\nx\n:::\n' + quiz(), expected: `${FILE}:13:1: error: unknown block ":::note"` },
    { name: 'nested block', source: frontMatter() + '\n::::activity\n:::tip\nx\n:::\n::::\n' + quiz(), expected: `${FILE}:14:1: error: ":::tip" cannot be put inside another block` },
    { name: 'parts out of order', source: frontMatter() + '\n::part{kind=explore}\n\n::part{kind=warmup}\n' + quiz(), expected: `${FILE}:15:1: error: part "warmup" is out of order` },
    { name: 'too few questions', source: frontMatter() + quiz(3), expected: `${FILE}:13:1: error: the quiz has 3 questions; lop-4-5 lessons need at least 6` },
    { name: 'bad YAML in a quiz', source: frontMatter() + '\n```quiz\n- id: q1\n  question: a: b: c\n```\n', expected: `${FILE}:15:` },
    { name: 'folder does not match band', source: frontMatter({ band: 'lop-6-9' }) + quiz(), expected: `${FILE}:4:1: error: band "lop-6-9" does not match the folder "lop-4-5"` },
  ];

  it.each(cases)('$name', ({ source, expected }) => {
    const result = compilePack({ [FILE]: source });
    expect(locations(result)).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRegExp(expected)}`)));
  });

  it('reports a duplicate id in both files', () => {
    const result = compilePack({
      [FILE]: frontMatter() + quiz(),
      'lop-4-5/personal-data/khac.vi.md': frontMatter() + quiz(),
    });
    const duplicates = locations(result).filter((line) => line.includes('duplicate id "test-lesson"'));
    expect(duplicates).toHaveLength(2);
  });

  it('reports every problem of every file in one run', () => {
    const result = compilePack({
      [FILE]: frontMatter({ band: 'lop-7', summary: '' }) + '\n<div>x</div>\n' + quiz(2),
      'lop-4-5/hotline-111/goi.vi.md': frontMatter({ id: 'goi', topic: 'hotline-111' }) + '\n![](images/x.svg)\n' + quiz(),
    });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(new Set(errors.map((d) => path.basename(d.file)))).toEqual(new Set(['bai.vi.md', 'goi.vi.md']));
    expect(errors.length).toBeGreaterThanOrEqual(5);
  });

  it('prints a diagnostic as file:line:col: severity: message (hint)', () => {
    const line = formatDiagnostic(
      { file: '/x/content/a.vi.md', line: 3, column: 7, severity: 'error', message: 'bad', hint: 'fix it' },
      '/x',
    );
    expect(line).toBe('content/a.vi.md:3:7: error: bad (fix it)');
  });

  it('keeps a clock time such as 7:30 as text instead of a directive', () => {
    const result = compilePack({ [FILE]: frontMatter() + '\nLúc 7:30 em đi học.\n' + quiz() });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('has no en version') }),
    ]);
    expect(JSON.stringify(result.lessons[0]!.lesson.blocks)).toContain('Lúc 7:30 em đi học.');
  });
});

describe('translations and curriculum checks', () => {
  const en = (source: string) => source.replace('title: Bài thử', 'title: Test lesson');

  it('fails when the English quiz has a different correct answer', () => {
    const vi = frontMatter() + quiz();
    const result = compilePack({ [FILE]: vi, 'lop-4-5/personal-data/bai.en.md': en(vi).replace('answer: true', 'answer: false') });
    expect(locations(result).some((l) => l.includes('bai.en.md') && l.includes('quiz differs from the vi version: question 1 has different correct answers'))).toBe(true);
  });

  it('fails when a band × topic × locale of the curriculum has no lesson', () => {
    const vi = frontMatter() + quiz();
    const result = compilePack({ [FILE]: vi, 'lop-4-5/personal-data/bai.en.md': en(vi) }, true);
    const messages = result.diagnostics.map((d) => d.message);
    expect(messages).toContain('no vi lesson for lop-1-3 × internet-basics');
    expect(messages).not.toContain('no vi lesson for lop-4-5 × personal-data');
  });

  it('warns when lessons for lớp 1–3 use long sentences', () => {
    const long = 'Đây là một câu rất dài với rất nhiều từ ngữ mà các em nhỏ lớp một sẽ thấy khó đọc và khó hiểu.';
    const source = frontMatter({ band: 'lop-1-3', topic: 'personal-data' }) + `\n${long}\n` + quiz(5);
    const result = compilePack({ 'lop-1-3/personal-data/bai.vi.md': source });
    expect(result.diagnostics.some((d) => d.severity === 'warning' && d.message.startsWith('sentences average'))).toBe(true);
  });

  it('counts words per sentence', () => {
    expect(averageSentenceWords('Em đi học. Em vui!\n- Mèo Mun')).toBeCloseTo(7 / 3);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
