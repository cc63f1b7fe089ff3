/** The new lesson data in the teacher's tools: key terms, activity cards to cut out, competences. */
import fs from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { freshComputer, renderWithProviders } from '../../test-utils';

async function open(url: string, language: 'vi' | 'en' = 'vi') {
  window.history.replaceState(null, '', url);
  return renderWithProviders(<App />, { language });
}

describe('the teacher’s tools show the new lesson data', () => {
  beforeEach(async () => {
    await freshComputer({ teacherMode: true });
  });

  it('prints the key terms on the student handout', async () => {
    await open('/lesson/fixture-hotline/print/handout');
    await screen.findByRole('heading', { level: 1, name: 'Phiếu học tập: Gọi 111' });
    const terms = screen.getByRole('region', { name: 'Từ khóa' });
    expect(within(terms).getAllByRole('term').map((term) => term.textContent)).toEqual(['Tổng đài 111', 'Người lớn tin cậy', 'Bằng chứng']);
    expect(within(terms).getByText('Số điện thoại miễn phí, có người nghe cả ngày lẫn đêm.')).toBeInTheDocument();
  });

  it('prints the activity cards to cut out, each naming its set, lesson and band', async () => {
    await open('/lesson/fixture-hotline/print/cards');
    await screen.findByRole('heading', { level: 1, name: 'Thẻ hoạt động: Gọi 111' });
    const set = screen.getByRole('region', { name: 'Thẻ người giúp đỡ' });
    const cards = within(set).getAllByRole('listitem');
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      expect(card).toHaveClass('cut-card');
      expect(within(card).getByText('Thẻ người giúp đỡ')).toBeInTheDocument();
      expect(within(card).getByText('Gọi 111 · Lớp 4–5')).toBeInTheDocument();
    }
    expect(cards[0]).toHaveTextContent('Thẻ 1. Bố mẹ em.');
    expect(within(cards[2]!).getByRole('link', { name: 'bài Thông tin cá nhân' })).toHaveAttribute('href', '/lesson/fixture-personal-data');
    expect(screen.getByText(/Cắt theo đường nét đứt/)).toHaveClass('no-print');
  });

  it('keeps each printed card whole, with dashed cut lines', () => {
    const css = fs.readFileSync(path.resolve(__dirname, '../../../src/features/teacher/printouts.css'), 'utf8');
    const rule = /\.cut-card \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/display: inline-block;/);
    expect(rule).toMatch(/break-inside: avoid;/);
    expect(rule).toMatch(/border: 1px dashed/);
    expect(rule).toMatch(/width: 50%;/);
  });

  it('offers the cards printout only for a lesson that has cards', async () => {
    const first = await open('/lesson/fixture-hotline/plan');
    await screen.findByRole('heading', { level: 1, name: 'Giáo án: Gọi 111' });
    expect(screen.getByRole('link', { name: /In thẻ hoạt động/ })).toHaveAttribute('href', '/lesson/fixture-hotline/print/cards');
    first.unmount();
    await open('/lesson/fixture-personal-data/plan');
    await screen.findByRole('heading', { level: 1, name: 'Giáo án: Thông tin cá nhân' });
    expect(screen.queryByRole('link', { name: /In thẻ hoạt động/ })).not.toBeInTheDocument();
  });

  it('shows the competence tags on the lesson plan in the framework’s order, named in the language of the app', async () => {
    const vi = await open('/lesson/fixture-personal-data/plan');
    const tags = await screen.findByRole('region', { name: 'Năng lực số (Thông tư 02/2025/TT-BGDĐT)' });
    expect(within(tags).getAllByRole('listitem').map((tag) => tag.textContent)).toEqual(['2.6 Quản lý danh tính số', '4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư']);
    vi.unmount();
    await open('/lesson/fixture-personal-data/plan', 'en');
    const english = await screen.findByRole('region', { name: 'Digital competences (Circular 02/2025/TT-BGDĐT)' });
    expect(within(english).getAllByRole('listitem').map((tag) => tag.textContent)).toEqual(['2.6 Managing digital identity', '4.2 Protecting personal data and privacy']);
  });

  it('filters the lessons to teach by competence, with a labelled list reachable from the keyboard', async () => {
    const user = userEvent.setup();
    await open('/teacher');
    const filter = await screen.findByRole('combobox', { name: 'Lọc theo năng lực số' });
    const lessonTitles = () => [...document.querySelectorAll('.teach-list__title')].map((title) => title.textContent);
    expect(lessonTitles()).toEqual(['Thông tin cá nhân', 'Gọi 111']);
    // Only the competences some lesson practises are offered.
    expect(within(filter).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tất cả năng lực',
      '2.1 Tương tác thông qua công nghệ số',
      '2.6 Quản lý danh tính số',
      '4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư',
    ]);

    while (document.activeElement !== filter) await user.tab();
    await user.selectOptions(filter, '2.1');
    expect(lessonTitles()).toEqual(['Gọi 111']);
    expect(screen.getByText('1 bài rèn năng lực 2.1.')).toHaveAttribute('role', 'status');
    await user.selectOptions(filter, '4.2');
    expect(lessonTitles()).toEqual(['Thông tin cá nhân']);
    await user.selectOptions(filter, '');
    expect(lessonTitles()).toEqual(['Thông tin cá nhân', 'Gọi 111']);
  });
});
