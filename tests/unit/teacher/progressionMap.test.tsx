/**
 * The progression map and the statement on a lesson's plan, rendered from the unit tests' fixture pack
 * (tests/fixtures/content/valid-pack: two lop-4-5 lessons, and statements for their two topics): the
 * grid of every pupil topic × band, a cell without a statement or lesson says so, the competence filter
 * and its count, and the plan's line in both languages (none for an adults' session).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { PARENT_TOPIC_IDS, PUPIL_TOPIC_IDS } from '../../../src/content/vocabulary';
import { ServedStatement } from '../../../src/features/teacher/ServedStatement';
import { useUiStore } from '../../../src/stores/uiStore';
import { freshComputer, renderWithProviders } from '../../test-utils';

beforeEach(async () => {
  await freshComputer();
});

const CAPTION = 'Điều học sinh có thể làm được ở cuối mỗi nhóm lớp, theo chủ đề';

/** The map's table, once shown (found by its caption: role queries over the whole app are slow in jsdom). */
async function findTable(): Promise<HTMLTableElement> {
  return (await screen.findByText(CAPTION, { selector: 'caption' })).closest('table')!;
}

/** The topics of the rows shown, in order. */
const rowTopics = (table: HTMLTableElement) => [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);

/** The cells of the row headed `topic`, in band order. */
function cellsOf(table: HTMLTableElement, topic: string): HTMLElement[] {
  const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === topic)!;
  return [...row.querySelectorAll('td')];
}

/** The filter's count, shown beside it and said through the app's live region (src/ui/announce.ts). */
async function expectCount(text: string): Promise<void> {
  await waitFor(() => expect(document.querySelector('.progression-map__count')).toHaveTextContent(text));
  expect(document.querySelector('[role="status"][aria-live="polite"]')).toHaveTextContent(text);
}

describe('the progression map', () => {
  it('shows every pupil topic × band, with the statement and lessons a cell has', async () => {
    window.history.replaceState(null, '', '/teacher/map');
    await renderWithProviders(<App />);
    const table = await findTable();
    expect(table).toHaveAccessibleName(CAPTION);
    expect(rowTopics(table)).toHaveLength(PUPIL_TOPIC_IDS.length);
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).toEqual(['Chủ đề', 'Cuối lớp 1–3, em có thể…', 'Cuối lớp 4–5, em có thể…', 'Cuối lớp 6–9, em có thể…', 'Cuối lớp 10–12, bạn có thể…']);
    const [lop13, lop45] = cellsOf(table, 'Tìm trợ giúp – Tổng đài 111');
    expect(lop45).toHaveTextContent('gọi 111 khi em hay bạn em không an toàn và nói rõ điều đã xảy ra');
    expect(within(lop45!).getByRole('link', { name: 'Gọi 111' })).toHaveAttribute('href', '/lesson/fixture-hotline');
    expect(lop13).toHaveTextContent('Chưa có mô tả cho ô này.Chưa có bài học.');
    // The table scrolls in a region a keyboard can reach, named by its caption.
    const region = table.parentElement!;
    expect(region).toHaveAttribute('role', 'region');
    expect(region).toHaveAccessibleName(CAPTION);
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('filters by a competence some lesson practises, and says how many lessons practise it', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/teacher/map');
    await renderWithProviders(<App />);
    const table = await findTable();
    const filter = screen.getByLabelText('Lọc theo năng lực số (Thông tư 02/2025/TT-BGDĐT)');
    // Only the competences of the pack's lessons are offered.
    expect(within(filter).getAllByRole('option').map((option) => (option as HTMLOptionElement).value)).toEqual(['', '2.1', '2.6', '4.2']);
    // Nothing is said on arrival: the count comes with a choice.
    expect(document.querySelector('.progression-map__count')?.textContent).toBe('');

    await user.selectOptions(filter, '2.1');
    await expectCount('1 bài rèn năng lực 2.1.');
    expect(rowTopics(table)).toEqual(['Tìm trợ giúp – Tổng đài 111']);
    const [lop13, lop45] = cellsOf(table, 'Tìm trợ giúp – Tổng đài 111');
    expect(lop13).toHaveTextContent('Không có bài rèn năng lực này.');
    expect(within(lop45!).getByRole('link', { name: 'Gọi 111' })).toBeInTheDocument();
    expect(screen.getByText('Chỉ gồm các bài rèn năng lực 2.1 – ', { exact: false })).toBeInTheDocument();

    await user.selectOptions(filter, '');
    await expectCount('Đang hiện tất cả 2 bài.');
    expect(rowTopics(table)).toHaveLength(PUPIL_TOPIC_IDS.length);
    // The count follows the app's language.
    await user.click(screen.getByRole('button', { name: 'English' }));
    await expectCount('Showing all 2 lessons.');
  });
});

describe('the statement a lesson serves', () => {
  it.each([
    ['vi', 'Bài này hướng tới: Cuối lớp 4–5, em có thể gọi 111 khi em hay bạn em không an toàn và nói rõ điều đã xảy ra.'],
    ['en', 'This lesson works towards: By the end of grades 4–5, I can call 111 when I or a friend am not safe and say clearly what happened.'],
  ] as const)('is on the plan, in %s', async (language, line) => {
    useUiStore.setState({ teacherMode: true });
    window.history.replaceState(null, '', '/lesson/fixture-hotline/plan');
    await renderWithProviders(<App />, { language });
    expect(await screen.findByText(line.split(': ')[0]! + ':')).toBeInTheDocument();
    expect(document.querySelector('.plan__serves')).toHaveTextContent(line);
  });

  it('is left out for an adults’ session and a band × topic without a statement', async () => {
    const { container } = await renderWithProviders(
      <>
        <ServedStatement band="cha-me" topic={PARENT_TOPIC_IDS[0]} />
        <ServedStatement band="lop-1-3" topic="hotline-111" />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
