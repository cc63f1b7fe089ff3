import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LessonBody, Question } from '../../../src/content/types';
import { ClassQuiz } from '../../../src/features/game/ClassQuiz';
import { ClassQuizPage } from '../../../src/features/game/ClassQuizPage';
import { optionOrder } from '../../../src/domain/quiz';
import { changeLanguage } from '../../../src/i18n';
import { lessonBody } from '../../factories';
import { LiveRegion } from '../../../src/ui/LiveRegion';
import { renderWithProviders } from '../../test-utils';

function question(overrides: Partial<Question> & Pick<Question, 'id'>): Question {
  return {
    type: 'single',
    question: `Câu hỏi ${overrides.id}?`,
    options: [
      { text: `Đúng ${overrides.id}`, correct: true },
      { text: `Sai ${overrides.id}`, correct: false },
    ],
    explanation: `Giải thích ${overrides.id}.`,
    ...overrides,
  };
}

function lessonWith(quiz: Question[]): LessonBody {
  return lessonBody({ id: 'game-lesson', quiz });
}

const QUIZ = [
  question({
    id: 'q1',
    options: [
      { text: 'Mật khẩu', correct: false },
      { text: 'Màu yêu thích', correct: false },
      { text: 'Gọi 111', correct: true },
      { text: 'Đăng địa chỉ', correct: false },
    ],
  }),
  question({ id: 'q2', type: 'true-false', options: [{ text: 'true', correct: false }, { text: 'false', correct: true }] }),
  question({ id: 'q3', type: 'scenario', scenario: 'Một người lạ nhắn tin hỏi tên trường của em.' }),
];

const SAVE_KEY = 'mang-an-toan:class-quiz:game-lesson';

/** The seed of the game saved now (the game is saved after every move). */
function savedSeed(): string {
  return (JSON.parse(window.localStorage.getItem(SAVE_KEY) ?? '{}') as { seed: string }).seed;
}

/** The options on the big screen, in the order shown. */
function shownOptions(): string[] {
  return screen.getAllByRole('listitem').map((o) => o.querySelector('.game-option__text')?.textContent ?? '');
}

async function renderGame(quiz = QUIZ) {
  const user = userEvent.setup();
  const view = await renderWithProviders(<ClassQuiz lesson={lessonWith(quiz)} />);
  return { user, ...view };
}

function scoreboard() {
  return within(screen.getByRole('table', { name: 'Bảng điểm' }));
}

function scoreOf(team: string): string {
  const row = scoreboard().getByRole('rowheader', { name: team }).closest('tr')!;
  return within(row).getAllByRole('cell')[0]!.textContent ?? '';
}

async function startTeams(user: ReturnType<typeof userEvent.setup>, teams: string[], points?: number) {
  await user.click(screen.getByRole('radio', { name: /Thi đua theo đội/ }));
  const count = screen.getByRole('spinbutton', { name: 'Số đội' });
  await user.clear(count);
  await user.type(count, String(teams.length));
  for (const [i, name] of teams.entries()) {
    const input = screen.getByRole('textbox', { name: `Tên đội ${i + 1}` });
    await user.clear(input);
    await user.type(input, name);
  }
  if (points !== undefined) {
    const field = screen.getByRole('spinbutton', { name: 'Điểm cho mỗi câu trả lời đúng' });
    await user.clear(field);
    await user.type(field, String(points));
  }
  await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));
}

