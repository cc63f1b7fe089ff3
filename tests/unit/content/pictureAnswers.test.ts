/**
 * Picture answers (issue 23 §2): a quiz option with `picture:` and `alt:`. Its file passes the same
 * checks as a lesson's pictures and ships as a checked copy; its description is required; both
 * languages show the same pictures on the same options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonModuleCode } from '../../../scripts/content/emit';
import { loadContent } from '../../../scripts/content/load';
import { MAX_ALT_LENGTH } from '../../../scripts/content/quiz';
import { sanitizeSvg } from '../../../scripts/content/svg';
import { frontMatter, locations, quiz, writePack } from './pack';

const VI = 'lop-4-5/personal-data/bai.vi.md';
const EN = 'lop-4-5/personal-data/bai.en.md';
const FACE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120"><circle cx="60" cy="60" r="50" fill="#ffd54f"/><!-- a note --></svg>';
const CLOUD = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120"><ellipse cx="60" cy="60" rx="50" ry="30" fill="#90a4ae"/></svg>';

interface PictureOption {
  text: string;
  picture?: string;
  alt?: string;
  correct?: boolean;
}

const FACES: PictureOption[] = [
  { text: 'Mặt cười', picture: 'images/mat-cuoi.svg', alt: 'Một khuôn mặt tròn màu vàng đang cười', correct: true },
  { text: 'Đám mây', picture: 'images/may.svg', alt: 'Một đám mây xám che kín bầu trời' },
];

/** Five plain questions and a picture question (its options as given), in a quiz block of its own. */
function lessonWith(options: PictureOption[], questionType = 'single'): string {
  const lines = options.flatMap((o) => [
    `    - text: ${o.text}`,
    ...(o.picture !== undefined ? [`      picture: ${o.picture}`] : []),
    ...(o.alt !== undefined ? [`      alt: ${o.alt}`] : []),
    ...(o.correct ? ['      correct: true'] : []),
  ]);
  const question = ['- id: p1', `  type: ${questionType}`, '  question: Hình nào là khuôn mặt vui?', '  options:', ...lines, '  explanation: Vì sao.'];
  return `${frontMatter()}${quiz(5)}\n\`\`\`quiz\n${question.join('\n')}\n\`\`\`\n`;
}

function compile(files: Record<string, string>, symlinks: Record<string, string> = {}) {
  const root = writePack({ 'lop-4-5/personal-data/images/mat-cuoi.svg': FACE, 'lop-4-5/personal-data/images/may.svg': CLOUD, ...files });
  for (const [link, target] of Object.entries(symlinks)) fs.symlinkSync(target, path.join(root, link));
  const pictureDir = fs.mkdtempSync(path.join(root, '..', 'picture-copies-'));
  const result = { root, pictureDir, ...loadContent({ root, pictureDir }) };
  const lineOf = (file: string, text: string) => fs.readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
  return { result, where: locations(result), lineOf };
}

describe('a picture answer', () => {
  it('is compiled with its description and size, and its file shipped as the checked copy', () => {
    const { result } = compile({ [VI]: lessonWith(FACES) });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [loaded] = result.lessons;
    const question = loaded!.lesson.quiz.find((q) => q.id === 'p1')!;
    expect(question.options).toEqual([
      { text: 'Mặt cười', correct: true, picture: { src: '&ASSET0;', width: 120, height: 120, alt: 'Một khuôn mặt tròn màu vàng đang cười' } },
      { text: 'Đám mây', correct: false, picture: { src: '&ASSET1;', width: 120, height: 120, alt: 'Một đám mây xám che kín bầu trời' } },
    ]);
    // The copies are what the checker wrote (the comment is gone), not the author's files.
    expect(loaded!.assets.map((file) => path.dirname(file))).toEqual([result.pictureDir, result.pictureDir]);
    expect(fs.readFileSync(loaded!.assets[0]!, 'utf8')).toBe(sanitizeSvg(Buffer.from(FACE)).svg);
    expect(fs.readFileSync(loaded!.assets[0]!, 'utf8')).not.toContain('a note');
    // The lesson module imports the copies and gives each option its picture's URL.
    const code = lessonModuleCode(loaded!);
    expect(code).toContain(`import asset0 from ${JSON.stringify(`${loaded!.assets[0]}?url`)};`);
    expect(code).toContain('"picture":{"src":asset0,"width":120,"height":120,"alt":"Một khuôn mặt tròn màu vàng đang cười"}');
    expect(code).toContain('"src":asset1');
  });

  it('keeps a quiz without pictures as it was', () => {
    const { result } = compile({ [VI]: lessonWith([{ text: 'A', correct: true }, { text: 'B' }]) });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.lessons[0]!.lesson.quiz.at(-1)!.options).toEqual([
      { text: 'A', correct: true },
      { text: 'B', correct: false },
    ]);
    expect(result.lessons[0]!.assets).toEqual([]);
  });

  it.each([
    ['no description', [{ ...FACES[0]!, alt: undefined }, FACES[1]!], 'Mặt cười', 'question 1 option 1 has a picture but no description (alt)'],
    ['an empty description', [{ ...FACES[0]!, alt: '"  "' }, FACES[1]!], 'alt: "  "', 'question 1 option 1 has a picture but no description (alt)'],
    ['a description too long', [FACES[0]!, { ...FACES[1]!, alt: 'x'.repeat(MAX_ALT_LENGTH + 1) }], 'alt: xxx', `question 1 option 2 has a description (alt) of ${MAX_ALT_LENGTH + 1} characters; at most ${MAX_ALT_LENGTH}`],
    ['a description on two lines', [FACES[0]!, { ...FACES[1]!, alt: '"Một đám\\nmây"' }], 'alt: "Một đám', 'question 1 option 2 has a line break or control character in its description (alt)'],
    ['a file name as description', [FACES[0]!, { ...FACES[1]!, alt: 'may.svg' }], 'alt: may.svg', 'question 1 option 2 has a file name as its description (alt)'],
    ['a description with no picture', [FACES[0]!, { text: 'Đám mây', alt: 'Một đám mây' }], 'alt: Một đám mây', 'question 1 option 2 has "alt" but no picture'],
    ['one option without a picture', [FACES[0]!, { text: 'Đám mây' }], 'text: Đám mây', 'question 1 option 2 has no picture, but other options of the question have one'],
  ])('is refused with %s, at its line', (_, options, lineText, message) => {
    const { where, lineOf } = compile({ [VI]: lessonWith(options) });
    expect(where).toContainEqual(`${VI}:${lineOf(VI, lineText)}:${lineText.startsWith('alt:') ? 12 : 7}: error: ${message}`);
  });

  it('is warned about when the right picture has clearly the longest description', () => {
    const long = [{ ...FACES[0]!, alt: 'Một khuôn mặt tròn màu vàng đang cười thật tươi, hai má hồng, mắt híp lại vì vui' }, FACES[1]!];
    const { where, lineOf } = compile({ [VI]: lessonWith(long) });
    expect(where).toContainEqual(`${VI}:${lineOf(VI, '- id: p1')}:1: warning: question "p1": the right picture has clearly the longest description (alt)`);
    // Labels are measured as before; descriptions of a similar length are no cue.
    expect(compile({ [VI]: lessonWith(FACES) }).where.filter((line) => line.includes('description'))).toEqual([]);
  });

  it('is refused on a true-false statement, which has no options', () => {
    const source = `${frontMatter()}${quiz(5)}\n\`\`\`quiz\n- id: p1\n  type: true-false\n  question: Q\n  answer: true\n  picture: images/may.svg\n  explanation: E.\n\`\`\`\n`;
    const { where } = compile({ [VI]: source });
    expect(where).toContainEqual(expect.stringMatching(/error: unknown field "picture"/));
  });
});

