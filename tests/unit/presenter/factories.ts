/** Small lessons for the presenter tests, written as compiled blocks. */
import type { Block, LessonBody, Question } from '../../../src/content/types';
import { lessonBody } from '../../factories';

export function question(id: string): Question {
  return {
    id,
    type: 'single',
    question: `Câu hỏi ${id}?`,
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    explanation: 'Vì thế.',
  };
}

export function lesson(blocks: Block[], overrides: Partial<LessonBody> = {}): LessonBody {
  return lessonBody({
    id: 'bai-thu',
    title: 'Bài thử trình chiếu',
    objectives: ['Kể được thông tin cá nhân.', 'Biết hỏi người lớn.'],
    blocks,
    quiz: [question('q1'), question('q2')],
    ...overrides,
  });
}

/** A paragraph of `words` words, ending with a full stop. */
export function paragraph(words: number, word = 'chữ'): string {
  return `<p>${Array.from({ length: words }, () => word).join(' ')}.</p>`;
}

export const part = (kind: 'warmup' | 'explore' | 'practice' | 'apply', minutes?: number, label?: string): Block => ({
  type: 'part',
  kind,
  ...(minutes ? { minutes } : {}),
  ...(label ? { label } : {}),
});

export const html = (content: string): Block => ({ type: 'html', html: content });

export const callout = (kind: 'tip' | 'warning' | 'help' | 'activity' | 'discussion' | 'teacher' | 'family', content: string, extra: { title?: string; minutes?: number } = {}): Block => ({
  type: 'callout',
  kind,
  html: content,
  ...extra,
});
