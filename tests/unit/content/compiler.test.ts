import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../scripts/content/diagnostics';
import { averageSentenceWords } from '../../../scripts/content/checks';
import { sanitizeSvg } from '../../../scripts/content/svg';
import { loadContent } from '../../../scripts/content/load';
import { coverageTable } from '../../../scripts/content/report';
import { bandRules, LOCALES, PUPIL_TOPIC_IDS, SCHOOL_BANDS } from '../../../src/content/vocabulary';
import { blocksOf, cardsOf, lessonLeaves, partsOf } from '../../../src/content/lessonContent';
import { lessonBody } from '../../factories';
import { compilePack, frontMatter, locations, pupilBody, quiz, trackBody, trackSession } from './pack';

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
    expect(partsOf(lesson)).toEqual([
      { kind: 'warmup', minutes: 5 },
      { kind: 'explore', minutes: 15 },
    ]);
    expect(blocksOf(lesson).map((b) => (b.type === 'callout' ? b.kind : b.type))).toEqual(['prose', 'prose', 'tip', 'help']);
    expect(lesson.keyTerms).toHaveLength(3);
    expect(lesson.keyTerms[1]).toEqual({ term: 'Mật khẩu', meaning: 'Chuỗi ký tự bí mật để mở tài khoản; chỉ em và bố mẹ biết.' });
    expect(lesson.competences).toEqual(['4.2', '2.6']);
    expect(lesson.quiz.map((q) => q.type)).toEqual(['single', 'multiple', 'true-false', 'scenario', 'true-false', 'single']);
  });

  it('normalises a true-false question into two keyed options', () => {
    const lesson = result.lessons[1]!.lesson;
    expect(lesson.quiz[2]!.options).toEqual([
      { text: 'true', correct: false },
      { text: 'false', correct: true },
    ]);
  });

  it('turns a link to another lesson file into an app route, and pictures into asset references', () => {
    const html = lessonLeaves(result.lessons[1]!.lesson).map((leaf) => leaf.html).join('');
    expect(html).toContain('href="/lesson/fixture-hotline"');
    expect(html).toContain('<img src="&ASSET0;" alt="Chiếc khiên xanh" width="64" height="64" decoding="async">');
    // The asset is the checked copy written afresh, not the author's file.
    const [shipped] = result.lessons[1]!.assets;
    expect(path.basename(shipped!)).toMatch(/^shield-[0-9a-f]{16}\.svg$/);
    const original = fs.readFileSync(path.join(FIXTURES, 'valid-pack/lop-4-5/personal-data/images/shield.svg'));
    expect(fs.readFileSync(shipped!, 'utf8')).toBe(sanitizeSvg(original).svg);
  });

  it('writes links between lessons under the path the app is served from', () => {
    const under = loadContent({ root: path.join(FIXTURES, 'valid-pack'), base: '/mang-an-toan/' });
    const html = lessonLeaves(under.lessons[1]!.lesson).map((leaf) => leaf.html).join('');
    expect(html).toContain('href="/mang-an-toan/lesson/fixture-hotline"');
  });

  it('produces the same output on every run', () => {
    const again = loadContent({ root: path.join(FIXTURES, 'valid-pack') });
    expect(JSON.stringify(again.lessons.map((l) => l.lesson))).toBe(JSON.stringify(result.lessons.map((l) => l.lesson)));
  });
});