async function startElimination(user: ReturnType<typeof userEvent.setup>, players: string[]) {
  await user.click(screen.getByRole('radio', { name: /Rung chuông vàng/ }));
  const count = screen.getByRole('spinbutton', { name: 'Số người chơi (hoặc số đội)' });
  await user.clear(count);
  await user.type(count, String(players.length));
  for (const [i, name] of players.entries()) {
    const input = screen.getByRole('textbox', { name: `Tên người chơi ${i + 1}` });
    await user.clear(input);
    await user.type(input, name);
  }
  await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('the class quiz setup', () => {
  it('offers the three ways to play, whole class first', async () => {
    await renderGame();
    expect(screen.getByRole('heading', { name: 'Chuẩn bị ván chơi' })).toBeInTheDocument();
    const modes = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.querySelector('.game-mode__name')?.textContent);
    expect(modes).toEqual(['Cả lớp', 'Thi đua theo đội', 'Rung chuông vàng']);
    expect(screen.getByRole('radio', { name: /Cả lớp/ })).toBeChecked();
    expect(screen.getByText('Ván chơi có 3 câu hỏi.')).toBeInTheDocument();
  });

  it('names two teams "Đội 1" and "Đội 2" by default and shows up to 8 name boxes', async () => {
    const { user } = await renderGame();
    await user.click(screen.getByRole('radio', { name: /Thi đua theo đội/ }));
    expect(screen.getByRole('textbox', { name: 'Tên đội 1' })).toHaveValue('Đội 1');
    expect(screen.getByRole('textbox', { name: 'Tên đội 2' })).toHaveValue('Đội 2');
    expect(screen.getByRole('spinbutton', { name: 'Điểm cho mỗi câu trả lời đúng' })).toHaveValue(10);
    const count = screen.getByRole('spinbutton', { name: 'Số đội' });
    await user.clear(count);
    await user.type(count, '9');
    expect(screen.getAllByRole('textbox')).toHaveLength(2); // 9 is over the limit: the last valid count stays
    await user.clear(count);
    await user.type(count, '8');
    expect(screen.getAllByRole('textbox')).toHaveLength(8);
    expect(screen.getByRole('textbox', { name: 'Tên đội 8' })).toHaveValue('Đội 8');
  });

  it.each(['9', '0', '1', '40', '2.5', ''])('refuses to start with "%s" teams and says why, keeping what was typed', async (typed) => {
    const { user } = await renderGame();
    await user.click(screen.getByRole('radio', { name: /Thi đua theo đội/ }));
    const count = screen.getByRole('spinbutton', { name: 'Số đội' });
    await user.clear(count);
    if (typed) await user.type(count, typed);
    await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));

    expect(screen.queryByRole('button', { name: 'Hiện đáp án' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Chuẩn bị ván chơi' })).toBeInTheDocument();
    expect(count).toHaveAttribute('aria-invalid', 'true');
    expect(count).toHaveAccessibleDescription(/Số đội phải là một số từ 2 đến 8\./);
    expect(count).toHaveFocus();
    expect(count).toHaveValue(typed === '' ? null : Number(typed));

    await user.clear(count);
    await user.type(count, '3');
    await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));
    expect(await screen.findByRole('button', { name: 'Hiện đáp án' })).toBeInTheDocument();
    expect(scoreboard().getAllByRole('rowheader')).toHaveLength(3);
  });

  it('refuses an out-of-range number of players or points per answer with Enter too', async () => {
    const { user } = await renderGame();
    await user.click(screen.getByRole('radio', { name: /Rung chuông vàng/ }));
    const players = screen.getByRole('spinbutton', { name: 'Số người chơi (hoặc số đội)' });
    await user.clear(players);
    await user.type(players, '41{Enter}');
    expect(players).toHaveAccessibleDescription(/Số người chơi phải là một số từ 2 đến 40\./);
    expect(players).toHaveValue(41);

    await user.click(screen.getByRole('radio', { name: /Thi đua theo đội/ }));
    const points = screen.getByRole('spinbutton', { name: 'Điểm cho mỗi câu trả lời đúng' });
    await user.clear(points);
    await user.type(points, '500{Enter}');
    expect(points).toHaveAttribute('aria-invalid', 'true');
    expect(points).toHaveAccessibleDescription(/Điểm phải là một số từ 1 đến 100\./);
    expect(points).toHaveValue(500);
    expect(screen.queryByRole('button', { name: 'Hiện đáp án' })).not.toBeInTheDocument();
  });
});

