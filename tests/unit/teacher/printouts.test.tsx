/**
 * What each printout holds: the pupil's handout only what a pupil reads (no activity instructions or
 * notes for the teacher), and the answer key numbered once.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintPage } from '../../../src/features/teacher/PrintPage';
import type { PrintVariant } from '../../../src/router/routes';
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
    const answer = within(key).getByText('Câu 1: A. Địa chỉ nhà em');
    expect(answer.closest('ol')).toBeNull();
  });
});
