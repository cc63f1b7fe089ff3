/** Answer cues (issue 18): what lets a child pass a quiz by the shape of its options, not understanding. */
import { describe, expect, it } from 'vitest';
import { cueFigures } from '../../../scripts/content/quizCues';
import { compilePack, frontMatter, locations, pupilBody } from './pack';

type Option = { text: string; correct?: boolean };

/** One question of each kind, written as YAML. */
const single = (id: string, right: string, wrong: string[]) =>
  `- id: ${id}\n  type: single\n  question: Câu hỏi ${id}?\n  options:\n${[{ text: right, correct: true }, ...wrong.map((text) => ({ text }))].map(option).join('')}  explanation: Vì sao.\n`;
const trueFalse = (id: string, answer: boolean) => `- id: ${id}\n  type: true-false\n  question: Câu ${id}.\n  answer: ${answer}\n  explanation: Vì sao.\n`;
const multiple = (id: string, right: string[], wrong: string[]) =>
  `- id: ${id}\n  type: multiple\n  question: Chọn các ý đúng ${id}.\n  options:\n${[...right.map((text) => ({ text, correct: true })), ...wrong.map((text) => ({ text }))].map(option).join('')}  explanation: Vì sao.\n`;
const option = ({ text, correct }: Option) => `    - text: ${text}\n${correct ? '      correct: true\n' : ''}`;

function lesson(questions: string[], file = 'lop-4-5/personal-data/bai.vi.md', id = 'bai') {
  return { [file]: `${frontMatter({ id })}${pupilBody()}\n\`\`\`quiz\n${questions.join('')}\`\`\`\n` };
}

const messages = (result: ReturnType<typeof compilePack>) => locations(result).filter((line) => /answer cue|right option|true\/false|multi-select|bold/.test(line) || /: (warning|error): (lop-|question ")/.test(line));

describe('answer cues', () => {
  it('warns at its line about a right option clearly longer than every other', () => {
    const result = compilePack(lesson([single('q1', 'Kể ngay với bố mẹ hoặc thầy cô rồi nhờ người lớn chặn tài khoản đó', ['Gửi ảnh', 'Cãi lại']), ...[2, 3, 4, 5, 6].map((n) => trueFalse(`q${n}`, n % 2 === 0))]));
    const line = result.diagnostics.find((d) => d.message.startsWith('question "q1"'))?.line;
    expect(line).toBe(frontMatter({ id: 'bai' }).split('\n').length + pupilBody().split('\n').length + 1);
    expect(messages(result)).toContainEqual(expect.stringMatching(/bai\.vi\.md:\d+:1: warning: question "q1": the right option is clearly the longest$/));
  });

  it('warns about a negative stem unless the negative word is bold', () => {
    const negative = (id: string, word: string) => `- id: ${id}\n  type: single\n  question: Việc nào em ${word} nên làm?\n  options:\n    - text: Gửi ảnh cho người lạ\n      correct: true\n    - text: Kể với bố mẹ em\n  explanation: Vì sao.\n`;
    const result = compilePack(lesson([negative('q1', 'KHÔNG'), negative('q2', '**KHÔNG**'), ...[3, 4, 5, 6].map((n) => trueFalse(`q${n}`, n % 2 === 0))]));
    const warned = messages(result).filter((line) => line.includes('without making it bold'));
    expect(warned).toEqual([expect.stringMatching(/warning: question "q1" asks with "KHÔNG" without making it bold$/)]);
  });

  it('reports a band whose right options are mostly the longest, at the first such question, and warns at the others', () => {
    const questions = [1, 2, 3, 4, 5, 6].map((n) => single(`q${n}`, `Đáp án đúng dài hơn một chút số ${n}`, [`Sai số ${n}`, `Cũng sai ${n}`]));
    const result = compilePack(lesson(questions));
    const found = messages(result);
    expect(found).toContainEqual(expect.stringMatching(/: error: lop-4-5 \(vi\): the right option is the longest in 6 of 6 questions \(100%\); at most 35% may be$/));
    expect(found.filter((line) => line.endsWith('the right option is the longest'))).toHaveLength(5);
  });

  it('reports a band whose true/false statements are mostly false, and one whose multi-selects have one wrong option', () => {
    const result = compilePack(lesson([...[1, 2, 3, 4, 5].map((n) => trueFalse(`t${n}`, n === 1)), ...[1, 2, 3, 4, 5].map((n) => multiple(`m${n}`, ['Một', 'Hai'], ['Ba']))]));
    const found = messages(result);
    expect(found).toContainEqual(expect.stringMatching(/lop-4-5 \(vi\): 4 of 5 true\/false statements \(80%\) are false; between 40% and 60% should be$/));
    expect(found).toContainEqual(expect.stringMatching(/lop-4-5 \(vi\): the multi-select has exactly one wrong option in 5 of 5 questions \(100%\); at most 50% may$/));
  });

  it('passes a band under every ceiling, and says nothing for a band with too few questions to tell', () => {
    const fair = [
      single('q1', 'Hỏi bố mẹ trước', ['Tải ngay vì bạn rủ', 'Nhập số điện thoại']),
      single('q2', 'Kể với cô giáo', ['Trả lời người lạ ngay lập tức', 'Xoá hết tin nhắn đi']),
      trueFalse('q3', true),
      trueFalse('q4', false),
      multiple('q5', ['Một'], ['Hai', 'Ba']),
      trueFalse('q6', true),
      trueFalse('q7', false),
      trueFalse('q8', true),
    ];
    expect(messages(compilePack(lesson(fair)))).toEqual([]);
  });

  it('gives the figures per band and language for the report', () => {
    const result = compilePack(lesson([single('q1', 'Dài hơn các ý khác', ['Ngắn', 'Ngắn nữa']), trueFalse('q2', false), trueFalse('q3', true), ...[4, 5, 6].map((n) => trueFalse(`q${n}`, true))]));
    expect(cueFigures(result.lessons)).toEqual([{ key: 'lop-4-5 (vi)', rightIsLongest: '1/1 100%', rightIsShortest: '0/1 0%', falseAnswers: '1/5 20%', oneWrongOption: '–' }]);
  });
});
