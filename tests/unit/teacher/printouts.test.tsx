/**
 * What each printout holds: the pupil's handout only what a pupil reads (no activity instructions or
 * notes for the teacher), the answer key numbered once, and the worksheet and its key in one order of
 * options that is not the written one.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLessonBody } from '../../../src/content/catalog';
import { printedOrder } from '../../../src/domain/quiz';
import { PrintPage } from '../../../src/features/teacher/PrintPage';
import type { PrintVariant } from '../../../src/features/teacher/printVariants';
import { renderWithProviders } from '../../test-utils';

async function open(lessonId: string, variant: PrintVariant) {
  window.history.replaceState(null, '', `/lesson/${lessonId}/print/${variant}`);
  return renderWithProviders(<PrintPage lessonId={lessonId} variant={variant} />);
}

describe('printouts', () => {
  it('gives pupils a handout without the directions meant for the teacher', async () => {
    await open('fixture-hotline', 'handout');
    await screen.findByRole('heading', { level: 1, name: 'Phiếu học tập: Gọi 111' });
    // The discussion questions are the pupils' own; the activity tells the teacher how to run it.
    expect(screen.getByText('Em sẽ kể với ai đầu tiên?')).toBeInTheDocument();
    expect(screen.queryByText('Mỗi nhóm đọc các thẻ và nói ai có thể giúp em.')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Ai giúp được em/ })).not.toBeInTheDocument();
  });

  it('numbers the answer key once: "Câu 1: …" is not also a numbered list item', async () => {
    await open('fixture-personal-data', 'worksheet');
    const key = await screen.findByRole('region', { name: 'Đáp án: Thông tin cá nhân' });
    const answer = within(key).getByText(/^Câu 1: [A-Z]\. Địa chỉ nhà em$/);
    expect(answer.closest('ol')).toBeNull();
  });

  it('letters the options of the worksheet and its key alike, in an order derived from the question, never as written', async () => {
    const lesson = await loadLessonBody({ id: 'fixture-personal-data', locale: 'vi' });
    await open(lesson.id, 'worksheet');
    const key = await screen.findByRole('region', { name: 'Đáp án: Thông tin cá nhân' });
    const sheets = document.querySelectorAll('.worksheet__options');
    const keyLines = within(key).getAllByText(/^Câu \d+: /);
    expect(sheets).toHaveLength(lesson.quiz.length);
    for (const [n, question] of lesson.quiz.entries()) {
      const printed = [...sheets[n]!.querySelectorAll('li')].map((item) => item.textContent);
      const words = (i: number) => (question.type !== 'true-false' ? question.options[i]!.text : question.options[i]!.text === 'true' ? 'Đúng' : 'Sai');
      const order = printedOrder(lesson.id, question);
      expect(printed).toEqual(order.map((i, position) => `${'ABCD'[position]}. ${words(i)}`));
      if (question.type !== 'true-false') expect(printed).not.toEqual(question.options.map((_, i) => `${'ABCD'[i]}. ${words(i)}`));
      // The key names each right option by the letter and words it has on the worksheet.
      const right = printed.filter((_, position) => question.options[order[position]!]!.correct);
      expect(keyLines[n]).toHaveTextContent(`Câu ${n + 1}: ${right.join('; ')}`);
    }
  });
});
