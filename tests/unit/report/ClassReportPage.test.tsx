import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { allLessons } from '../../../src/content/catalog';
import { changeLanguage } from '../../../src/i18n';
import { ClassReportPage } from '../../../src/features/report/ClassReportPage';
import { renderWithProviders } from '../../test-utils';
import { answer, attempt, fileData, learner, MINUTE, T0 } from './factories';

const version = (id: string) => allLessons().find((l) => l.id === id && l.locale === 'vi')!.version;
const PD = 'fixture-personal-data';
const HOT = 'fixture-hotline';

function jsonFile(name: string, value: unknown): File {
  return new File([JSON.stringify(value)], name, { type: 'application/json' });
}

/** Bảo Ngọc (6A) mastered the personal-data lesson, Minh (6A) missed q3 there, Lan (6B) started the hotline quiz. */
function classFiles(): File[] {
  const ngoc = learner('ngoc-1', 'Bảo Ngọc', '6A', [
    attempt('ngoc-a1', PD, {
      lessonVersion: version(PD),
      questionCount: 6,
      scorePercent: 83,
      answers: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((q, i) => answer(`ngoc-x${i}`, q, q !== 'q3', { selected: q === 'q3' ? [0] : [0] })),
    }),
  ]);
  const minh = learner('minh-1', 'Minh', '6A', [
    attempt('minh-a1', PD, {
      lessonVersion: version(PD),
      questionCount: 6,
      scorePercent: 50,
      answers: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((q, i) => answer(`minh-x${i}`, q, ['q1', 'q2', 'q5'].includes(q), { selected: [0] })),
    }),
  ]);
  const lan = learner('lan-1', 'Lan', '6B', [
    attempt('lan-a1', HOT, { lessonVersion: version(HOT), questionCount: 6, startedAt: T0 + MINUTE, answers: [answer('lan-x1', 'q1', false, { selected: [1] })] }),
  ]);
  return [
    jsonFile('bao-ngoc.json', fileData([ngoc])),
    jsonFile('ca-lop.json', fileData([ngoc, minh, lan])),
    new File(['{"format":"mang-an-toan/progress","formatVersion":1,"learners":[{"id":'], 'hong.json', { type: 'application/json' }),
    jsonFile('anh.json', { hello: 'world' }),
  ];
}

