/** A lesson's quiz (and its practice of missed questions): its start is prerendered for every lesson with questions. */
import { LESSON_ROUTE } from '../../content/lessonPath';
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

const isPracticeMode = (value: string): value is 'missed' => value === 'missed';

export const quizFeature = {
  screens: [
    screen(
      { name: 'quiz', path: `${LESSON_ROUTE}/quiz`, query: ['practice'], checks: { practice: isPracticeMode } },
      {
        page: lazyPage(() => import('./QuizPage').then((m) => m.QuizPage)),
        props: (route) => ({ lessonId: route.lessonId, practice: route.practice === 'missed' }),
        catalog: 'lesson',
        prerender: {
          source: 'src/features/quiz/QuizPage.tsx',
          params: (site) => site.lessons.filter((lesson) => lesson.questionCount > 0).map((lesson) => ({ lessonId: lesson.id })),
        },
      },
    ),
  ],
} satisfies Feature;
