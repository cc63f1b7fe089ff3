/**
 * The class quiz on a classroom projector: every question of every Vietnamese lesson, with its answer
 * and explanation shown, fits a 1024×768 and a 1280×720 screen in full screen — the question, every
 * option, the "Câu tiếp theo" button and the explanation at once, in type readable from the back row —
 * in the whole-class game and beside the team scoreboard.
 *
 * Kept fast: one page per screen size and game mode, in real full screen; each lesson's game is opened
 * by the app's own navigation and played through inside the page (reveal, measure, next), so the ~290
 * Vietnamese questions take about half a minute per size and mode, not a page load each.
 */
import { describe, expect, it } from 'vitest';
import { builtLessons } from './harness';
import { useAppInBrowser } from './appInBrowser';

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
  const lessons = builtLessons()
    .filter((lesson) => lesson.locale === 'vi' && lesson.quiz.length > 0)
    .map((lesson) => ({ id: lesson.id, questions: lesson.quiz.length }));

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
      it(`fits every question of every lesson, answer shown, on a ${size.width}×${size.height} projector in full screen (${mode === 'class' ? 'whole class' : 'teams'})`, async () => {
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
});