/** jsdom's Blob has no arrayBuffer() (every browser the app supports has); read it the older way. */
function polyfillBlobArrayBuffer() {
  if (typeof Blob.prototype.arrayBuffer === 'function') return;
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

describe('the class report page', () => {
  let created: Blob[];

  beforeAll(polyfillBlobArrayBuffer);

  beforeEach(() => {
    created = [];
    window.history.replaceState(null, '', '/teacher/report');
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:report';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function loadFiles() {
    const user = userEvent.setup();
    const rendered = await renderWithProviders(<ClassReportPage />);
    await user.upload(screen.getByLabelText('Chọn tệp tiến độ (chọn được nhiều tệp một lúc)'), classFiles());
    await screen.findByRole('table');
    return { user, ...rendered };
  }

  it('says what it does and keeps the files on this computer before any file is added', async () => {
    await renderWithProviders(<ClassReportPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Báo cáo lớp' })).toBeInTheDocument();
    expect(screen.getByText(/không được lưu lại và không gửi đi đâu/)).toBeInTheDocument();
    expect(screen.getByText(/Chưa có tệp nào/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('loads the good files, lists the bad ones with the reason, and counts a learner in two files once', async () => {
    await loadFiles();
    expect(screen.getByRole('status')).toHaveTextContent('Đã thêm 2 tệp, 2 tệp không đọc được.');
    expect(screen.getByText('Đã đọc: 2 tệp, 3 học sinh, 3 lần làm bài.')).toBeInTheDocument();
    const rejected = screen.getByRole('list', { name: /Tệp không đọc được/ });
    expect(within(rejected).getByText('hong.json').closest('li')).toHaveTextContent('hong.json: tệp bị hỏng hoặc không đầy đủ');
    // where the file is damaged, in the user's language — not the browser's English JSON message
    expect(within(rejected).getByText('hong.json').closest('li')).toHaveTextContent('Chỗ hỏng: dòng 1, ký tự thứ 71.');
    expect(rejected).not.toHaveTextContent(/JSON|Unexpected|Expected/);
    expect(within(rejected).getByText('anh.json').closest('li')).toHaveTextContent('anh.json: đây không phải tệp tiến độ của Mạng An Toàn.');

    const table = screen.getByRole('table', { name: /Điểm cao nhất và mức hoàn thành của từng học sinh – tất cả các lớp/ });
    const rows = within(table).getAllByRole('row');
    // two header rows, three learners (Bảo Ngọc once), two summary rows
    expect(rows).toHaveLength(7);
    expect(within(table).getByRole('columnheader', { name: 'Thông tin cá nhân' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Gọi 111' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Bảo vệ thông tin cá nhân' })).toHaveAttribute('scope', 'colgroup');
    const ngoc = within(table).getByRole('rowheader', { name: 'Bảo Ngọc' }).closest('tr')!;
    expect(ngoc.querySelector('.report-cell--mastered svg.icon')).not.toBeNull(); // the star, drawn, not a character
    expect(ngoc).toHaveTextContent('83%');
    expect(within(ngoc).getByText('83%, thành thạo')).toBeInTheDocument();
    const lan = within(table).getByRole('rowheader', { name: 'Lan' }).closest('tr')!;
    expect(lan).toHaveTextContent('6B');
    expect(within(lan).getByText('đang làm dở')).toBeInTheDocument();
    const completed = within(table).getByRole('rowheader', { name: 'Số bạn đã hoàn thành' }).closest('tr')!;
    expect(completed).toHaveTextContent('2/3');
    const average = within(table).getByRole('rowheader', { name: 'Điểm cao nhất trung bình' }).closest('tr')!;
    expect(average).toHaveTextContent('67%');
  });

  it('tells two rows apart that would read the same (“Minh” and “minh” of one class): by avatar and when the profile was made', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<ClassReportPage />);
    const started = (id: string) => [attempt(id, HOT, { lessonVersion: version(HOT), questionCount: 6, answers: [answer(`${id}-x1`, 'q1', false, { selected: [1] })] })];
    const minh = learner('minh-a', 'Minh', '7A', started('minh-a1'), { avatar: 'owl', createdAt: Date.UTC(2026, 8, 3, 12, 5) });
    const other = learner('minh-b', 'minh', '7A', started('minh-b1'), { avatar: 'bear', createdAt: Date.UTC(2026, 8, 4, 12, 40) });
    const lan = learner('lan-1', 'Lan', '7A', started('lan-a1'));
    await user.upload(screen.getByLabelText('Chọn tệp tiến độ (chọn được nhiều tệp một lúc)'), [jsonFile('a.json', fileData([minh, lan])), jsonFile('b.json', fileData([other]))]);
    const table = await screen.findByRole('table');
    const headers = within(table).getAllByRole('rowheader').map((header) => header.textContent);
    expect(headers).toContainEqual(expect.stringMatching(/^Minh ?Cú, tạo lúc \d\d:\d\d ngày 3 tháng 9 năm 2026$/));
    expect(headers).toContainEqual(expect.stringMatching(/^minh ?Gấu, tạo lúc \d\d:\d\d ngày 4 tháng 9 năm 2026$/));
    expect(headers).toContain('Lan');
  });

  it('does not count a file whose scores disagree with its answers: it is flagged, and in neither the table nor the stats', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<ClassReportPage />);
    // Tí answered one of six questions right, and the file says 100%.
    const ti = learner('ti-1', 'Tí', '6A', [
      attempt('ti-a1', PD, {
        lessonVersion: version(PD),
        questionCount: 6,
        scorePercent: 100,
        correctCount: 6,
        answers: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((q, i) => answer(`ti-x${i}`, q, q === 'q1', { selected: [0] })),
      }),
    ]);
    await user.upload(screen.getByLabelText('Chọn tệp tiến độ (chọn được nhiều tệp một lúc)'), [...classFiles(), jsonFile('ti-sua-diem.json', fileData([ti]))]);
    await screen.findByRole('table');

    expect(screen.getByRole('status')).toHaveTextContent('Đã thêm 2 tệp, 2 tệp không đọc được, 1 tệp không được tính vì kết quả không khớp với câu trả lời.');
    expect(screen.getByText('Đã đọc: 2 tệp, 3 học sinh, 3 lần làm bài.')).toBeInTheDocument();
    const flagged = screen.getByRole('list', { name: 'Tệp không được tính vào báo cáo' });
    expect(within(flagged).getByText('ti-sua-diem.json').closest('li')).toHaveTextContent('kết quả ghi trong tệp không khớp với các câu trả lời trong tệp');
    expect(screen.getByRole('list', { name: /Tệp không đọc được/ })).not.toHaveTextContent('ti-sua-diem.json');
    const table = screen.getByRole('table', { name: /tất cả các lớp/ });
    expect(within(table).queryByRole('rowheader', { name: 'Tí' })).not.toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Số bạn đã hoàn thành' }).closest('tr')).toHaveTextContent('2/3');
  });

  it('filters the table and the summary by class', async () => {
    const { user } = await loadFiles();
    const select = screen.getByLabelText('Xem lớp');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Tất cả các lớp (3 học sinh)', '6A (2 học sinh)', '6B (1 học sinh)']);
    await user.selectOptions(select, '6B (1 học sinh)');
    const table = screen.getByRole('table', { name: /lớp 6B/ });
    expect(within(table).queryByRole('rowheader', { name: 'Bảo Ngọc' })).not.toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Số bạn đã hoàn thành' }).closest('tr')).toHaveTextContent('0/1');
  });

  it('shows the most-missed questions with their words from the lesson, worst first', async () => {
    const { user } = await loadFiles();
    const section = screen.getByRole('region', { name: 'Câu hỏi nhiều bạn trả lời sai' });
    expect(within(section).getByText('Đang tính theo lần làm bài đã hoàn thành gần nhất của mỗi học sinh.')).toBeInTheDocument();
    const lesson = within(section).getByRole('region', { name: 'Thông tin cá nhân' });
    await within(lesson).findByText(/Em có thể gửi mật khẩu cho bạn thân\./);
    const items = within(lesson).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('100% sai');
    expect(items[0]).toHaveTextContent('2/2 học sinh trả lời sai');
    expect(items[0]).toHaveTextContent('Câu 3. Em có thể gửi mật khẩu cho bạn thân.');
    expect(items[0]).toHaveTextContent('Đáp án đúng: Sai');
    expect(items[0]).toHaveTextContent('Lựa chọn sai hay gặp nhất: Đúng (2 lần)');
    expect(items.at(-1)).toHaveTextContent('0% sai');

    await user.click(within(section).getByLabelText(/mọi câu trả lời đã ghi lại/));
    expect(within(section).getByText(/Đang tính theo mọi câu trả lời đã ghi lại/)).toBeInTheDocument();
    const hotline = within(section).getByRole('region', { name: 'Gọi 111' });
    expect(within(hotline).getAllByRole('listitem')[0]).toHaveTextContent('1/1 câu trả lời sai, của 1 học sinh');
  });

  it('says a "choose all" answer with only right options ticked was incomplete, and names only wrong options as the common wrong choice', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<ClassReportPage />);
    // q2: "Số điện thoại" (0) and "Tên trường" (1) are right, "Thời tiết hôm nay" (2) is not.
    const pupil = (id: string, nickname: string, selected: number[]) =>
      learner(id, nickname, '6A', [attempt(`${id}-a`, PD, { lessonVersion: version(PD), questionCount: 6, scorePercent: 0, answers: [answer(`${id}-x`, 'q2', false, { selected })] })]);
    const file = fileData([pupil('an-1', 'An', [0]), pupil('binh-1', 'Bình', [0]), pupil('chi-1', 'Chi', [1]), pupil('dung-1', 'Dũng', [0, 2])]);
    await user.upload(screen.getByLabelText('Chọn tệp tiến độ (chọn được nhiều tệp một lúc)'), [jsonFile('lop.json', file)]);
    const section = await screen.findByRole('region', { name: 'Câu hỏi nhiều bạn trả lời sai' });
    await within(section).findByText(/Chọn các thông tin cá nhân\./);
    const item = within(section).getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent('4/4 học sinh trả lời sai');
    expect(item).toHaveTextContent('Chưa chọn đủ (chỉ chọn đáp án đúng nhưng còn thiếu): 3 lần');
    // Dũng ticked a right option with the wrong one: only the wrong one is named.
    expect(item).toHaveTextContent('Lựa chọn sai hay gặp nhất: Thời tiết hôm nay (1 lần)');
  });

  it('downloads the table as a CSV with a BOM and Vietnamese text, and prints', async () => {
    const { user } = await loadFiles();
    const print = vi.fn();
    window.print = print;
    await user.click(screen.getByRole('button', { name: 'Tải bảng điểm (CSV, mở bằng Excel)' }));
    expect(created).toHaveLength(1);
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toContain('Tên gọi,Lớp,Thông tin cá nhân,Gọi 111\r\n');
    expect(text).toContain('Bảo Ngọc,6A,83,\r\n');
    expect(screen.getByRole('status')).toHaveTextContent(/Đã tạo tệp bao-cao-lop-\d{4}-\d{2}-\d{2}\.csv\./);

    await user.click(screen.getByRole('button', { name: 'In báo cáo (khổ A4 ngang)' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('starts again from nothing', async () => {
    const { user } = await loadFiles();
    await user.click(screen.getByRole('button', { name: 'Xoá hết các tệp và bắt đầu lại' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/Chưa có tệp nào/)).toBeInTheDocument();
  });

  it('names lessons and headings in English when English is chosen', async () => {
    const { i18n } = await loadFiles();
    await act(() => changeLanguage(i18n, 'en'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Class report' })).toBeInTheDocument());
    const table = screen.getByRole('table', { name: /all classes/ });
    expect(within(table).getByRole('columnheader', { name: 'Calling 111' })).toBeInTheDocument();
  });
});
