/**
 * The class quiz on a classroom projector: every question of every Vietnamese lesson, with its answer
 * and explanation shown, fits a 1024×768 and a 1280×720 screen in full screen — the question, every
 * option, the "Câu tiếp theo" button and the explanation at once, in type readable from the back row —
 * in the whole-class game and beside the team scoreboard.
 *
 * Kept fast: one page per screen size and game mode, in real full screen; each lesson's game is opened
 * by the app's own navigation and played through inside the page (reveal, measure, next), so the ~290
 * Vietnamese questions take about half a minute per size and mode, not a page load each.
 *
 * And every team count and name length the setup allows (2–8 teams, 2–40 players, names of 40
 * characters) on the longest question: the question stays at the top, every team's score is on screen
 * before and after the answer, the players' list stays within the screen, and the 111 line is on screen
 * without covering anything — measured as boxes, not pictures.
 */
import { describe, expect, it } from 'vitest';
import { CONTESTANT_LIMITS } from '../../src/features/game/gameState';
import { builtLessons } from './harness';
import { useAppInBrowser } from './appInBrowser';
import { sampleLessons } from './lessonSample';

const PROJECTOR_SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
];
/** Option text on the big screen, in CSS pixels: it may shrink to fit, not below this. */
const MIN_OPTION_FONT_PX = 20;

interface Measure {
  lesson: string;
  question: number;
  options: number;
  /** How far the lowest of the question, options, button and explanation reaches below the screen (px). */
  below: number;
  /** How far the question's top is above the screen (px). */
  above: number;
  optionFontPx: number;
  sideways: boolean;
  /** Where the game's region starts on screen (the app scrolls it to the top at each question). */
  gameTop: number;
}

