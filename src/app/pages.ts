/**
 * The pages a child or teacher lands on by link or bookmark (prerendered at build time, see
 * scripts/prerender/). Each is a chunk of its own so the first load carries none of them; the page
 * asked for is loaded before the first render (pageData.ts), so it still renders in one pass.
 */
import { lazyPage } from './lazyPage';

export const HomePage = lazyPage(() => import('../features/home/HomePage').then((m) => m.HomePage));
export const BandPage = lazyPage(() => import('../features/lessons/BandPage').then((m) => m.BandPage));
export const LessonPage = lazyPage(() => import('../features/lessons/LessonPage').then((m) => m.LessonPage));
export const QuizPage = lazyPage(() => import('../features/quiz/QuizPage').then((m) => m.QuizPage));
export const HelpPage = lazyPage(() => import('../features/help/HelpPage').then((m) => m.HelpPage));
