/**
 * "Quét mã QR" in the class report (src/features/report/ScanSection.tsx), the camera replaced by a
 * stand-in that hands over texts as the real one does after reading a code: a scanned pupil joins the
 * report and stays on this device until the teacher clears them (with a confirmation); a refused code
 * says why and changes nothing; no camera: said, with the file route; the camera stops when leaving.
 * (tests/e2e/scan.test.ts reads real QR codes through Chromium's fake camera.)
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../src/db/db';
import * as codes from '../../../src/domain/resultCodes';
import { ClassReportPage } from '../../../src/features/report/ClassReportPage';
import { freshDatabase, renderWithProviders } from '../../test-utils';
import { NOW, validFileData } from '../transfer/fixtures';

const camera = vi.hoisted(() => ({
  onText: undefined as ((text: string) => void) | undefined,
  stopped: 0,
  refuse: false,
}));

vi.mock('../../../src/features/report/camera', () => ({
  startScanner: (_video: HTMLVideoElement, onText: (text: string) => void) => {
    if (camera.refuse) return Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    camera.onText = onText;
    return Promise.resolve(() => {
      camera.stopped += 1;
      camera.onText = undefined;
    });
  },
}));

const learners = () => validFileData().learners.map((l) => codes.resultsOf(l, NOW));

async function openScanner() {
  const user = userEvent.setup();
  const rendered = await renderWithProviders(<ClassReportPage />);
  await user.click(screen.getByRole('button', { name: 'Quét mã QR' }));
  const section = screen.getByRole('region', { name: 'Quét mã QR của học sinh' });
  await waitFor(() => expect(camera.onText).toBeDefined());
  await within(section).findByText('Hướng camera vào mã QR trên màn hình của học sinh.');
  const scan = (text: string) => act(() => camera.onText?.(text));
  return { user, section, scan, ...rendered };
}

describe('scanning learners’ QR codes in the class report', () => {
  beforeEach(() => {
    freshDatabase();
  });

  afterEach(() => {
    camera.onText = undefined;
    camera.stopped = 0;
    camera.refuse = false;
  });

  it('adds a scanned pupil to the report, keeps them on this device, counts a second scan once, and clears them only when confirmed', async () => {
    const { user, section, scan, unmount } = await openScanner();
    expect(screen.getByRole('button', { name: 'Dừng quét' })).toHaveFocus();
    const [text] = codes.encodeResults(learners(), NOW, '0.1.0');
    scan(text!);
    await within(section).findByText('Đã thêm kết quả của Lan (6A), Minh.');
    // In the report as a file would be: its learners and attempts counted, its name in the list.
    await screen.findByText('Đã đọc: 1 tệp, 2 học sinh, 3 lần làm bài.');
    expect(screen.getByText('Mã QR: Lan (6A), Minh')).toBeInTheDocument();
    expect(await getDatabase().scans.count()).toBe(1);

    scan('https://example.com/');
    await within(section).findByText('Đây không phải mã kết quả của Mạng An Toàn. Không có gì thay đổi.');
    scan(text!);
    await within(section).findByText('Mã này đã được quét rồi: không có gì thay đổi.');
    expect(await getDatabase().scans.count()).toBe(1);
    expect(screen.getByText('Đã đọc: 1 tệp, 2 học sinh, 3 lần làm bài.')).toBeInTheDocument();

    // "Dừng quét" stops the camera and gives the focus back to "Quét mã QR"; so does leaving the screen.
    await user.click(screen.getByRole('button', { name: 'Dừng quét' }));
    expect(camera.stopped).toBe(1);
    expect(screen.getByRole('button', { name: 'Quét mã QR' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Quét mã QR' }));
    await waitFor(() => expect(camera.onText).toBeDefined());
    unmount();
    expect(camera.stopped).toBe(2);
    // The scanned pupils are still there when the report opens again.
    await renderWithProviders(<ClassReportPage />);
    await screen.findByText('Đã đọc: 1 tệp, 2 học sinh, 3 lần làm bài.');
    await user.click(screen.getByRole('button', { name: 'Xoá các kết quả đã quét' }));
    const confirm = screen.getByRole('alertdialog', { name: /Xoá 1 bộ mã đã quét khỏi máy này/ });
    await user.click(within(confirm).getByRole('button', { name: 'Không xoá' }));
    expect(screen.getByRole('button', { name: 'Xoá các kết quả đã quét' })).toHaveFocus();
    expect(await getDatabase().scans.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Xoá các kết quả đã quét' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Xoá' }));
    expect(await screen.findByText('Đã xoá các kết quả đã quét.')).toHaveFocus();
    await waitFor(() => expect(screen.queryByText('Mã QR: Lan (6A), Minh')).not.toBeInTheDocument());
    expect(await getDatabase().scans.count()).toBe(0);
  });

  it('shows "2/3" along a sequence and refuses a hand-made score without storing anything', async () => {
    const { section, scan } = await openScanner();
    const many = learners().flatMap((l, i) =>
      Array.from({ length: 15 }, (_, k) => ({ ...l, id: `${l.id}-${i}-${k}`, nickname: `${l.nickname} ${'x'.repeat(30)}`, attempts: l.attempts.map((a) => ({ ...a, id: `${a.id}-${i}-${k}` })) })),
    );
    const texts = codes.encodeResults(many, NOW, '0.1.0');
    scan(texts[1]!);
    await within(section).findByText(`Đã đọc 1/${texts.length} mã của một học sinh. Quét tiếp các mã còn lại.`);
    scan(texts[0]!);
    await within(section).findByText(`Đã đọc 2/${texts.length} mã của một học sinh. Quét tiếp các mã còn lại.`);
    expect(within(section).getByRole('status')).toHaveTextContent(`2/${texts.length}`);

    const forged = codes.encodeResults(
      learners().map((l) => ({ ...l, attempts: l.attempts.map((a) => (a.finishedAt === undefined ? a : { ...a, correctCount: a.questionCount, scorePercent: 100 })) })),
      NOW,
      '0.1.0',
    );
    scan(forged[0]!);
    await within(section).findByText(/Điểm trong mã không khớp với các câu trả lời/);
    expect(await getDatabase().scans.count()).toBe(0);
    expect(screen.queryByText(/^Mã QR:/)).not.toBeInTheDocument();
  });

  it('says when the camera cannot be opened, and offers the progress files instead', async () => {
    camera.refuse = true;
    const user = userEvent.setup();
    await renderWithProviders(<ClassReportPage />);
    await user.click(screen.getByRole('button', { name: 'Quét mã QR' }));
    await screen.findByText(/Không mở được camera/);
    await user.click(screen.getByRole('button', { name: 'Dùng tệp tiến độ' }));
    expect(screen.getByLabelText('Chọn tệp tiến độ (chọn được nhiều tệp một lúc)')).toHaveFocus();
  });
});
