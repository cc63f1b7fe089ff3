// Keys of t() are checked against the Vietnamese (source) strings: the core namespace and each feature's.
import 'i18next';
import type { gameVi } from '../features/game/strings';
import type { helpPathVi } from '../features/help/strings';
import type { presenterVi } from '../features/presenter/strings';
import type { reportVi } from '../features/report/strings';
import type { searchVi } from '../features/search/strings';
import type { settingsVi } from '../features/settings/strings';
import type { teacherAreaVi } from '../features/teacher/strings';
import type { CoreResources } from '../i18n/locales/vi';
import type { resultsVi } from '../ui/resultStrings';
import type { readAloudVi } from '../ui/readAloud/strings';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    // One namespace a line.
    resources: {
      translation: CoreResources;
      game: typeof gameVi;
      report: typeof reportVi;
      presenter: typeof presenterVi;
      search: typeof searchVi;
      results: typeof resultsVi;
      settings: typeof settingsVi;
      teacher: typeof teacherAreaVi;
      readAloud: typeof readAloudVi;
      helpPath: typeof helpPathVi;
    };
  }
}