describe('reporting mistakes as file:line:col', () => {
  /** Lines of the default front matter: the body starts after them. */
  const FM = frontMatter().split('\n').length - 1;
  const cases: { name: string; source: string; expected: string }[] = [
    { name: 'unknown band', source: frontMatter({ band: 'lop-7' }) + quiz(), expected: `${FILE}:4:7: error: "band" must be one of` },
    { name: 'unknown topic', source: frontMatter({ topic: 'games' }) + quiz(), expected: `${FILE}:5:8: error: "topic" must be one of the lop-4-5 topics` },
    { name: 'missing field', source: frontMatter({ summary: '' }) + quiz(), expected: `${FILE}:2:1: error: missing field "summary"` },
    { name: 'misspelt field', source: frontMatter({ titel: 'x' }) + quiz(), expected: `${FILE}:2:1: error: unknown field "titel"` },
    {
      name: 'question with no correct answer',
      source: frontMatter() + quiz(5) + '\n```quiz\n- id: q9\n  type: single\n  question: Q?\n  options:\n    - text: A\n    - text: B\n  explanation: E.\n```\n',
      expected: `${FILE}:${FM + 35}:5: error: question 1 has no correct option`,
    },
    {
      name: 'choice question with one option',
      source: frontMatter() + quiz(5) + '\n```quiz\n- id: q9\n  type: multiple\n  question: Q?\n  options:\n    - text: A\n      correct: true\n  explanation: E.\n```\n',
      expected: `${FILE}:${FM + 35}:5: error: a choice question needs at least two options in question 1`,
    },
    { name: 'raw HTML', source: frontMatter() + '\n<script>alert(1)</script>\n' + quiz(), expected: `${FILE}:${FM + 2}:1: error: raw HTML is not allowed` },
    { name: 'inline raw HTML', source: frontMatter() + '\nXin <b onclick="x()">chào</b>\n' + quiz(), expected: `${FILE}:${FM + 2}:5: error: raw HTML is not allowed` },
    { name: 'broken picture', source: frontMatter() + '\n![Ảnh](images/none.svg)\n' + quiz(), expected: `${FILE}:${FM + 2}:1: error: picture "images/none.svg" not found` },
    { name: 'picture without description', source: frontMatter() + '\n![](images/none.png)\n' + quiz(), expected: `${FILE}:${FM + 2}:1: error: picture "images/none.png" has no description` },
    { name: 'picture from another site', source: frontMatter() + '\n![Ảnh](https://cdn.example/x.png)\n' + quiz(), expected: `${FILE}:${FM + 2}:1: error: picture "https://cdn.example/x.png" is not a file of the lesson pack` },
    { name: 'broken lesson link', source: frontMatter() + '\nXem [bài khác](../hotline-111/none.vi.md).\n' + quiz(), expected: `${FILE}:${FM + 2}:5: error: link to a lesson that does not exist` },
    { name: 'javascript link', source: frontMatter() + '\n[bấm](javascript:alert(1))\n' + quiz(), expected: `${FILE}:${FM + 2}:1: error: link "javascript:alert(1)" uses a scheme that is not allowed` },
    { name: 'unknown block', source: frontMatter() + '\n:::note\nx\n:::\n' + quiz(), expected: `${FILE}:${FM + 2}:1: error: unknown block ":::note"` },
    { name: 'nested block', source: frontMatter() + '\n::::activity\n:::tip\nx\n:::\n::::\n' + quiz(), expected: `${FILE}:${FM + 3}:1: error: ":::tip" cannot be put inside another block` },
    { name: 'parts out of order', source: frontMatter() + '\n::part{kind=explore}\n\n::part{kind=warmup}\n' + quiz(), expected: `${FILE}:${FM + 4}:1: error: part "warmup" is out of order` },
    { name: 'too few questions', source: frontMatter() + quiz(3), expected: `${FILE}:${FM + 2}:1: error: the quiz has 3 questions; lop-4-5 lessons need at least 6` },
    { name: 'bad YAML in a quiz', source: frontMatter() + '\n```quiz\n- id: q1\n  question: a: b: c\n```\n', expected: `${FILE}:${FM + 4}:` },
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
    expect(JSON.stringify(result.lessons[0]!.lesson.sections)).toContain('Lúc 7:30 em đi học.');
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

describe('the content contract of 2026-11-28', () => {
  const errorsOf = (result: ReturnType<typeof compilePack>) =>
    result.diagnostics.filter((d) => d.severity === 'error' && !d.message.startsWith('no ') && !d.file.endsWith('README.md'));
  const messageOf = (result: ReturnType<typeof compilePack>) => errorsOf(result).map((d) => `${d.line}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
  const TRACK = 'cha-me/children-online/tre-em.vi.md';
  const terms = (n: number) => '\n' + Array.from({ length: n }, (_, i) => `  - term: T${i}\n    meaning: M${i}.`).join('\n');

  it('knows the twelve pupil topics in teaching order and the two audience tracks with their own topics', () => {
    expect(PUPIL_TOPIC_IDS).toEqual([
      'internet-basics', 'searching-information', 'ai-and-me', 'choosing-apps-games', 'online-classes', 'info-security',
      'personal-data', 'scams-and-money', 'posting-responsibly', 'self-image-wellbeing', 'recognising-abuse', 'hotline-111',
    ]);
    expect(bandRules('cha-me')).toMatchObject({ audience: 'parents', duration: { min: 20, max: 30 }, topics: ['children-online', 'safety-settings', 'warning-signs', 'family-agreement', 'online-classes-home', 'ai-scams-wellbeing'] });
    expect(bandRules('thay-co')).toMatchObject({ audience: 'staff', duration: { min: 30, max: 45 }, topics: ['safe-online-class', 'disclosure', 'school-pages', 'teaching-curriculum'] });
    expect(bandRules('lop-6-9')).toMatchObject({ audience: 'pupils', duration: { min: 45, max: 45 } });
  });

  const cases: { name: string; files: Record<string, string>; expected: string }[] = [
    { name: 'no key terms', files: { [FILE]: frontMatter({ keyTerms: '' }) + quiz() }, expected: '2: missing field "keyTerms" in the front matter' },
    { name: 'two key terms', files: { [FILE]: frontMatter({ keyTerms: terms(2) }) + quiz() }, expected: '"keyTerms": needs at least 3 key terms' },
    { name: 'seven key terms', files: { [FILE]: frontMatter({ keyTerms: terms(7) }) + quiz() }, expected: '"keyTerms": write at most 6 key terms' },
    {
      name: 'a meaning on two lines',
      files: { [FILE]: frontMatter({ keyTerms: terms(2) + '\n  - term: X\n    meaning: |\n      một\n      hai' }) + quiz() },
      expected: '"keyTerms[2].meaning": must be one line',
    },
    { name: 'no competences on a pupil lesson', files: { [FILE]: frontMatter({ competences: '' }) + quiz() }, expected: '2: missing field "competences" in the front matter' },
    { name: 'an unknown competence', files: { [FILE]: frontMatter({ competences: '["4.2", "7.1"]' }) + quiz() }, expected: 'unknown competence "7.1" in the front matter (the codes are 1.1, 1.2, 1.3, 2.1' },
    { name: 'a competence that is not a string', files: { [FILE]: frontMatter({ competences: '[4.2]' }) + quiz() }, expected: '"competences[0]" must be a code in quotes' },
    { name: 'five competences', files: { [FILE]: frontMatter({ competences: '["1.1", "1.2", "2.1", "2.2", "4.2"]' }) + quiz() }, expected: '"competences" has 5 codes; a lesson tags 1 to 4' },
    { name: 'a competence twice', files: { [FILE]: frontMatter({ competences: '["4.2", "4.2"]' }) + quiz() }, expected: 'competence "4.2" is listed twice' },
    { name: 'competences on a track', files: { [TRACK]: trackSession({ competences: '["4.2"]' }) }, expected: '"competences" are only for pupil lessons, not for cha-me' },
    {
      name: 'a pupil topic in a track',
      files: { 'cha-me/personal-data/x.vi.md': trackSession({ topic: 'personal-data' }) },
      expected: '5: "topic" must be one of the cha-me topics in the front matter (it is "personal-data"; cha-me has children-online, safety-settings, warning-signs, family-agreement, online-classes-home, ai-scams-wellbeing)',
    },
    {
      name: 'a track topic in a pupil band',
      files: { 'lop-4-5/disclosure/x.vi.md': frontMatter({ topic: 'disclosure' }) + quiz() },
      expected: '"topic" must be one of the lop-4-5 topics in the front matter (it is "disclosure"; lop-4-5 has internet-basics, searching-information',
    },
    { name: 'a track session too long', files: { [TRACK]: trackSession({ duration: '40' }) }, expected: '"duration" must be from 20 to 30 minutes for cha-me' },
    { name: 'a pupil lesson longer than the period', files: { [FILE]: frontMatter({ duration: '40' }) + quiz() }, expected: '"duration" must be 35 minutes for lop-4-5' },
    { name: 'cards without a title', files: { [FILE]: frontMatter() + '\n:::activity\nx\n:::\n\n:::cards\n- a\n- b\n:::\n' + quiz() }, expected: ':::cards needs a title' },
    { name: 'one card', files: { [FILE]: frontMatter() + '\n:::activity\nx\n:::\n\n:::cards[Thẻ]\n- a\n:::\n' + quiz() }, expected: ':::cards has 1 card; a block holds 2 to 12' },
    {
      name: 'thirteen cards',
      files: { [FILE]: frontMatter() + '\n:::activity\nx\n:::\n\n:::cards[Thẻ]\n' + Array.from({ length: 13 }, (_, i) => `- ${i}`).join('\n') + '\n:::\n' + quiz() },
      expected: ':::cards has 13 cards; a block holds 2 to 12',
    },
    { name: 'text beside the cards', files: { [FILE]: frontMatter() + '\n:::activity\nx\n:::\n\n:::cards[Thẻ]\nXếp thẻ.\n\n- a\n- b\n:::\n' + quiz() }, expected: ':::cards holds only a list, one item per card' },
    { name: 'minutes on cards', files: { [FILE]: frontMatter() + '\n:::activity\nx\n:::\n\n:::cards[Thẻ]{minutes=5}\n- a\n- b\n:::\n' + quiz() }, expected: ':::cards takes no minutes' },
    { name: 'cards with no activity before them', files: { [FILE]: frontMatter() + '\n:::cards[Thẻ]\n- a\n- b\n:::\n' + quiz() }, expected: '21: the cards "Thẻ" come before any :::activity of their part' },
  ];

  it.each(cases)('reports $name', ({ files, expected }) => {
    expect(messageOf(compilePack(files))).toContainEqual(expect.stringContaining(expected));
  });

  it('compiles a cards block into its title and one HTML card per list item, links resolved', () => {
    const result = compilePack({
      [FILE]: frontMatter() + '\n:::activity\nx\n:::\n\n:::cards[Thẻ tình huống]\n- **Thẻ 1.** Một bạn hỏi tên trường.\n- Thẻ 2, xem [bài](bai.vi.md).\n:::\n' + quiz(),
    });
    expect(errorsOf(result)).toEqual([]);
    expect(cardsOf(result.lessons[0]!.lesson)).toEqual([
      {
        type: 'cards',
        title: 'Thẻ tình huống',
        cards: [
          { html: '<strong>Thẻ 1.</strong> Một bạn hỏi tên trường.', text: 'Thẻ 1. Một bạn hỏi tên trường.' },
          { html: 'Thẻ 2, xem <a href="/lesson/test-lesson">bài</a>.', text: 'Thẻ 2, xem bài.' },
        ],
      },
    ]);
  });

  it('accepts a complete pupil lesson under the curriculum rules', () => {
    expect(messageOf(compilePack({ [FILE]: frontMatter() + pupilBody() + quiz() }, true))).toEqual([]);
  });

  it('needs minutes on every discussion, and a part long enough for its activities and discussions', () => {
    const body = pupilBody().replace(':::discussion{minutes=4}', ':::discussion').replace('kind=practice minutes=10', 'kind=practice minutes=6');
    expect(messageOf(compilePack({ [FILE]: frontMatter() + body + quiz() }, true))).toEqual([
      expect.stringContaining('27: the :::discussion block has no minutes'),
      expect.stringContaining('31: part "practice" has 6 minutes but its activities and discussions take 8'),
    ]);
  });

  it('needs parts that leave time in the duration', () => {
    const body = pupilBody().replace('kind=explore minutes=10', 'kind=explore minutes=20');
    expect(messageOf(compilePack({ [FILE]: frontMatter() + body + quiz() }, true))).toEqual([
      expect.stringContaining('7: the parts take 39 minutes, more than the duration (35)'),
    ]);
  });

  it('accepts a track session with a teacher block, one activity, no family note and no quiz', () => {
    const result = compilePack({ [TRACK]: trackSession() }, true);
    expect(messageOf(result)).toEqual([]);
    expect(result.lessons[0]!.lesson).toMatchObject({ band: 'cha-me', topic: 'children-online', competences: [], questionCount: 0 });
  });

  it.each([
    { name: 'a family note', body: trackBody() + '\n:::family\nx\n:::\n', expected: 'a session for parents or staff has no :::family block' },
    { name: 'two activities', body: trackBody() + '\n:::activity\nx\n:::\n', expected: 'the session has 2 :::activity blocks; it needs exactly one' },
    { name: 'no activity', body: trackBody().replace(/:::activity[^]*?:::\n\n:::cards[^]*?:::\n/, ''), expected: 'the session has 0 :::activity blocks; it needs exactly one' },
    { name: 'no teacher block', body: trackBody().replace(/:::teacher[^]*?:::\n/, ''), expected: 'the session has no :::teacher block' },
    { name: 'a quiz of 2 questions', body: trackBody() + quiz(2), expected: 'the quiz has 2 questions; cha-me lessons need 3 to 5' },
    { name: 'a quiz of 6 questions', body: trackBody() + quiz(6), expected: 'the quiz has 6 questions; cha-me sessions have at most 5' },
  ])('reports a track session with $name', ({ body, expected }) => {
    expect(messageOf(compilePack({ [TRACK]: trackSession({}, body) }, true))).toContainEqual(expect.stringContaining(expected));
  });

  it('accepts a track session with a self-check of 3 to 5 questions', () => {
    expect(messageOf(compilePack({ [TRACK]: trackSession({}, trackBody() + quiz(4)) }, true))).toEqual([]);
  });

  it('needs a translation to keep the competence codes and the number of key terms', () => {
    const vi = frontMatter({ competences: '["4.2", "2.6"]' }) + quiz();
    const en = frontMatter({ title: 'Test', competences: '["2.6", "4.1"]', keyTerms: terms(4) }) + quiz();
    const problems = locations(compilePack({ [FILE]: vi, 'lop-4-5/personal-data/bai.en.md': en })).filter((l) => l.includes('bai.en.md'));
    expect(problems).toEqual([
      expect.stringContaining('bai.en.md:11:1: error: 4 key terms instead of 3 as in the vi version'),
      expect.stringContaining('bai.en.md:20:1: error: competences differ from the vi version (2.6, 4.2)'),
    ]);
    const same = frontMatter({ title: 'Test', competences: '["2.6", "4.2"]' }) + quiz();
    expect(locations(compilePack({ [FILE]: vi, 'lop-4-5/personal-data/bai.en.md': same }))).toEqual([]);
  });

  it('prints the pupil grid with its cell count and each track on its own', () => {
    const lessons = SCHOOL_BANDS.flatMap((band) =>
      PUPIL_TOPIC_IDS.flatMap((topic) => LOCALES.map((locale) => lessonBody({ id: `${band.id}-${topic}`, band: band.id, topic, locale }))),
    );
    const table = coverageTable([...lessons, lessonBody({ id: 'cha-me-warning-signs', band: 'cha-me', topic: 'warning-signs', locale: 'vi' })]);
    expect(table).toContain('pupils: 96 of 96 cells');
    expect(table).toContain('cha-me: 1 of 12 cells');
    expect(table).toContain('thay-co: 0 of 8 cells');
    expect(table).toMatch(/^warning-signs\s+1\s+·$/m);
    expect(table).toMatch(/^teaching-curriculum\s+·\s+·$/m);
  });

  it('fails the curriculum when a track topic has no session', () => {
    const messages = compilePack({ [TRACK]: trackSession() }, true).diagnostics.map((d) => d.message);
    expect(messages).toContain('no en lesson for cha-me × children-online');
    expect(messages).toContain('no vi lesson for thay-co × disclosure');
    expect(messages).not.toContain('no vi lesson for cha-me × children-online');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
