/** The one safety sequence (issue 18): a trusted adult or 111 comes before blocking, in steps and right answers. */
import { describe, expect, it } from 'vitest';
import { compilePack, frontMatter, locations, pupilBody } from './pack';

const steps = (first: string, second: string) => `\n### Khi có người đe dọa em\n\n1. Dừng lại, không trả lời.\n2. ${first}\n3. Giữ lại tin nhắn.\n4. ${second}\n`;
const quiz = (right: string) =>
  `\n\`\`\`quiz\n- id: q1\n  type: single\n  question: Em làm gì trước?\n  options:\n    - text: ${right}\n      correct: true\n    - text: Trả lời thật gắt cho người đó sợ\n      feedback: Trả lời làm người đó biết em đang đọc.\n  explanation: Người lớn giúp em giữ bằng chứng trước khi chặn.\n` +
  [2, 3, 4, 5, 6].map((n) => `- id: q${n}\n  type: true-false\n  question: Câu ${n}.\n  answer: ${n % 2 === 0}\n  explanation: Vì sao.\n`).join('') +
  '```\n';

function lessonOn(topic: string, body: string, right: string) {
  return compilePack({ [`lop-4-5/${topic}/bai.vi.md`]: frontMatter({ topic }) + body + pupilBody() + quiz(right) });
}
const orderProblems = (result: ReturnType<typeof compilePack>) => locations(result).filter((line) => line.includes('blocking comes before'));

describe('the safety sequence', () => {
  it('accepts steps and a right answer that tell an adult or 111 before blocking', () => {
    const result = lessonOn('recognising-abuse', steps('Kể ngay với bố mẹ hoặc gọi 111.', 'Báo cáo, rồi chặn tài khoản.'), 'Kể với bố mẹ, rồi nhờ người lớn báo cáo và chặn');
    expect(orderProblems(result)).toEqual([]);
  });

  it('reports numbered steps that block before telling an adult, at the blocking step', () => {
    const result = lessonOn('recognising-abuse', steps('Chặn tài khoản đó ngay.', 'Kể với bố mẹ hoặc gọi 111.'), 'Kể với bố mẹ');
    const line = result.diagnostics.find((d) => d.message.startsWith('blocking comes before'))?.line;
    expect(orderProblems(result)).toEqual([expect.stringMatching(/bai\.vi\.md:\d+:1: error: blocking comes before telling a trusted adult or calling 111$/)]);
    expect(frontMatter({ topic: 'recognising-abuse' }).split('\n').length + 4).toBe(line);
  });

  it('reports a right answer that blocks first, but not a wrong option or an explanation that warns against it', () => {
    const result = lessonOn('hotline-111', '', 'Chặn người đó rồi kể với bố mẹ');
    expect(orderProblems(result)).toHaveLength(1);
  });

  it('leaves lessons on other topics alone', () => {
    const result = lessonOn('info-security', steps('Chặn tài khoản đó ngay.', 'Kể với bố mẹ.'), 'Chặn rồi kể với bố mẹ');
    expect(orderProblems(result)).toEqual([]);
  });
});