describe('the whole-class game', () => {
  it('shows lettered options, then the correct one and the explanation on "Hiện đáp án"', async () => {
    const { user } = await renderGame();
    await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Câu hỏi q1?' })).toHaveFocus();
    expect(screen.getByText('Câu 1 / 3')).toBeInTheDocument();
    const options = screen.getAllByRole('listitem');
    expect(options.map((o) => o.querySelector('.game-option__letter')?.textContent)).toEqual(['A', 'B', 'C', 'D']);
    // In the game's own order (its seed's: any order, the written one included); the letters follow the screen.
    const order = optionOrder(QUIZ[0]!, savedSeed());
    expect(shownOptions()).toEqual(order.map((i) => QUIZ[0]!.options[i]!.text));
    expect(screen.queryByText(/Giải thích q1/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    const status = screen.getByRole('status');
    const right = order.indexOf(2); // "Gọi 111", written third
    expect(within(status).getByText(`Đáp án: ${'ABCD'[right]}. Gọi 111.`)).toBeInTheDocument();
    expect(within(status).getByText('Giải thích q1.')).toBeInTheDocument();
    expect(options[right]).toHaveTextContent(/Gọi 111.*Đáp án đúng/);
    expect(options.filter((o) => o.textContent?.includes('Đáp án đúng'))).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Câu tiếp theo' })).toHaveFocus();
  });

  it('shows true-false options as "Đúng"/"Sai" and a scenario above its question', async () => {
    const { user } = await renderGame();
    await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));

    expect(screen.getAllByRole('listitem').map((o) => o.querySelector('.game-option__text')?.textContent)).toEqual(['Đúng', 'Sai']);
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    expect(screen.getByText('Đáp án: B. Sai.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));

    const scenario = screen.getByText('Một người lạ nhắn tin hỏi tên trường của em.');
    const heading = screen.getByRole('heading', { level: 2, name: 'Câu hỏi q3?' });
    expect(scenario.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Tình huống')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(screen.getByRole('heading', { name: 'Kết quả' })).toHaveFocus();
    expect(screen.getByText('Cả lớp đã cùng trả lời xong. Cảm ơn các em!')).toBeInTheDocument();
  });
});

describe('the team game', () => {
  it('scores the teams marked correct and keeps a live scoreboard', async () => {
    const { user } = await renderGame();
    await startTeams(user, ['Hoa Mai', 'Hoa Sen'], 5);

    expect(scoreOf('Hoa Mai')).toBe('0');
    expect(screen.queryByRole('button', { name: /Hoa Mai/ })).not.toBeInTheDocument(); // marks come after the reveal
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    const marks = within(screen.getByRole('group', { name: 'Đội nào trả lời đúng?' }));
    const mai = marks.getByRole('button', { name: /Hoa Mai/ });
    expect(mai).toHaveAttribute('aria-pressed', 'false');
    await user.click(mai);
    expect(mai).toHaveAttribute('aria-pressed', 'true');
    expect(scoreOf('Hoa Mai')).toBe('0 +5 câu này');

    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(scoreOf('Hoa Mai')).toBe('5');
    expect(scoreOf('Hoa Sen')).toBe('0');

    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: /Hoa Mai/ }));
    await user.click(screen.getByRole('button', { name: /Hoa Sen/ }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: /Hoa Sen/ }));
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));

    expect(screen.getByText('Hòa! Hoa Mai và Hoa Sen cùng dẫn đầu với 10 điểm.')).toBeInTheDocument();
    const final = within(screen.getByRole('table', { name: 'Bảng điểm chung cuộc' }));
    expect(final.getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['1Hoa Mai10', '1Hoa Sen10']);
  });

  it('names a single winner and ranks the others below', async () => {
    const { user } = await renderGame();
    await startTeams(user, ['Đỏ', 'Xanh', 'Vàng']);
    for (const correct of [['Xanh'], ['Xanh', 'Vàng'], []]) {
      await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
      for (const team of correct) await user.click(screen.getByRole('button', { name: new RegExp(team) }));
      await user.click(screen.getByRole('button', { name: /Câu tiếp theo|Xem kết quả/ }));
    }
    expect(screen.getByText('Chúc mừng Xanh giành chiến thắng với 20 điểm!')).toBeInTheDocument();
    const final = within(screen.getByRole('table', { name: 'Bảng điểm chung cuộc' }));
    expect(final.getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['1Xanh20', '2Vàng10', '3Đỏ0']);
  });

  it('ends early after asking, counting the marks made so far', async () => {
    const { user } = await renderGame();
    await startTeams(user, ['A', 'B']);
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: /^2/ }));
    await user.click(screen.getByRole('button', { name: 'Kết thúc ván' }));
    expect(screen.getByRole('button', { name: 'Chơi tiếp' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Kết thúc ván' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Kết thúc ván' }));
    await user.click(screen.getByRole('button', { name: 'Kết thúc và xem kết quả' }));
    expect(screen.getByText('Chúc mừng B giành chiến thắng với 10 điểm!')).toBeInTheDocument();
    expect(screen.getByText('Đã chơi 1 / 3 câu hỏi.')).toBeInTheDocument();
  });

  it('sets up the next game with the same teams', async () => {
    const { user } = await renderGame([question({ id: 'q1' })]);
    await startTeams(user, ['Sóc', 'Thỏ'], 20);
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    await user.click(screen.getByRole('button', { name: 'Chơi ván mới' }));
    expect(screen.getByRole('radio', { name: /Thi đua theo đội/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Tên đội 2' })).toHaveValue('Thỏ');
    expect(screen.getByRole('spinbutton', { name: 'Điểm cho mỗi câu trả lời đúng' })).toHaveValue(20);
  });
});

describe('the keyboard', () => {
  it('runs a team game with Space/Enter and number keys alone', async () => {
    const { user } = await renderGame();
    await startTeams(user, ['A', 'B', 'C']);
    expect(screen.getByRole('heading', { level: 2, name: 'Câu hỏi q1?' })).toHaveFocus();

    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Câu tiếp theo' })).toHaveFocus();
    await user.keyboard('13');
    await user.keyboard('9'); // no team 9: nothing happens
    expect(screen.getByRole('button', { name: /^1/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^2/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: /^3/ })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('3');
    expect(screen.getByRole('button', { name: /^3/ })).toHaveAttribute('aria-pressed', 'false');

    await user.keyboard('{Enter}'); // on the focused "next" button
    expect(screen.getByText('Câu 2 / 3')).toBeInTheDocument();
    expect(scoreOf('A')).toBe('10');
    expect(screen.getByRole('heading', { level: 2, name: 'Câu hỏi q2?' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByText('Đáp án: B. Sai.')).toBeInTheDocument();
    await user.keyboard('2 ');
    expect(scoreOf('B')).toBe('10');
    await user.keyboard('{PageDown}');
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { name: 'Kết quả' })).toBeInTheDocument();
    expect(screen.getByText('Hòa! A và B cùng dẫn đầu với 10 điểm.')).toBeInTheDocument();
  });

  it('says each team mark through the live region, by number key or by click', async () => {
    const user = userEvent.setup();
    await renderWithProviders(
      <>
        <div data-testid="shell">
          <LiveRegion />
        </div>
        <ClassQuiz lesson={lessonWith(QUIZ)} />
      </>,
    );
    await startTeams(user, ['Đội Xanh', 'Đội Đỏ']);
    const region = within(screen.getByTestId('shell')).getByRole('status');
    await user.keyboard(' ');
    await user.keyboard('1');
    expect(region).toHaveTextContent('Đội Xanh: đúng, +10');
    await user.keyboard('1');
    expect(region).toHaveTextContent('Đội Xanh: bỏ đánh dấu đúng');
    await user.click(screen.getByRole('button', { name: /^2\s*Đội Đỏ/ }));
    expect(region).toHaveTextContent('Đội Đỏ: đúng, +10');
  });

  it('does not react to number keys outside team mode or before the reveal', async () => {
    const { user } = await renderGame();
    await startTeams(user, ['A', 'B']);
    await user.keyboard('1');
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^1/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('lets a focused button keep its own Space and Enter', async () => {
    const { user } = await renderGame();
    await startTeams(user, ['A', 'B']);
    await user.keyboard(' ');
    screen.getByRole('button', { name: /^2/ }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^2/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Câu 1 / 3')).toBeInTheDocument();
  });

  it('leaves number keys and Space alone while a control outside the game has focus (WCAG 2.1.4)', async () => {
    const user = userEvent.setup();
    await renderWithProviders(
      <>
        <a href="/help">Cần giúp đỡ?</a>
        <ClassQuiz lesson={lessonWith(QUIZ)} />
      </>,
    );
    await startTeams(user, ['A', 'B']);
    screen.getByRole('link', { name: 'Cần giúp đỡ?' }).focus();
    await user.keyboard(' ');
    expect(screen.queryByText(/^Đáp án:/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    screen.getByRole('link', { name: 'Cần giúp đỡ?' }).focus();
    await user.keyboard('1');
    expect(screen.getByRole('button', { name: /^1/ })).toHaveAttribute('aria-pressed', 'false');
    // Back on the game (its heading, as after each question), the same keys work.
    screen.getByRole('heading', { level: 2, name: 'Câu hỏi q1?' }).focus();
    await user.keyboard('1');
    expect(screen.getByRole('button', { name: /^1/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('ignores keys typed into the setup form', async () => {
    const { user } = await renderGame();
    await user.click(screen.getByRole('radio', { name: /Thi đua theo đội/ }));
    const name = screen.getByRole('textbox', { name: 'Tên đội 1' });
    await user.clear(name);
    await user.type(name, 'Đội 1 2');
    expect(name).toHaveValue('Đội 1 2');
    expect(screen.getByRole('heading', { name: 'Chuẩn bị ván chơi' })).toBeInTheDocument();
  });
});

describe('Rung chuông vàng', () => {
  it('puts wrong players out, rescues them, and crowns the last one standing', async () => {
    const { user } = await renderGame();
    await startElimination(user, ['An', 'Bình', 'Chi', 'Dũng']);
    expect(screen.getByText('Còn 4 / 4 người trên sàn thi đấu')).toBeInTheDocument();
    expect(screen.getByText('Chưa ai bị loại.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    const wrong = within(screen.getByRole('group', { name: 'Ai trả lời sai?' }));
    await user.click(wrong.getByRole('button', { name: 'An' }));
    expect(wrong.getByRole('button', { name: 'An' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(screen.getByText('Còn 3 / 4 người trên sàn thi đấu')).toBeInTheDocument();
    expect(screen.getByText('Bị loại ở câu vừa rồi: An.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    expect(screen.queryByRole('button', { name: 'An' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cứu trợ/ })).not.toBeInTheDocument(); // never mid-reveal
    await user.click(screen.getByRole('button', { name: 'Bình' }));
    await user.click(screen.getByRole('button', { name: 'Chi' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    // One left with questions to spare: the game is over unless the leader rescues.
    expect(screen.getByText('Chúc mừng Dũng – người trụ lại đến cuối cùng!')).toBeInTheDocument();
    expect(screen.getByText('Vẫn còn câu hỏi: thầy cô có thể cứu trợ để chơi tiếp.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cứu trợ lượt vừa rồi (2 người)' }));
    expect(screen.getByText('Đã cứu trợ: 2 người trở lại sàn thi đấu.')).toBeInTheDocument();
    expect(screen.getByText('Còn 3 / 4 người trên sàn thi đấu')).toBeInTheDocument();
    expect(screen.getByText('Câu 3 / 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: 'Bình' }));
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(screen.getByText('Hết câu hỏi! Những người trụ lại đến cuối cùng: Chi và Dũng.')).toBeInTheDocument();
    const out = within(screen.getByRole('region', { name: 'Đã bị loại' }));
    expect(out.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['An (câu 1)', 'Bình (câu 3)']);
    expect(screen.queryByRole('button', { name: /Cứu trợ/ })).not.toBeInTheDocument();
  });

  it('keeps everyone in when all the players still in are wrong, and can rescue everyone', async () => {
    const { user } = await renderGame();
    await startElimination(user, ['An', 'Bình', 'Chi']);
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: 'An' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: 'Bình' }));
    await user.click(screen.getByRole('button', { name: 'Chi' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(screen.getByText('Ở câu vừa rồi, tất cả đều trả lời sai nên không ai bị loại.')).toBeInTheDocument();
    expect(screen.getByText('Còn 2 / 3 người trên sàn thi đấu')).toBeInTheDocument();

    // Only An is out: "the last round" and "everyone" are the same, so one button.
    expect(screen.queryByRole('button', { name: /Cứu trợ lượt vừa rồi/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cứu trợ tất cả (1 người)' }));
    expect(screen.getByText('Còn 3 / 3 người trên sàn thi đấu')).toBeInTheDocument();
    expect(screen.getByText('Chưa ai bị loại.')).toBeInTheDocument();
  });
});

describe('a reload in the middle of a game', () => {
  it('offers to continue the saved game and carries on where it was, scores and marks included', async () => {
    const first = await renderGame();
    await startTeams(first.user, ['Mai', 'Lan']);
    await first.user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await first.user.click(screen.getByRole('button', { name: /Lan/ }));
    await first.user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await first.user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await first.user.click(screen.getByRole('button', { name: /Mai/ }));
    expect(window.localStorage.getItem(SAVE_KEY)).toContain('"index":1');
    first.unmount();

    const { user } = await renderGame();
    expect(screen.getByRole('heading', { name: 'Có một ván đang chơi dở' })).toBeInTheDocument();
    expect(screen.getByText('Thi đua theo đội: đang ở câu 2 / 3.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục ván đang chơi' }));

    expect(screen.getByText('Câu 2 / 3')).toBeInTheDocument();
    expect(screen.getByText('Đáp án: B. Sai.')).toBeInTheDocument(); // still revealed
    expect(screen.getByRole('button', { name: /Mai/ })).toHaveAttribute('aria-pressed', 'true');
    expect(scoreOf('Lan')).toBe('10');
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(scoreOf('Mai')).toBe('10');
  });

  it('keeps the options where they were when a saved game is continued', async () => {
    const first = await renderGame();
    await startTeams(first.user, ['Mai', 'Lan']);
    const before = shownOptions();
    const seed = savedSeed();
    first.unmount();

    const { user } = await renderGame();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục ván đang chơi' }));
    expect(shownOptions()).toEqual(before);
    expect(savedSeed()).toBe(seed);
  });

  it('shuffles the options afresh for each new game', async () => {
    const first = await renderGame();
    await startTeams(first.user, ['Mai', 'Lan']);
    const seed = savedSeed();
    first.unmount();

    const { user } = await renderGame();
    await user.click(screen.getByRole('button', { name: 'Chơi ván mới' }));
    await user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));
    expect(savedSeed()).not.toBe(seed);
    expect(shownOptions()).toEqual(optionOrder(QUIZ[0]!, savedSeed()).map((i) => QUIZ[0]!.options[i]!.text));
  });

  it('starts afresh on "Chơi ván mới", keeping the teams for the setup', async () => {
    const first = await renderGame();
    await startTeams(first.user, ['Mai', 'Lan']);
    first.unmount();

    const { user } = await renderGame();
    await user.click(screen.getByRole('button', { name: 'Chơi ván mới' }));
    expect(window.localStorage.getItem(SAVE_KEY)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Chuẩn bị ván chơi' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tên đội 1' })).toHaveValue('Mai');
  });

  it('forgets a finished game, and ignores a damaged save', async () => {
    const first = await renderGame([question({ id: 'q1' })]);
    await first.user.click(screen.getByRole('button', { name: 'Bắt đầu chơi' }));
    await first.user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await first.user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(window.localStorage.getItem(SAVE_KEY)).toBeNull();
    first.unmount();

    window.localStorage.setItem(SAVE_KEY, '{"version":1,"mode":');
    await renderGame();
    expect(screen.getByRole('heading', { name: 'Chuẩn bị ván chơi' })).toBeInTheDocument();
  });
});

describe('the class quiz page', () => {
  it('loads the lesson and titles the page', async () => {
    await renderWithProviders(<ClassQuizPage lessonId="fixture-personal-data" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Đố vui cả lớp: Thông tin cá nhân' })).toBeInTheDocument();
    expect(screen.getByText('Ván chơi có 6 câu hỏi.')).toBeInTheDocument();
    expect(document.title).toBe('Đố vui cả lớp: Thông tin cá nhân · Mạng An Toàn');
  });

  it('says so when the lesson does not exist', async () => {
    await renderWithProviders(<ClassQuizPage lessonId="no-such-lesson" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Không có bài học này.' })).toBeInTheDocument();
  });

  it('speaks English when the interface is in English', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<ClassQuizPage lessonId="fixture-hotline" />, { language: 'en' });
    await screen.findByRole('heading', { level: 1, name: /^Class quiz: / });
    await user.click(screen.getByRole('radio', { name: /Team contest/ }));
    expect(screen.getByRole('textbox', { name: 'Name of team 1' })).toHaveValue('Team 1');
    await user.click(screen.getByRole('button', { name: 'Start the game' }));
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByText(/^Answer: [AB]\. (True|False)\.$/)).toBeInTheDocument();
  });

  it('keeps the game in play when the language changes, showing the same question translated', async () => {
    const user = userEvent.setup();
    // The English game strings are not loaded yet: switching language must fetch them.
    const { i18n } = await renderWithProviders(<ClassQuizPage lessonId="fixture-personal-data" />);
    expect(i18n.hasResourceBundle('en', 'game')).toBe(false);
    await user.click(await screen.findByRole('button', { name: 'Bắt đầu chơi' }));
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));
    await user.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    await user.click(screen.getByRole('button', { name: 'Hiện đáp án' }));

    await act(() => changeLanguage(i18n, 'en'));
    expect(await screen.findByText('Question 2 of 6')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next question' })).toBeInTheDocument(); // still revealed
    expect(screen.queryByRole('heading', { name: 'A game is in progress' })).not.toBeInTheDocument();
  });
});
