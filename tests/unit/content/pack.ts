/** Builds a throw-away lesson pack on disk from inline sources, for table-driven compiler tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent, type LoadResult } from '../../../scripts/content/load';

export function writePack(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-pack-'));
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

export function compilePack(files: Record<string, string>, curriculum = false): LoadResult & { root: string } {
  const root = writePack(files);
  return { root, ...loadContent({ root, curriculum }) };
}

/** Diagnostics as "relative/file.md:line:col: severity: message" for compact assertions. */
export function locations(result: LoadResult & { root: string }): string[] {
  return result.diagnostics.map((d) => `${path.relative(result.root, d.file)}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
}

export function frontMatter(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    id: 'test-lesson',
    title: 'Bài thử',
    band: 'lop-4-5',
    topic: 'personal-data',
    order: '1',
    duration: '35',
    objectives: '\n  - Kể được thông tin cá nhân.',
    summary: 'Tóm tắt.',
    keyTerms: '\n  - term: Mật khẩu\n    meaning: Chuỗi ký tự bí mật.\n  - term: Tài khoản\n    meaning: Nơi lưu bài của em.\n  - term: Người lạ\n    meaning: Người em chưa gặp ngoài đời.',
    competences: '["4.2"]',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Six valid true-false questions: enough for any band's minimum. */
export function quiz(count = 6): string {
  const questions = Array.from(
    { length: count },
    (_, i) => `- id: q${i + 1}\n  type: true-false\n  question: Câu ${i + 1}\n  answer: ${i % 2 === 0}\n  explanation: Vì sao.`,
  );
  return `\n\`\`\`quiz\n${questions.join('\n')}\n\`\`\`\n`;
}

/** The four parts with minutes, the blocks every pupil lesson needs, and an activity with its cards. */
export function pupilBody(): string {
  return `
::part{kind=warmup minutes=5}

Mở đầu.

::part{kind=explore minutes=10}

:::discussion{minutes=4}
Em nghĩ sao?
:::

::part{kind=practice minutes=10}

:::activity[Xếp thẻ]{minutes=8}
Xếp các thẻ.
:::

:::cards[Thẻ tình huống]
- Thẻ 1.
- Thẻ 2.
:::

::part{kind=apply minutes=4}

:::help
Gọi 111.
:::

:::teacher
Ghi chú.
:::

:::family
Gửi gia đình.
:::
`;
}

/** A session for parents (the cha-me track) with everything the contract asks of it and no quiz. */
export function trackSession(overrides: Record<string, string> = {}, body = trackBody()): string {
  return frontMatter({ id: 'cha-me-children-online', band: 'cha-me', topic: 'children-online', duration: '30', competences: '', ...overrides }) + body;
}

export function trackBody(): string {
  return `
::part{kind=warmup minutes=5}

Chào mừng.

::part{kind=explore minutes=10}

Con làm gì trên mạng.

::part{kind=practice minutes=10}

:::activity[Xếp thẻ theo tuổi]{minutes=8}
Xếp các thẻ.
:::

:::cards[Thẻ hoạt động]
- Xem video.
- Chơi game.
:::

::part{kind=apply minutes=5}

:::teacher
Kịch bản nói.
:::
`;
}