describe('the class quiz on a projector', () => {
  const app = useAppInBrowser();
  // A seeded sample of every band, track and topic (FULL=1: every lesson); the longest question and
  // names are measured on their own below.
  const lessons = sampleLessons(
    builtLessons().filter((lesson) => lesson.locale === 'vi' && lesson.quiz.length > 0),
    'class quiz fit',
  ).map((lesson) => ({ id: lesson.id, questions: lesson.quiz.length }));

  /** Opens the first game in full screen, as a teacher does (a real click: full screen needs one). */
  async function openInFullScreen(mode: 'class' | 'teams') {
    await app.page.goto(`${app.origin}/lesson/${lessons[0]!.id}/class-quiz`);
    await app.page.getByRole('heading', { name: 'Chuẩn bị ván chơi' }).waitFor();
    if (mode === 'teams') await app.page.getByRole('radio', { name: /Thi đua theo đội/ }).check();
    await app.page.getByRole('button', { name: 'Bắt đầu chơi' }).click();
    await app.page.getByRole('button', { name: 'Toàn màn hình' }).click();
    await app.page.waitForFunction(() => document.fullscreenElement !== null && document.documentElement.classList.contains('is-fullscreen'));
  }

  /** In the page: opens each lesson's game by the app's navigation and measures every question revealed. */
  function playAndMeasure(lesson: { id: string; questions: number }, mode: 'class' | 'teams'): Promise<Measure[]> {
    return app.page.evaluate(
      async ({ lesson, mode }) => {
        const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
        /** Polls, without waiting for frames, for what React renders (a lesson loads in its own chunk). */
        const until = async <T>(find: () => T | null | undefined, what: string): Promise<T> => {
          const giveUp = performance.now() + 10_000;
          while (performance.now() < giveUp) {
            const found = find();
            if (found) return found;
            await tick();
          }
          throw new Error(`${lesson.id}: no ${what}`);
        };
        const button = (name: RegExp) => [...document.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
        for (const key of Object.keys(localStorage)) if (key.includes('class-quiz:')) localStorage.removeItem(key);
        // Through another page, so the game opens afresh even on the lesson it is already on.
        for (const path of ['/help', `/lesson/${lesson.id}/class-quiz`]) {
          history.pushState(null, '', path);
          window.dispatchEvent(new Event('app:navigate'));
          await frame();
        }
        const start = await until(() => button(/^Bắt đầu chơi$/), 'start button');
        if (mode === 'teams') (await until(() => document.querySelector<HTMLInputElement>('input[name="game-mode"][value="teams"]'), 'team mode')).click();
        await frame();
        start.click();
        const measures = [];
        for (let index = 0; index < lesson.questions; index++) {
          await until(() => document.querySelector('.game-question__position')?.textContent?.startsWith(`Câu ${index + 1} /`), `question ${index + 1}`);
          (await until(() => button(/^Hiện đáp án$/), 'reveal button')).click();
          const next = await until(() => button(/^(Câu tiếp theo|Xem kết quả)$/), 'next button');
          await until(() => document.querySelector('.game-explanation'), 'explanation');
          await frame();
          const question = document.querySelector('.game-question')!;
          const parts = [...question.querySelectorAll('.game-option, .game-explanation, .game-question__text')].concat(next);
          const option = question.querySelector<HTMLElement>('.game-option__text')!;
          measures.push({
            lesson: lesson.id,
            question: index + 1,
            options: question.querySelectorAll('.game-option').length,
            below: Math.max(...parts.map((part) => part.getBoundingClientRect().bottom)) - window.innerHeight,
            above: -question.getBoundingClientRect().top,
            optionFontPx: parseFloat(getComputedStyle(option).fontSize),
            sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
            gameTop: document.querySelector('.game')!.getBoundingClientRect().top,
          });
          next.click();
        }
        return measures;
      },
      { lesson, mode },
    );
  }

  for (const size of PROJECTOR_SIZES) {
    for (const mode of ['class', 'teams'] as const) {
      it(`fits every question of the sampled lessons, answer shown, on a ${size.width}×${size.height} projector in full screen (${mode === 'class' ? 'whole class' : 'teams'})`, async () => {
        await app.page.setViewportSize(size);
        await openInFullScreen(mode);
        const measures: Measure[] = [];
        for (const lesson of lessons) measures.push(...(await playAndMeasure(lesson, mode)));

        expect(measures.length).toBe(lessons.reduce((sum, l) => sum + l.questions, 0));
        expect(measures.some((m) => m.options >= 5), 'a question with five or more options is measured').toBe(true);
        const misfits = measures.filter((m) => m.below > 1 || m.above > 1 || m.sideways || m.optionFontPx < MIN_OPTION_FONT_PX);
        // The worst first, so a failure shows what to look at.
        misfits.sort((a, b) => b.below - a.below);
        expect(misfits.slice(0, 12), `${misfits.length} of ${measures.length} questions do not fit`).toEqual([]);
      });
    }
  }

  /** The longest names the setup allows (40 characters): wide capitals, and one with no space to break at. */
  const longNames = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      i === count - 1 ? 'Độichiếnbinhdũngcảmnhấtcủalớpbốnatrườngx'.slice(0, 40) : `ĐỘI ${i + 1} HOA PHƯỢNG ĐỎ TRƯỜNG TIỂU HỌC MĂNG NON`.slice(0, 40),
    );
  // The question that needs the most room, so the panel beside it is tried where space is shortest.
  const longest = builtLessons()
    .filter((lesson) => lesson.locale === 'vi')
    .flatMap((lesson) => lesson.quiz.map((question, index) => ({ lesson, index, size: JSON.stringify(question).length })))
    .sort((a, b) => b.size - a.size)[0]!;

  interface PanelMeasure {
    case: string;
    revealed: boolean;
    /** How far the question's top is above the screen, and its lowest part below it (px). */
    above: number;
    below: number;
    /** Teams whose score is not wholly on screen (team mode). */
    scoresOffScreen: string[];
    /** The panel reaches below the screen (px). */
    panelBelow: number;
    /** The visible 111 lines: how many, whether wholly on screen, and what they cover. */
    helpLines: number;
    helpOnScreen: boolean;
    covered: string[];
    sideways: boolean;
  }

  for (const size of PROJECTOR_SIZES) {
    it(`fits 2–8 teams and 40 players with the longest names beside the longest question, 111 on screen covering nothing, on ${size.width}×${size.height}`, async () => {
      await app.page.setViewportSize(size);
      await openInFullScreen('class');
      const cases = [
        ...Array.from({ length: CONTESTANT_LIMITS.teams.max - CONTESTANT_LIMITS.teams.min + 1 }, (_, i) => ({ mode: 'teams' as const, names: longNames(i + 2) })),
        { mode: 'teams' as const, names: ['Mai', 'Sen', 'Cúc', 'Lan', 'Đào', 'Huệ'] },
        { mode: 'elimination' as const, names: longNames(CONTESTANT_LIMITS.elimination.max) },
      ];
      const measures: PanelMeasure[] = [];
      for (const one of cases) {
        const game = {
          version: 2,
          mode: one.mode,
          questionIds: longest.lesson.quiz.map((q) => q.id),
          seed: 'fit',
          contestants: one.names.map((name, i) => ({ id: `c${i}`, name })),
          pointsPerCorrect: 100,
          index: longest.index,
          revealed: false,
          marked: [],
          // Every team right so far, at 100 points a question: scores of three or four digits.
          rounds: longest.lesson.quiz.slice(0, longest.index).map((q) => ({ questionId: q.id, marked: one.mode === 'teams' ? one.names.map((_, j) => `c${j}`) : [] })),
          out: [],
          rescues: 0,
          finished: false,
        };
        measures.push(...(await measurePanel(`${size.width}×${size.height} ${one.mode} ${one.names.length}${one.names[0]!.length > 20 ? ' long names' : ''}`, game)));
      }
      const misfits = measures.filter(
        (m) => m.above > 1 || m.below > 1 || m.scoresOffScreen.length > 0 || m.panelBelow > 1 || m.helpLines !== 1 || !m.helpOnScreen || m.covered.length > 0 || m.sideways,
      );
      expect(measures.length).toBe(2 * 9);
      expect(misfits, `${misfits.length} of ${measures.length} layouts do not fit`).toEqual([]);
    });
  }

  /** In the page: opens a saved game by the app's navigation, measures it, reveals, marks everyone, measures again. */
  function measurePanel(name: string, game: object): Promise<PanelMeasure[]> {
    return app.page.evaluate(
      async ({ name, game, lessonId }) => {
        const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const until = async <T>(find: () => T | null | undefined, what: string): Promise<T> => {
          const giveUp = performance.now() + 10_000;
          while (performance.now() < giveUp) {
            const found = find();
            if (found) return found;
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          throw new Error(`${name}: no ${what}`);
        };
        const button = (text: RegExp) => [...document.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
        const go = async (path: string) => {
          history.pushState(null, '', path);
          window.dispatchEvent(new Event('app:navigate'));
          await frame();
        };
        // Away from any game first, so none is saved again after its save is cleared.
        await go('/help');
        await until(() => !document.querySelector('.game'), 'way out of the game');
        for (const key of Object.keys(localStorage)) if (key.includes('class-quiz:')) localStorage.removeItem(key);
        localStorage.setItem(`mang-an-toan:class-quiz:${lessonId}`, JSON.stringify(game));
        await go(`/lesson/${lessonId}/class-quiz`);
        (await until(() => button(/^Tiếp tục ván đang chơi$/), 'continue button')).click();
        const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width > 0 && b.width > 0;
        const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
        const measure = (revealed: boolean) => {
          const board = document.querySelector('.game-question')!;
          const panel = document.querySelector('.game-panel')!;
          const boardParts = [...board.querySelectorAll('.game-question__position, .game-question__hint, .game-question__text, .game-option, .game__controls button, .game-explanation')];
          // Each team's score on screen: the toggle that carries it after the reveal, the table's row before.
          const scoreBoxes = revealed ? [...panel.querySelectorAll('.game-toggle--correct')] : [...panel.querySelectorAll('.game-scoreboard tbody tr')];
          const panelParts = [...panel.querySelectorAll('.game-panel__title, .game-panel__hint, .game-remaining, .game-toggle, .game-chip, .game-scoreboard caption, .game-scoreboard tr')].filter(visible);
          const helpLines = [...document.querySelectorAll('.help-footer')].filter(visible);
          const help = helpLines[0]?.getBoundingClientRect();
          const panelBox = panel.getBoundingClientRect();
          return {
            case: name,
            revealed,
            above: -board.getBoundingClientRect().top,
            below: Math.max(...boardParts.map((part) => part.getBoundingClientRect().bottom)) - window.innerHeight,
            scoresOffScreen:
              (game as { mode: string }).mode === 'teams'
                ? scoreBoxes.filter((box) => !visible(box) || box.getBoundingClientRect().bottom > Math.min(window.innerHeight, panelBox.bottom) + 1 || box.getBoundingClientRect().top < 0).map((box) => box.textContent ?? '')
                : [],
            panelBelow: panelBox.bottom - window.innerHeight,
            helpLines: helpLines.length,
            helpOnScreen: help !== undefined && help.top >= -1 && help.bottom <= window.innerHeight + 1 && help.left >= 0 && help.right <= window.innerWidth,
            covered: help ? [...boardParts, ...panelParts].filter((part) => !helpLines[0]!.contains(part) && overlaps(part.getBoundingClientRect(), help)).map((part) => (part.textContent ?? '').slice(0, 40)) : [],
            sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
          };
        };
        await until(() => button(/^Hiện đáp án$/), 'reveal button');
        await frame();
        const before = measure(false);
        button(/^Hiện đáp án$/)!.click();
        await until(() => document.querySelector('.game-explanation'), 'explanation');
        await frame();
        for (const toggle of document.querySelectorAll<HTMLButtonElement>('.game-toggle')) toggle.click();
        await frame();
        await frame();
        const after = measure(true);
        // Leaves the game, and nothing to continue, for the next case or test.
        await go('/help');
        await until(() => !document.querySelector('.game'), 'way out of the game');
        localStorage.removeItem(`mang-an-toan:class-quiz:${lessonId}`);
        return [before, after];
      },
      { name, game, lessonId: longest.lesson.id },
    );
  }
});
