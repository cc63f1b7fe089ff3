/**
 * The class quiz as a Đội leader runs it, in Debian's Chromium on a real lesson: two named teams,
 * answers marked with the mouse and the keyboard, the live scoreboard, a reload in the middle of the
 * game, the winner at the end — and no serious accessibility problem on any of its screens.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonBody, Question } from '../../src/content/types';
import { optionOrder } from '../../src/domain/quiz';
import { withoutBoldMarks } from '../../src/ui/boldMarks';
import { builtLessons, seriousViolations } from './harness';
import { useAppInBrowser } from './appInBrowser';

/** "Đáp án: B. Sai." as the game announces it, from the compiled lesson and the game's order of options. */
function answerLine(question: Question, seed: string): string {
  const text = (i: number) => (question.type === 'true-false' ? (question.options[i]!.text === 'true' ? 'Đúng' : 'Sai') : withoutBoldMarks(question.options[i]!.text));
  const order = optionOrder(question, seed);
  const correct = order.filter((i) => question.options[i]!.correct);
  return `Đáp án: ${correct.map((i) => `${String.fromCharCode(65 + order.indexOf(i))}. ${text(i)}`).join('; ')}.`;
}

describe('the class quiz team game', () => {
  const app = useAppInBrowser();
  // A lesson with a true-false and a scenario question, so both kinds reach the big screen.
  const lesson: LessonBody = builtLessons().find(
    (l) => l.locale === 'vi' && l.quiz.length >= 4 && l.quiz.some((q) => q.type === 'true-false') && l.quiz.some((q) => q.type === 'scenario'),
  )!;

  beforeAll(async () => {
    // No service worker here (LaunchOptions), so no "ready offline" toast over the buttons.
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/class-quiz`);
  });

  const scoreOf = (team: string) => app.page.getByRole('table', { name: 'Bảng điểm' }).getByRole('row', { name: new RegExp(`^${team}`) }).locator('td');
  const questionHeading = (index: number) => app.page.getByRole('heading', { level: 2, name: withoutBoldMarks(lesson.quiz[index]!.question), exact: true });
  /** The answer line of a question in the game being played (its seed is saved with it). */
  const answerOf = async (index: number) => {
    const saved = await app.page.evaluate((key) => localStorage.getItem(key), `mang-an-toan:class-quiz:${lesson.id}`);
    return answerLine(lesson.quiz[index]!, (JSON.parse(saved ?? '{}') as { seed?: string }).seed ?? 'no saved game');
  };

  async function expectNoSeriousViolation(screen: string) {
    await app.page.waitForLoadState('networkidle').catch(() => undefined);
    expect(await seriousViolations(app.page), screen).toEqual([]);
  }

  // One game, told as one test: each step needs the one before it.
  it('plays a team game from setup to the winner, through a reload, with nothing left to continue', async () => {
    // Sets up a game with two named teams
    expect(lesson, 'a Vietnamese lesson with true-false and scenario questions').toBeDefined();
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/class-quiz`);
    await app.page.getByRole('heading', { level: 1, name: `Đố vui cả lớp: ${lesson.title}` }).waitFor();
    await expectNoSeriousViolation('setup');

    await app.page.getByRole('radio', { name: /Thi đua theo đội/ }).check();
    await app.page.getByRole('textbox', { name: 'Tên đội 1' }).fill('Hoa Mai');
    await app.page.getByRole('textbox', { name: 'Tên đội 2' }).fill('Hoa Sen');
    expect(await app.page.getByRole('spinbutton', { name: 'Điểm cho mỗi câu trả lời đúng' }).inputValue()).toBe('10');
    await expectNoSeriousViolation('setup, team mode');
    await app.page.getByRole('button', { name: 'Bắt đầu chơi' }).click();
    await questionHeading(0).waitFor();
    expect(await app.page.getByText(`Câu 1 / ${lesson.quiz.length}`).isVisible()).toBe(true);
    await expectNoSeriousViolation('question');
    // Reveals the answer and scores the team marked correct
    await app.page.getByRole('button', { name: 'Hiện đáp án' }).click();
    await app.page.getByText(await answerOf(0), { exact: true }).waitFor({ state: 'attached' });
    await app.page.getByText(lesson.quiz[0]!.explanation, { exact: true }).waitFor();
    await app.page.getByRole('button', { name: /Hoa Mai/ }).click();
    await expect.poll(() => scoreOf('Hoa Mai').textContent()).toBe('0 +10 câu này');
    await expectNoSeriousViolation('revealed answer and scoreboard');
    await app.page.getByRole('button', { name: 'Câu tiếp theo' }).click();
    await questionHeading(1).waitFor();
    expect(await scoreOf('Hoa Mai').textContent()).toBe('10');
    expect(await scoreOf('Hoa Sen').textContent()).toBe('0');
    // Runs a question from the keyboard: Space reveals, number keys mark teams, Enter goes on
    await app.page.keyboard.press('Space');
    await app.page.getByText(await answerOf(1), { exact: true }).waitFor({ state: 'attached' });
    await app.page.keyboard.press('1');
    await app.page.keyboard.press('2');
    expect(await app.page.getByRole('button', { name: /Hoa Sen/ }).getAttribute('aria-pressed')).toBe('true');
    await app.page.keyboard.press('Enter');
    await questionHeading(2).waitFor();
    expect(await scoreOf('Hoa Mai').textContent()).toBe('20');
    expect(await scoreOf('Hoa Sen').textContent()).toBe('10');
    // Survives a reload in the middle of a question and carries on
    await app.page.getByRole('button', { name: 'Hiện đáp án' }).click();
    await app.page.getByRole('button', { name: /Hoa Sen/ }).click();
    await expect.poll(() => app.page.getByRole('button', { name: /Hoa Sen/ }).getAttribute('aria-pressed')).toBe('true');
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Có một ván đang chơi dở' }).waitFor();
    expect(await app.page.getByText(`Thi đua theo đội: đang ở câu 3 / ${lesson.quiz.length}.`).isVisible()).toBe(true);
    await expectNoSeriousViolation('resume prompt');
    await app.page.getByRole('button', { name: 'Tiếp tục ván đang chơi' }).click();

    await questionHeading(2).waitFor();
    await app.page.getByText(await answerOf(2), { exact: true }).waitFor({ state: 'attached' }); // still revealed
    expect(await app.page.getByRole('button', { name: /Hoa Sen/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await scoreOf('Hoa Mai').textContent()).toBe('20');
    expect(await scoreOf('Hoa Sen').textContent()).toBe('10 +10 câu này');
    // Finishes the game and shows the winner
    await app.page.getByRole('button', { name: 'Câu tiếp theo' }).click();
    for (let index = 3; index < lesson.quiz.length; index++) {
      await questionHeading(index).waitFor();
      if (lesson.quiz[index]!.scenario) expect(await app.page.getByText(lesson.quiz[index]!.scenario!, { exact: true }).isVisible()).toBe(true);
      await app.page.getByRole('button', { name: 'Hiện đáp án' }).click();
      if (index === 3) await app.page.getByRole('button', { name: /Hoa Sen/ }).click();
      await app.page.getByRole('button', { name: index === lesson.quiz.length - 1 ? 'Xem kết quả' : 'Câu tiếp theo' }).click();
    }
    await app.page.getByRole('heading', { level: 2, name: 'Kết quả' }).waitFor();
    await app.page.getByText('Chúc mừng Hoa Sen giành chiến thắng với 30 điểm!').waitFor();
    const rows = await app.page.getByRole('table', { name: 'Bảng điểm chung cuộc' }).getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual(['1Hoa Sen30', '2Hoa Mai20']);
    await expectNoSeriousViolation('final scoreboard');
    // Has nothing left to continue after the game ends
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Chuẩn bị ván chơi' }).waitFor();
    expect(await app.page.getByRole('heading', { name: 'Có một ván đang chơi dở' }).count()).toBe(0);
  });

  it('runs "Rung chuông vàng": a wrong answer puts a player out, and the rescue brings them back', async () => {
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/class-quiz`);
    await app.page.getByRole('heading', { name: 'Chuẩn bị ván chơi' }).waitFor();
    await app.page.getByRole('radio', { name: /Rung chuông vàng/ }).check();
    // 41 players is one too many: said, and no game starts with another number
    await app.page.getByRole('spinbutton', { name: 'Số người chơi (hoặc số đội)' }).fill('41');
    await app.page.getByRole('button', { name: 'Bắt đầu chơi' }).click();
    await app.page.getByText('Số người chơi phải là một số từ 2 đến 40.').waitFor();
    expect(await app.page.getByRole('spinbutton', { name: 'Số người chơi (hoặc số đội)' }).inputValue()).toBe('41');
    expect(await app.page.getByRole('button', { name: 'Hiện đáp án' }).count()).toBe(0);
    await app.page.getByRole('spinbutton', { name: 'Số người chơi (hoặc số đội)' }).fill('3');
    await app.page.getByRole('button', { name: 'Bắt đầu chơi' }).click();
    await app.page.getByRole('button', { name: 'Hiện đáp án' }).click();
    await app.page.getByRole('button', { name: 'Người chơi 2', exact: true }).click();
    await expectNoSeriousViolation('elimination, marking');
    await app.page.getByRole('button', { name: 'Câu tiếp theo' }).click();
    await app.page.getByText('Còn 2 / 3 người trên sàn thi đấu').waitFor();
    await app.page.getByText('Bị loại ở câu vừa rồi: Người chơi 2.').waitFor();
    await expectNoSeriousViolation('elimination, between questions');
    await app.page.getByRole('button', { name: 'Cứu trợ tất cả (1 người)' }).click();
    await app.page.getByText('Còn 3 / 3 người trên sàn thi đấu').waitFor();
  });

  it('keeps full screen when Space and Enter run the game after "Toàn màn hình" was clicked, in every mode', async () => {
    const fullscreen = () => app.page.evaluate(() => document.fullscreenElement !== null);
    for (const mode of [/^Cả lớp$/, /Thi đua theo đội/, /Rung chuông vàng/]) {
      await app.page.evaluate(() => Object.keys(localStorage).forEach((key) => key.includes('class-quiz:') && localStorage.removeItem(key)));
      await app.page.goto(`${app.origin}/lesson/${lesson.id}/class-quiz`);
      await app.page.getByRole('radio', { name: mode }).check();
      await app.page.getByRole('button', { name: 'Bắt đầu chơi' }).click();
      await questionHeading(0).waitFor();
      await app.page.getByRole('button', { name: 'Toàn màn hình', exact: true }).click();
      // The button says what it does now, and has given focus back to the question.
      await app.page.getByRole('button', { name: 'Thoát toàn màn hình' }).waitFor({ timeout: 5_000 });
      expect(await fullscreen(), String(mode)).toBe(true);
      await expect.poll(() => questionHeading(0).evaluate((heading) => heading === document.activeElement)).toBe(true);
      // The hint's shortcuts do what it says: Space shows the answer, Enter goes on, full screen stays.
      await app.page.keyboard.press('Space');
      await app.page.getByRole('button', { name: 'Câu tiếp theo' }).waitFor();
      await app.page.keyboard.press('Enter');
      await questionHeading(1).waitFor();
      expect(await fullscreen(), String(mode)).toBe(true);
      // Leaving by the button: focus goes back to the question, so Space does not go full screen again.
      await app.page.getByRole('button', { name: 'Thoát toàn màn hình' }).click();
      await app.page.getByRole('button', { name: 'Toàn màn hình', exact: true }).waitFor();
      await app.page.keyboard.press('Space');
      await app.page.getByRole('button', { name: 'Câu tiếp theo' }).waitFor();
      expect(await fullscreen(), String(mode)).toBe(false);
    }
  });
});
