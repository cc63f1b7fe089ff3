/** The search page inside the app shell, over the fixture pack's compiled index (vitest runs the content plugin). */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { initStorage } from '../../../src/db/storage';
import { navigate } from '../../../src/router/navigation';
import { freshDatabase, renderWithProviders } from '../../test-utils';

function main() {
  return within(screen.getByRole('main'));
}

/**
 * Opens the app on `url`. The search page is a lazy chunk: it is reached by a navigation inside an
 * awaited act(), because a lazy page suspended in render()'s synchronous act() is not resumed in jsdom.
 */
async function openApp(url: string) {
  window.history.replaceState(null, '', '/');
  const rendered = await renderWithProviders(<App />);
  await act(async () => navigate(url));
  return rendered;
}

describe('the search page', () => {
  beforeEach(async () => {
    freshDatabase();
    window.localStorage.clear();
    await initStorage();
  });

  it('finds a lesson by words typed without accents, with its band and topic, and says how many', async () => {
    const user = userEvent.setup();
    await openApp('/search');
    await user.type(await main().findByRole('searchbox', { name: 'Tìm bài học' }), 'mat khau');

    const results = await main().findByRole('list', { name: 'Kết quả tìm kiếm' });
    const link = within(results).getByRole('link', { name: 'Thông tin cá nhân' });
    expect(link).toHaveAttribute('href', '/lesson/fixture-personal-data');
    expect(link).toHaveAccessibleDescription('Lớp 4–5 · Bảo vệ thông tin cá nhân');
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    expect(main().getByRole('status')).toHaveTextContent('Tìm thấy 1 bài cho “mat khau”.');
    // The query is in the URL, so Back from a lesson and a reload keep it.
    expect(window.location.pathname + window.location.search).toBe('/search?q=mat+khau');
  });

  it('says when nothing matches, and requires every word', async () => {
    const user = userEvent.setup();
    await openApp('/search');
    await user.type(await main().findByRole('searchbox', { name: 'Tìm bài học' }), 'mat khau bang chung');
    expect(await main().findByText('Không tìm thấy bài nào cho “mat khau bang chung”. Hãy thử từ khác, hoặc bớt đi một từ.')).toBeInTheDocument();
    expect(main().queryByRole('list', { name: 'Kết quả tìm kiếm' })).not.toBeInTheDocument();
  });

  it('searches from the header box of any page with Enter, and follows the query in the URL', async () => {
    const user = userEvent.setup();
    await openApp('/help');
    const header = within(screen.getByRole('banner'));
    expect(header.getByRole('link', { name: 'Tìm kiếm' })).toHaveAttribute('href', '/search');
    await user.type(header.getByRole('searchbox', { name: 'Tìm bài học' }), 'goi 111{Enter}');

    const results = await main().findByRole('list', { name: 'Kết quả tìm kiếm' });
    expect(within(results).getByRole('link', { name: 'Gọi 111' })).toHaveAttribute('href', '/lesson/fixture-hotline');
    expect(window.location.search).toBe('?q=goi+111');
    expect(main().getByRole('searchbox', { name: 'Tìm bài học' })).toHaveValue('goi 111');
    // On the search page its own box is the only one.
    expect(header.queryByRole('searchbox')).not.toBeInTheDocument();

    act(() => navigate('/search?q=thong+tin'));
    expect(main().getByRole('searchbox', { name: 'Tìm bài học' })).toHaveValue('thong tin');
    expect(await within(results).findByRole('link', { name: 'Thông tin cá nhân' })).toBeInTheDocument();
  });

  it('searches the English index after switching language', async () => {
    const user = userEvent.setup();
    await openApp('/search?q=password');
    await user.click(screen.getByRole('button', { name: 'English' }));
    const results = await main().findByRole('list', { name: 'Search results' });
    expect(within(results).getByRole('link', { name: 'Personal information' })).toHaveAccessibleDescription('Grades 4–5 · Protecting personal information');
    expect(main().getByRole('status')).toHaveTextContent('1 lesson found for “password”.');
  });
});
