import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types';
import { answerText, optionList } from '../../../src/ui/optionText';

const words = (key: string) => ({ 'quiz.true': 'Đúng', 'quiz.false': 'Sai', 'quiz.nothingChosen': '(không chọn gì)' })[key] ?? key;

const question: Question = {
  id: 'q1',
  type: 'multiple',
  question: 'Thông tin nào cần giữ kín?',
  options: [
    { text: 'Địa chỉ nhà em.', correct: true },
    { text: 'Màu em thích', correct: false },
    { text: 'Số điện thoại của **bố mẹ**.', correct: true },
    { text: 'Mật khẩu…', correct: true },
  ],
  explanation: 'Người lạ dùng chúng để tìm đến em.',
} as Question;

describe('lists of options', () => {
  it('joins options written as sentences without ".;" — the stop goes, inside bold markers too', () => {
    expect(answerText(question, [0, 2], words)).toBe('Địa chỉ nhà em; Số điện thoại của **bố mẹ**');
    expect(optionList(['A. Gọi 111.', 'C. Kể với bố mẹ.'])).toBe('A. Gọi 111; C. Kể với bố mẹ');
  });

  it('keeps an ellipsis, and one option as it is written', () => {
    expect(answerText(question, [3, 0], words, [3, 1, 0, 2])).toBe('Mật khẩu…; Địa chỉ nhà em');
    expect(optionList(['Chờ đã...', 'Hỏi lại.'])).toBe('Chờ đã...; Hỏi lại');
    expect(answerText(question, [0], words)).toBe('Địa chỉ nhà em.');
    expect(answerText(question, [], words)).toBe('(không chọn gì)');
  });
});