describe('a picture answer passes the checks of lesson pictures', () => {
  const HOSTILE = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="5"/></svg>';

  it.each([
    ['../../../outside.svg', 'is outside the lesson pack'],
    ['/etc/hostname.svg', 'is not a file of the lesson pack'],
    ['https://cdn.example/x.svg', 'is not a file of the lesson pack'],
    ['images/may.svg#x', 'has "#" in its name'],
    ['images/link.svg', 'is reached through a link (symlink)'],
    ['images/none.svg', 'not found'],
    ['images/doc.txt', 'is not an image file'],
    ['images/hostile.svg', 'is not a safe picture'],
  ])('refuses %s at the line of its "picture:" field, as in the lesson text', (url, why) => {
    const files = { [VI]: lessonWith([FACES[0]!, { ...FACES[1]!, picture: url }]), 'lop-4-5/personal-data/images/hostile.svg': HOSTILE, 'outside.svg': CLOUD };
    const { where, lineOf, result } = compile(files, { 'lop-4-5/personal-data/images/link.svg': 'may.svg' });
    expect(where).toContainEqual(`${VI}:${lineOf(VI, `picture: ${url}`)}:16: error: picture "${url}" ${why}`);
    // The same path in the lesson's text gets the same words.
    const inText = compile({ ...files, [VI]: `${frontMatter()}\n![Một đám mây](${url})\n${quiz(6)}` }, { 'lop-4-5/personal-data/images/link.svg': 'may.svg' });
    expect(inText.where).toContainEqual(`${VI}:${inText.lineOf(VI, `](${url})`)}:1: error: picture "${url}" ${why}`);
    // Nothing of a refused file is shipped.
    expect(fs.readdirSync(result.pictureDir).filter((name) => !/^(mat-cuoi|may)-[0-9a-f]{16}\.svg$/.test(name))).toEqual([]);
  });

  it("reports a hostile SVG's own problems at its own line", () => {
    const { where } = compile({ [VI]: lessonWith([FACES[0]!, { ...FACES[1]!, picture: 'images/hostile.svg' }]), 'lop-4-5/personal-data/images/hostile.svg': HOSTILE });
    expect(where).toContainEqual(expect.stringMatching(/^lop-4-5\/personal-data\/images\/hostile\.svg:1:\d+: error: .*<script>/));
  });
});

describe('both languages of a picture question', () => {
  const quizLine = (lineOf: (file: string, text: string) => number) => lineOf(EN, '```quiz');

  it('agree when they show the same pictures on the same options', () => {
    const { result } = compile({ [VI]: lessonWith(FACES), [EN]: lessonWith(FACES) });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('differ when one language has no pictures', () => {
    const { where, lineOf } = compile({ [VI]: lessonWith(FACES), [EN]: lessonWith(FACES.map(({ text, correct }) => ({ text, correct }))) });
    expect(where).toContainEqual(`${EN}:${quizLine(lineOf)}:1: error: quiz differs from the vi version: question 6 has pictures on no option instead of option 1, 2`);
  });

  it('differ when an option shows another picture', () => {
    const swapped = [{ ...FACES[0]!, picture: 'images/may.svg' }, { ...FACES[1]!, picture: 'images/mat-cuoi.svg' }];
    const { where, lineOf } = compile({ [VI]: lessonWith(FACES), [EN]: lessonWith(swapped) });
    expect(where).toContainEqual(`${EN}:${quizLine(lineOf)}:1: error: quiz differs from the vi version: question 6 shows another picture on an option`);
  });
});
