/** Small lessons for the presenter tests, written as compiled structure (sections, blocks, flow). */
import type { Block, Flow, Leaf, LessonBody, Part, Question, Section } from '../../../src/content/types';
import type { CalloutKind, PartKind } from '../../../src/content/vocabulary';
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

export function lesson(sections: Section[], overrides: Partial<LessonBody> = {}): LessonBody {
  return lessonBody({
    id: 'bai-thu',
    title: 'Bài thử trình chiếu',
    objectives: ['Kể được thông tin cá nhân.', 'Biết hỏi người lớn.'],
    sections,
    quiz: [question('q1'), question('q2')],
    ...overrides,
  });
}

/** A section: a part (or none, for what comes before the first part) and its blocks. */
export const section = (part: Part | undefined, ...blocks: Block[]): Section => ({ ...(part ? { part } : {}), blocks });

export const part = (kind: PartKind, minutes?: number, label?: string): Part => ({ kind, ...(minutes ? { minutes } : {}), ...(label ? { label } : {}) });

const escape = (text: string) => text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');

/** A leaf of plain text. */
export const leaf = (text: string, html = escape(text)): Leaf => ({ html, text });

/** A paragraph; each string is one of its sentences. */
export const p = (...sentences: string[]): Flow => ({
  type: 'paragraph',
  sentences: sentences.map((sentence, i) => leaf(sentence, escape(sentence) + (i < sentences.length - 1 ? ' ' : ''))),
});

/** A paragraph of `words` words, ending with a full stop. */
export const paragraph = (words: number, word = 'chữ'): Flow => p(`${Array.from({ length: words }, () => word).join(' ')}.`);

export const heading = (text: string): Flow => ({ type: 'heading', level: 3, html: escape(text), text });

export const list = (items: string[], ordered = false, start?: number): Flow => ({ type: 'list', ordered, ...(start ? { start } : {}), items: items.map((item) => leaf(item)) });

export const prose = (...flow: Flow[]): Block => ({ type: 'prose', flow });

export const callout = (kind: CalloutKind, flow: Flow[], extra: { title?: string; minutes?: number } = {}): Block => ({ type: 'callout', kind, flow, ...extra });

export const cards = (title: string, texts: string[]): Block => ({ type: 'cards', title, cards: texts.map((text) => leaf(text)) });
