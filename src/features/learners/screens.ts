/** "Ai đang học?": choosing a learner, and the form that adds or edits one. */
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

const LearnerFormPage = lazyPage(() => import('./LearnerFormPage').then((m) => m.LearnerFormPage));

export const learnersFeature = {
  screens: [
    screen({ name: 'learners', path: '/learners' }, { page: lazyPage(() => import('./LearnersPage').then((m) => m.LearnersPage)), catalog: 'none' }),
    screen({ name: 'new-learner', path: '/learners/new' }, { page: LearnerFormPage, catalog: 'none' }),
    screen({ name: 'edit-learner', path: '/learners/:learnerId/edit' }, { page: LearnerFormPage, props: (route) => ({ learnerId: route.learnerId }), catalog: 'none' }),
  ],
} satisfies Feature;
