import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresenterPage, PresenterView } from '../../../src/features/presenter/PresenterPage';
import { buildPresentation } from '../../../src/features/presenter/slides';
import { channelName, type PresenterMessage } from '../../../src/features/presenter/sync';
import { renderWithProviders } from '../../test-utils';
import { callout, lesson, p, part, prose, section } from './factories';

const LESSON = 'fixture-personal-data';

/** A window of our own on the lesson's channel, like the speaker view would be. */
function otherWindow(lessonId = LESSON) {
  const channel = new BroadcastChannel(channelName(lessonId));
  const received: PresenterMessage[] = [];
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => received.push(event.data);
  openChannels.push(channel);
  return { channel, received, send: (message: object) => channel.postMessage({ from: 'test-window', ...message }) };
}

const openChannels: BroadcastChannel[] = [];
const counter = () => screen.getByText(/^\d+ \/ \d+$/).textContent;

/**
 * Opens the projector on `search` and waits until it listens: its first message (hello, or its slide
 * when the address names one) is sent from the same effects that start listening to keys.
 */
async function renderPresenter(search = '') {
  const other = otherWindow();
  window.history.replaceState(null, '', `/lesson/${LESSON}/present${search}`);
  const result = await renderWithProviders(<PresenterPage lessonId={LESSON} />);
  await screen.findByRole('heading', { level: 1, name: 'Trình chiếu: Thông tin cá nhân' });
  await waitFor(() => expect(other.received.length).toBeGreaterThan(0));
  return { ...result, other };
}

