import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpeakerPage, SpeakerView } from '../../../src/features/presenter/SpeakerPage';
import { channelName, type PresenterMessage } from '../../../src/features/presenter/sync';
import { renderWithProviders } from '../../test-utils';
import { callout, lesson, list, p, part, prose, section } from './factories';

const LESSON = 'fixture-personal-data';
const counter = () => screen.getByText(/^\d+ \/ \d+$/).textContent;

function projectorWindow(lessonId: string) {
  const channel = new BroadcastChannel(channelName(lessonId));
  const received: PresenterMessage[] = [];
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => received.push(event.data);
  return { channel, received, send: (message: object) => channel.postMessage({ from: 'projector', ...message }) };
}

const TEACHING_LESSON = lesson([
  section(undefined, callout('teacher', [p('Chuẩn bị 12 thẻ tin nhắn.')])),
  section(part('warmup', 5, 'Trêu đùa hay bắt nạt?'), prose(p('Thầy cô đọc từng tình huống.')), callout('teacher', [p('Gọi ba bạn trả lời.')])),
  section(
    part('practice', 13),
    callout('activity', [p('Chia nhóm bốn bạn.')], { title: 'Đèn giao thông', minutes: 10 }),
    callout('discussion', [list(['Vì sao người lạ tặng quà?'])]),
  ),
]);

describe('the speaker view', () => {
  const channels: BroadcastChannel[] = [];
  beforeEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/lesson/bai-thu/speaker');
  });
  afterEach(() => {
    for (const channel of channels.splice(0)) channel.close();
    vi.restoreAllMocks();
  });

  it('shows the slide on screen, the next one, and the counter', async () => {
    window.history.replaceState(null, '', `/lesson/${LESSON}/speaker`);
    await renderWithProviders(<SpeakerPage lessonId={LESSON} />);
    await screen.findByRole('heading', { level: 1, name: 'Màn hình người trình bày: Thông tin cá nhân' });
    expect(screen.getByRole('heading', { name: 'Đang chiếu (1 / 6)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Trang tiếp theo' })).toBeInTheDocument();
    expect(screen.getByText('Khởi động – Thông tin cá nhân là của riêng em.')).toBeInTheDocument();
    expect(counter()).toBe('1 / 6');
  });

  it('moves the slide with Space after a button was clicked, and presses a tabbed-to button with Enter', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue({ focus: () => undefined } as Window);
    window.history.replaceState(null, '', `/lesson/${LESSON}/speaker?slide=3`);
    await renderWithProviders(<SpeakerPage lessonId={LESSON} />);
    await screen.findByRole('heading', { level: 1, name: 'Màn hình người trình bày: Thông tin cá nhân' });
    await user.click(screen.getByRole('button', { name: /Trang trước/ }));
    expect(counter()).toBe('2 / 6');
    await user.keyboard(' ');
    expect(counter()).toBe('3 / 6');
    await user.click(screen.getByRole('button', { name: 'Mở màn hình trình chiếu' }));
    await user.keyboard(' ');
    expect(counter()).toBe('4 / 6');
    expect(open).toHaveBeenCalledTimes(1);
    const previous = screen.getByRole('button', { name: /Trang trước/ });
    while (document.activeElement !== previous) await user.tab();
    await user.keyboard('{Enter}');
    expect(counter()).toBe('3 / 6');
  });

  it('follows the projector window when it changes slide', async () => {
    const projector = projectorWindow(LESSON);
    channels.push(projector.channel);
    window.history.replaceState(null, '', `/lesson/${LESSON}/speaker`);
    await renderWithProviders(<SpeakerPage lessonId={LESSON} />);
    // The speaker view says hello once it listens: from then on it follows.
    await waitFor(() => expect(projector.received).toContainEqual(expect.objectContaining({ type: 'hello' })));
    act(() => projector.send({ type: 'slide', index: 4, slideId: '1.2.0' }));
    await waitFor(() => expect(counter()).toBe('5 / 6'));
    expect(screen.getByText('Khám phá – Tổng đài 111')).toBeInTheDocument();
    expect(window.location.search).toBe('?slide=5');
  });

  it('asks the windows already open which slide they show, and leads them with its own buttons and keys', async () => {
    const projector = projectorWindow(LESSON);
    channels.push(projector.channel);
    window.history.replaceState(null, '', `/lesson/${LESSON}/speaker`);
    const user = userEvent.setup();
    await renderWithProviders(<SpeakerPage lessonId={LESSON} />);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(projector.received).toContainEqual(expect.objectContaining({ type: 'hello' })));
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    await waitFor(() => expect(projector.received).toContainEqual(expect.objectContaining({ type: 'slide', index: 1 })));
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(projector.received).toContainEqual(expect.objectContaining({ type: 'slide', index: 2 })));
    expect(counter()).toBe('3 / 6');
  });

  it('shows the teacher notes of the part on screen and of the whole lesson', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<SpeakerView lesson={TEACHING_LESSON} />);
    const notes = screen.getByRole('region', { name: 'Ghi chú cho giáo viên' });
    expect(within(notes).queryByText('Gọi ba bạn trả lời.')).not.toBeInTheDocument();
    expect(within(notes).getByText('Chuẩn bị 12 thẻ tin nhắn.')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(notes).getByRole('heading', { name: 'Ghi chú của phần này' })).toBeInTheDocument();
    expect(within(notes).getByText('Gọi ba bạn trả lời.')).toBeInTheDocument();
    expect(within(notes).getByText('Chuẩn bị 12 thẻ tin nhắn.')).toBeInTheDocument();
  });

  it('times the part or activity on screen: start, count down, pause, reset', async () => {
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const user = userEvent.setup();
    await renderWithProviders(<SpeakerView lesson={TEACHING_LESSON} />);
    await user.keyboard('{ArrowRight}');
    const timer = screen.getByRole('region', { name: 'Đồng hồ' });
    expect(within(timer).getByText('Thời gian cho Khởi động: 5 phút')).toBeInTheDocument();
    expect(within(timer).getByRole('timer')).toHaveTextContent('Còn lại 05:00');

    await user.click(within(timer).getByRole('button', { name: 'Bắt đầu' }));
    now += 61_000;
    await waitFor(() => expect(within(timer).getByRole('timer')).toHaveTextContent('Còn lại 03:59'));
    expect(within(timer).getByText('Đã qua: 01:01')).toBeInTheDocument();

    await user.click(within(timer).getByRole('button', { name: 'Tạm dừng' }));
    now += 600_000;
    expect(within(timer).getByText('Đã qua: 01:01')).toBeInTheDocument();
    await user.click(within(timer).getByRole('button', { name: 'Chạy tiếp' }));
    now += 300_000;
    await waitFor(() => expect(within(timer).getByRole('timer')).toHaveTextContent('Quá giờ 01:01'));

    await user.click(within(timer).getByRole('button', { name: 'Đặt lại' }));
    expect(within(timer).getByRole('timer')).toHaveTextContent('Còn lại 05:00');
    expect(within(timer).getByRole('button', { name: 'Bắt đầu' })).toBeInTheDocument();
  });

  it('times an activity with its own minutes', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<SpeakerView lesson={TEACHING_LESSON} />);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByText('Thời gian cho Hoạt động: Đèn giao thông: 10 phút')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Thời gian cho Luyện tập: 13 phút')).toBeInTheDocument();
  });

  it('says when the slide on screen is the last one', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<SpeakerView lesson={TEACHING_LESSON} />);
    await user.keyboard('{End}');
    expect(screen.getByText('Đây là trang cuối.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Trang sau/ })).toBeDisabled();
  });
});
