/** The lesson page shows the compiled lesson's key terms and activity cards. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { initStorage } from '../../../src/db/storage';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { freshDatabase, renderWithProviders } from '../../test-utils';

describe('the lesson page', () => {
  beforeEach(async () => {
    freshDatabase();
    useStorageStatus.setState({ problem: null, ready: false });
    await initStorage();
  });

  it('shows the key terms as a glossary before the first part', async () => {
    window.history.replaceState(null, '', '/lesson/fixture-personal-data');
    await renderWithProviders(<App />);
    const terms = await screen.findByRole('region', { name: 'Từ khóa' });
    expect(within(terms).getAllByRole('term').map((term) => term.textContent)).toEqual(['Thông tin cá nhân', 'Mật khẩu', 'Người lạ trên mạng']);
    expect(within(terms).getAllByRole('definition')[1]).toHaveTextContent('Chuỗi ký tự bí mật để mở tài khoản; chỉ em và bố mẹ biết.');
    const firstPart = screen.getByRole('region', { name: /Khởi động/ });
    expect(terms.compareDocumentPosition(firstPart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the activity cards in a titled box, one item per card, after their activity', async () => {
    window.history.replaceState(null, '', '/lesson/fixture-hotline');
    await renderWithProviders(<App />);
    const box = await screen.findByRole('note', { name: 'Thẻ hoạt động: Thẻ người giúp đỡ' });
    const cards = within(box).getAllByRole('listitem');
    expect(cards.map((card) => card.textContent)).toEqual(['Thẻ 1. Bố mẹ em.', 'Thẻ 2. Cô giáo chủ nhiệm.', 'Thẻ 3. Tổng đài 111. Xem bài Thông tin cá nhân.']);
    expect(within(cards[0]!).getByText('Thẻ 1.').tagName).toBe('STRONG');
    const activity = screen.getByRole('note', { name: 'Ai giúp được em?' });
    expect(activity.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('makes tips and activities notes, not landmarks, so several "Mẹo hay" never repeat a landmark name', async () => {
    window.history.replaceState(null, '', '/lesson/fixture-personal-data');
    await renderWithProviders(<App />);
    expect(await screen.findByRole('note', { name: 'Mẹo hay' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Mẹo hay' })).not.toBeInTheDocument();
    const asides = screen.queryAllByRole('complementary').map((aside) => aside.getAttribute('aria-label'));
    expect(new Set(asides).size).toBe(asides.length);
  });
});