describe('the projector window', () => {
  beforeEach(() => {
    window.localStorage.clear();
  });
  afterEach(() => {
    for (const channel of openChannels.splice(0)) channel.close();
    vi.restoreAllMocks();
  });

  it('shows the title slide with the lesson’s title, band, duration, objectives and a counter', async () => {
    await renderPresenter();
    expect(screen.getByRole('heading', { level: 2, name: 'Thông tin cá nhân' })).toBeInTheDocument();
    expect(screen.getByText('Lớp 4–5 · Bảo vệ thông tin cá nhân')).toBeInTheDocument();
    expect(screen.getByText('Thời lượng: 35 phút')).toBeInTheDocument();
    expect(screen.getByText('Kể được thông tin cá nhân.')).toBeInTheDocument();
    expect(counter()).toBe('1 / 6');
    expect(screen.getByText('Trang 1 trên 6')).toBeInTheDocument();
    expect(document.documentElement).toHaveClass('presenting');
  });

  it('renders every kind of slide: part content, the tip, the 111 card and the review invitation', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: 'Khởi động' })).toBeInTheDocument();
    expect(screen.getByText('5 phút')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Chiếc khiên xanh' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: 'Khám phá' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Tên trường' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 3, name: 'Mẹo hay' })).toBeInTheDocument();
    expect(screen.getByText('Hỏi bố mẹ trước khi đăng ảnh.')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('111')).toBeInTheDocument();
    expect(screen.getByText('Tổng đài quốc gia bảo vệ trẻ em')).toBeInTheDocument();
    expect(screen.getByText('Khi em sợ hãi, hãy gọi 111.')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: 'Câu hỏi ôn tập' })).toBeInTheDocument();
    expect(screen.getByText('Cả lớp cùng trả lời 6 câu hỏi ôn tập của bài.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở đố vui cả lớp' })).toHaveAttribute('href', `/lesson/${LESSON}/class-quiz`);
  });

  it('moves with every key of keyboards and presentation clickers, and stops at both ends', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    const steps: [string, string][] = [
      ['{ArrowRight}', '2 / 6'],
      ['{ArrowDown}', '3 / 6'],
      ['{PageDown}', '4 / 6'],
      [' ', '5 / 6'],
      ['{Enter}', '6 / 6'],
      ['{ArrowRight}', '6 / 6'],
      ['{Shift>} {/Shift}', '5 / 6'],
      ['{ArrowRight}', '6 / 6'],
      ['{ArrowLeft}', '5 / 6'],
      ['{ArrowUp}', '4 / 6'],
      ['{PageUp}', '3 / 6'],
      ['{Backspace}', '2 / 6'],
      ['{End}', '6 / 6'],
      ['{Home}', '1 / 6'],
      ['{ArrowLeft}', '1 / 6'],
    ];
    for (const [keys, expected] of steps) {
      await user.keyboard(keys);
      expect({ keys, counter: counter() }).toEqual({ keys, counter: expected });
    }
  });

  it('remembers the slide in the address, so a reload comes back to it', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    await user.keyboard('{End}');
    expect(window.location.search).toBe('?slide=6');
  });

  it('opens on the slide in the address', async () => {
    await renderPresenter('?slide=3');
    expect(screen.getByRole('heading', { level: 2, name: 'Khám phá' })).toBeInTheDocument();
    expect(counter()).toBe('3 / 6');
  });

  it('has buttons for the previous and next slide', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    expect(screen.getByRole('button', { name: 'Trang trước' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(counter()).toBe('3 / 6');
    await user.click(screen.getByRole('button', { name: 'Trang trước' }));
    expect(counter()).toBe('2 / 6');
  });

  it('moves the slide with Space after a toolbar button was clicked, instead of pressing that button again', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue({ focus: () => undefined } as Window);
    await renderPresenter('?slide=3');
    await user.click(screen.getByRole('button', { name: 'Trang trước' }));
    expect(counter()).toBe('2 / 6');
    await user.keyboard(' ');
    expect(counter()).toBe('3 / 6');
    await user.keyboard('{Shift>} {/Shift}');
    expect(counter()).toBe('2 / 6');
    await user.click(screen.getByRole('button', { name: 'Mở màn hình người trình bày' }));
    await user.keyboard(' ');
    expect(counter()).toBe('3 / 6');
    expect(open).toHaveBeenCalledTimes(1);
    await user.keyboard('{PageDown}{ArrowRight}');
    expect(counter()).toBe('5 / 6');
  });

  it('lets a keyboard user tab to a toolbar button and press it with Enter', async () => {
    const user = userEvent.setup();
    await renderPresenter('?slide=3');
    const previous = screen.getByRole('button', { name: 'Trang trước' });
    while (document.activeElement !== previous) await user.tab();
    await user.keyboard('{Enter}');
    expect(counter()).toBe('2 / 6');
    await user.keyboard('{Enter}');
    expect(counter()).toBe('1 / 6');
  });

  it('leaves for the lesson page with Esc', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    await user.keyboard('{Escape}');
    expect(window.location.pathname).toBe(`/lesson/${LESSON}`);
  });

  it('blanks the screen with B (or a clicker’s "." key) and shows it again', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    await user.keyboard('b');
    expect(screen.getByRole('status')).toHaveTextContent('Màn hình đang tạm tắt');
    await user.keyboard('.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('goes full screen with the Fullscreen API where the browser has it', async () => {
    const requestFullscreen = vi.fn(() => Promise.resolve());
    Object.defineProperty(document.documentElement, 'requestFullscreen', { value: requestFullscreen, configurable: true });
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    try {
      const user = userEvent.setup();
      await renderPresenter();
      await user.click(screen.getByRole('button', { name: 'Toàn màn hình' }));
      expect(requestFullscreen).toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
      Reflect.deleteProperty(document, 'fullscreenEnabled');
    }
  });

  it('hides the full-screen button where the Fullscreen API is missing', async () => {
    await renderPresenter();
    expect(screen.queryByRole('button', { name: 'Toàn màn hình' })).not.toBeInTheDocument();
  });

  it('opens the speaker view in a second window, or says how when pop-ups are blocked', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValueOnce({ focus: () => undefined } as Window).mockReturnValueOnce(null);
    await renderPresenter();
    await user.click(screen.getByRole('button', { name: 'Mở màn hình người trình bày' }));
    expect(open).toHaveBeenCalledWith(`/lesson/${LESSON}/speaker`, `mang-an-toan-speaker-${LESSON}`, expect.any(String));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mở màn hình người trình bày' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Màn hình người trình bày' })).toHaveAttribute('href', `/lesson/${LESSON}/speaker`);
  });

  it('tells the other window when the slide changes, and follows it when it changes there', async () => {
    const user = userEvent.setup();
    const { other: speaker } = await renderPresenter();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(speaker.received).toContainEqual(expect.objectContaining({ type: 'slide', index: 1, slideId: '0.0.0' })));
    act(() => speaker.send({ type: 'slide', index: 4, slideId: '1.2.0' }));
    await waitFor(() => expect(counter()).toBe('5 / 6'));
  });

  it('leads the other windows when opened on a given slide (after a reload)', async () => {
    const { other: speaker } = await renderPresenter('?slide=4');
    expect(speaker.received).toEqual([expect.objectContaining({ type: 'slide', index: 3, slideId: '1.1.0' })]);
  });

  it('asks the windows already open which slide they show when opened without one', async () => {
    const { other: speaker } = await renderPresenter();
    expect(speaker.received).toEqual([expect.objectContaining({ type: 'hello' })]);
  });

  it('answers a window that just opened with the slide on screen', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    await user.keyboard('{End}');
    const speaker = otherWindow();
    speaker.send({ type: 'hello' });
    await waitFor(() => expect(speaker.received).toContainEqual(expect.objectContaining({ type: 'slide', index: 5, slideId: 'closing' })));
  });

  it('splits a long lesson part into several slides', async () => {
    const long = Array.from({ length: 12 }, (_, i) => p(`Đoạn văn số ${i + 1}: ${'một câu chuyện dài về an toàn trên mạng '.repeat(3)}`));
    const body = lesson([section(part('explore', 15), prose(...long), callout('family', [p('Gửi gia đình')]))]);
    const slideCount = buildPresentation(body).slides.length;
    window.history.replaceState(null, '', '/lesson/bai-thu/present');
    await renderWithProviders(<PresenterView lesson={body} />);
    expect(slideCount).toBeGreaterThan(4);
    expect(counter()).toBe(`1 / ${slideCount}`);
    expect(screen.queryByText('Gửi gia đình')).not.toBeInTheDocument();
  });

  it('gives the app its header back when the presentation closes', async () => {
    const { unmount } = await renderPresenter();
    unmount();
    expect(document.documentElement).not.toHaveClass('presenting');
  });
});
