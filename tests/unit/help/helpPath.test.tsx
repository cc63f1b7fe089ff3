/** "Em cần giúp?": the steps, words fitted to the age group and the answer, 111 always there, and nothing kept. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelpPage } from '../../../src/features/help/HelpPage';
import { HelpPathLink } from '../../../src/features/help/HelpPathLink';
import { HelpPathPage } from '../../../src/features/help/HelpPathPage';
import { QUICK_EXIT_WINDOW, useQuickExitKey } from '../../../src/features/help/quickExit';
import type { AppDatabase } from '../../../src/db/db';
import { initStorage } from '../../../src/db/storage';
import { navigate } from '../../../src/router/navigation';
import { helpPathVi } from '../../../src/features/help/strings';
import { freshDatabase, renderWithProviders } from '../../test-utils';

let db: AppDatabase;

beforeEach(async () => {
  db = freshDatabase();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/help/path');
  await initStorage();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const call111 = () => screen.getByRole('link', { name: 'Gọi 111' });

describe('the guided help path', () => {
  it('asks the age group first, then what is happening, with 111 and the quick exit on every step', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<HelpPathPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Em cần giúp?' })).toBeInTheDocument();
    expect(screen.getByText('Những gì em chọn ở đây không được lưu lại trên máy.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Em học lớp mấy?' })).toBeInTheDocument();
    expect(screen.getByText('Bước 1 / 4')).toBeInTheDocument();
    expect(call111()).toHaveAttribute('href', 'tel:111');
    expect(screen.getByRole('button', { name: 'Thoát nhanh' })).toHaveAccessibleDescription(
      'Hoặc bấm phím Esc hai lần. Màn hình trắng ngay, và nút Quay lại của trình duyệt không mở lại trang này.',
    );
    // The tab's title, kept in the browser's history, says nothing about help.
    expect(document.title).toBe('Mạng An Toàn');

    await user.click(screen.getByRole('button', { name: /Lớp 6–9/ }));
    const what = screen.getByRole('region', { name: 'Chuyện gì đang xảy ra?' });
    expect(within(what).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(what).getAllByRole('button')).toHaveLength(7);
    expect(call111()).toHaveAttribute('href', 'tel:111');
    expect(screen.getByRole('button', { name: 'Thoát nhanh' })).toBeInTheDocument();
  });

  it('follows the band the child came from, in very short sentences with pictures for Lớp 1–3', async () => {
    const user = userEvent.setup();
    const { container } = await renderWithProviders(<HelpPathPage band="lop-1-3" />);
    expect(screen.queryByRole('heading', { name: 'Em học lớp mấy?' })).not.toBeInTheDocument();
    expect(screen.getByText('Bước 2 / 4')).toBeInTheDocument();
    const choices = within(screen.getByRole('region', { name: 'Chuyện gì đang xảy ra?' })).getAllByRole('button');
    for (const choice of choices) expect(choice.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Có người nói điều xấu với em hoặc về em.' }));

    const step = screen.getByRole('region', { name: 'Em làm thế này nhé' });
    expect(within(step).getByText('Em làm đúng khi tìm giúp đỡ. Không phải lỗi của em.')).toBeInTheDocument();
    const actions = within(step).getAllByRole('listitem');
    expect(actions.map((item) => item.textContent)).toEqual([
      'Đừng trả lời người đó.',
      'Kể ngay với bố mẹ, thầy cô hoặc người lớn em tin.',
      'Gọi 111. Có người tốt bụng nghe máy cả ngày lẫn đêm, không mất tiền.Bấm để gọi 111',
      'Đừng xóa tin nhắn. Người lớn sẽ giúp em.',
      'Người lớn sẽ giúp em báo cáo và chặn người đó.',
    ]);
    for (const action of actions) expect(action.querySelector('svg')).not.toBeNull();
    expect(within(step).getByRole('link', { name: 'Bấm để gọi 111' })).toHaveAttribute('href', 'tel:111');
    // No emoji as pictures: every picture is the app's own SVG.
    expect(container.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('speaks to a child from the preschool band as to the youngest pupils, in short sentences with pictures', async () => {
    await renderWithProviders(<HelpPathPage band="mam-non" />);
    expect(screen.getByText('Bước 2 / 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Có người nói điều xấu với em hoặc về em.' })).toBeInTheDocument();
  });

  // Counted in syllables, as Vietnamese is written: 14 is a short sentence (the lesson checker warns above 12 words on average).
  it('keeps every Lớp 1–3 sentence short', () => {
    const small: string[] = [];
    const collect = (node: unknown, key = '') => {
      if (typeof node === 'string') {
        if (key === 'small') small.push(node);
      } else if (node && typeof node === 'object') for (const [k, child] of Object.entries(node)) collect(child, k);
    };
    collect(helpPathVi);
    expect(small.length).toBeGreaterThan(20);
    for (const text of small) {
      for (const sentence of text.split(/[.!?:]\s/)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(14);
    }
  });

  it('fits what to do to the answer: no sending, no paying, evidence without forwarding images, and 113 when in danger', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<HelpPathPage band="lop-10-12" />);
    await user.click(screen.getByRole('button', { name: /đòi tiền hoặc dọa tung ảnh/ }));
    const step = screen.getByRole('region', { name: 'Việc em có thể làm ngay' });
    expect(step).toHaveTextContent('Không gửi thêm gì: không ảnh, không tiền');
    expect(step).toHaveTextContent('không bao giờ chuyển tiếp cho ai, kể cả để cho ai xem');
    expect(within(step).getByRole('group')).toHaveTextContent('Chặn và báo cáo thế nào?');
    expect(within(step).getByText(/gọi 113 \(công an\)/)).toBeInTheDocument();
    expect(within(step).getByRole('link', { name: 'Gọi 113' })).toHaveAttribute('href', 'tel:113');
  });

  it.each(['lop-1-3', 'lop-4-5', 'lop-10-12'] as const)('follows the one safety sequence in %s: stop, a trusted adult or 111, evidence, then report and block', async (band) => {
    const user = userEvent.setup();
    await renderWithProviders(<HelpPathPage band={band} />);
    await user.click(screen.getAllByRole('button').find((button) => /dọa|đe dọa/.test(button.textContent ?? ''))!);
    const items = within(screen.getByRole('region', { name: /Em làm thế này nhé|Việc em có thể làm ngay/ }))
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    const first = (pattern: RegExp) => items.findIndex((text) => pattern.test(text));
    const [stop, adult, call111, evidence, block] = [/Đừng trả lời|Ngừng trả lời/, /Kể ngay|Nói ngay/, /Gọi 111/, /bằng chứng|Đừng xóa/, /chặn/];
    expect([first(stop), first(adult), first(call111), first(evidence), first(block)].every((index) => index >= 0), items.join(' | ')).toBe(true);
    expect(first(stop)).toBeLessThan(first(adult));
    expect(first(adult)).toBeLessThan(first(evidence));
    expect(first(call111)).toBeLessThan(first(evidence));
    expect(first(evidence)).toBeLessThan(first(block));
  });

  it('says nothing of 113 where no one is in danger, and shows the friend’s steps for a friend', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<HelpPathPage band="lop-4-5" />);
    await user.click(screen.getByRole('button', { name: /Em thấy một thứ trên mạng/ }));
    expect(screen.queryByText(/113/)).not.toBeInTheDocument();
    expect(screen.getByText('Đừng gửi nó cho bạn khác.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '← Quay lại' }));
    await user.click(screen.getByRole('button', { name: /Em lo cho một người bạn/ }));
    expect(screen.getByText('Em là một người bạn tốt khi lo cho bạn mình.')).toBeInTheDocument();
    expect(screen.getByText(/Rủ bạn cùng kể với người lớn/)).toBeInTheDocument();
    expect(screen.getByText(/gọi 113/)).toBeInTheDocument();
  });

  it('ends with a note for a trusted adult, in an adult’s words, with 111, to show or print', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderWithProviders(<HelpPathPage band="lop-6-9" />);
    await user.click(screen.getByRole('button', { name: /Có người xin ảnh/ }));
    await user.click(screen.getByRole('button', { name: 'Tiếp theo: lời nhắn cho người lớn' }));
    const note = screen.getByRole('region', { name: 'Lời nhắn cho người lớn em tin' });
    expect(note).toHaveTextContent('Có người trên mạng xin ảnh của em, bảo em giữ bí mật hoặc rủ em gặp mặt.');
    expect(note).toHaveTextContent('Bình tĩnh lắng nghe và đừng trách em.');
    expect(note).toHaveTextContent('Không lưu, không chuyển tiếp ảnh riêng tư của trẻ em');
    expect(note).toHaveTextContent('111');
    expect(note).toHaveTextContent('Miễn phí · 24 giờ mỗi ngày, 7 ngày mỗi tuần');
    expect(note).toHaveTextContent('gọi 113');
    await user.click(screen.getByRole('button', { name: 'In lời nhắn' }));
    expect(print).toHaveBeenCalledTimes(1);
    // On paper, only the note: everything else on the page is marked no-print.
    const article = note.closest('article')!;
    for (const child of article.querySelectorAll(':scope > *, .help-path__step > *')) {
      if (!child.contains(note) && child !== note) expect(child, child.outerHTML.slice(0, 60)).toHaveClass('no-print');
    }
  });

  it('writes nothing anywhere: no storage, no IndexedDB, no history entry or state, no URL change', async () => {
    const user = userEvent.setup();
    // Opened first (setting up i18n remembers the language), then watched from the first step on.
    await renderWithProviders(<HelpPathPage />);
    const tables = async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
    const before = { tables: await tables(), local: { ...window.localStorage }, session: { ...window.sessionStorage }, cookie: document.cookie };
    const writes = [
      vi.spyOn(Storage.prototype, 'setItem'),
      vi.spyOn(Storage.prototype, 'removeItem'),
      vi.spyOn(Storage.prototype, 'clear'),
      vi.spyOn(window.history, 'pushState'),
      vi.spyOn(window.history, 'replaceState'),
      vi.spyOn(indexedDB, 'open'),
      vi.spyOn(IDBObjectStore.prototype, 'put'),
      vi.spyOn(IDBObjectStore.prototype, 'add'),
      vi.spyOn(IDBObjectStore.prototype, 'delete'),
      vi.spyOn(IDBObjectStore.prototype, 'clear'),
    ];
    const historyLength = window.history.length;

    await user.click(screen.getByRole('button', { name: /Lớp 4–5/ }));
    await user.click(screen.getByRole('button', { name: /đe dọa em hoặc đòi em gửi tiền/ }));
    await user.click(screen.getByRole('group').querySelector('summary')!);
    await user.click(screen.getByRole('button', { name: 'Tiếp theo: lời nhắn cho người lớn' }));
    await user.click(screen.getByRole('button', { name: '← Quay lại' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp theo: lời nhắn cho người lớn' }));
    expect(screen.getByRole('region', { name: 'Lời nhắn cho người lớn em tin' })).toBeInTheDocument();

    for (const write of writes) expect(write).not.toHaveBeenCalled();
    expect(window.location.pathname + window.location.search).toBe('/help/path');
    expect(window.history.state).toBeNull();
    expect(window.history.length).toBe(historyLength);
    expect({ tables: await tables(), local: { ...window.localStorage }, session: { ...window.sessionStorage }, cookie: document.cookie }).toEqual(before);
  });

  it('leaves on Esc pressed twice, not on one Esc nor on an Esc something else used', async () => {
    const leave = vi.fn();
    function Listening() {
      useQuickExitKey(leave);
      return (
        <div onKeyDown={(event) => event.key === 'Escape' && event.preventDefault()}>
          <button type="button">Danh mục</button>
        </div>
      );
    }
    await renderWithProviders(<Listening />);
    const menu = screen.getByRole('button', { name: 'Danh mục' });
    const now = vi.spyOn(Date, 'now').mockReturnValue(10_000);
    // Each Esc the menu used counts for nothing, however close together.
    fireEvent.keyDown(menu, { key: 'Escape' });
    fireEvent.keyDown(menu, { key: 'Escape' });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(leave).not.toHaveBeenCalled();
    // Too late to be the second press: a first one again.
    now.mockReturnValue(10_000 + QUICK_EXIT_WINDOW + 1);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(leave).not.toHaveBeenCalled();
    now.mockReturnValue(10_000 + QUICK_EXIT_WINDOW + 500);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(leave).toHaveBeenCalledOnce();
  });

  it('offers the path on the help page', async () => {
    await renderWithProviders(<HelpPage />);
    expect(screen.getByRole('link', { name: /Em cần giúp\?/ })).toHaveAttribute('href', '/help/path');
  });
});

describe('the header’s "Em cần giúp?" entry', () => {
  const entryAt = async (url: string) => {
    act(() => navigate(url));
    return screen.getByRole('link', { name: 'Em cần giúp?' });
  };

  it('opens the path in the age group of the page it is on, and asks elsewhere', async () => {
    window.history.replaceState(null, '', '/');
    await renderWithProviders(<HelpPathLink />);
    expect(await entryAt('/band/lop-1-3')).toHaveAttribute('href', '/help/path?band=lop-1-3');
    expect(await entryAt('/lesson/fixture-personal-data/quiz')).toHaveAttribute('href', '/help/path?band=lop-4-5');
    expect(await entryAt('/progress/lop-10-12')).toHaveAttribute('href', '/help/path?band=lop-10-12');
    expect(await entryAt('/settings')).toHaveAttribute('href', '/help/path');
    // A session for adults has no age group: the path asks.
    expect(await entryAt('/band/cha-me')).toHaveAttribute('href', '/help/path');
  });
});
