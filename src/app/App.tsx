/** The app shell: header with help entry, notices, and the page for the current URL. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageNotice } from './StorageNotice';
import { IdleGuard } from '../features/idle/IdleGuard';
import { TeacherModeRequired } from '../features/teacher/TeacherModeRequired';
import { TeacherTools } from '../features/teacher/TeacherTools';
import { ConnectionNotices } from '../pwa/ConnectionNotices';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { useRoute } from '../router/navigation';
import { needsTeacherMode, paths, type Route } from '../router/routes';
import { Link } from '../router/Link';
import { useUiStore } from '../stores/uiStore';
import { useLocale } from '../i18n';
import { LiveRegion } from '../ui/LiveRegion';
import { PageTop } from '../ui/PageTop';
import './featureNamespaces';
import { Header } from './Header';
import { PageErrorBoundary } from './PageErrorBoundary';
import { suspendUntilPageReady } from './pageData';
import { useHydrated } from './useHydrated';
import { BandPage, HelpPage, HomePage, LessonPage, QuizPage } from './pages';
import { usePageTitle } from '../ui/usePageTitle';

// Screens a child reaches less often load on demand (each is precached, so offline they are instant).
const LearnersPage = lazy(() => import('../features/learners/LearnersPage').then((m) => ({ default: m.LearnersPage })));
const LearnerFormPage = lazy(() => import('../features/learners/LearnerFormPage').then((m) => ({ default: m.LearnerFormPage })));
const ProgressPage = lazy(() => import('../features/progress/ProgressPage').then((m) => ({ default: m.ProgressPage })));
const ReviewPage = lazy(() => import('../features/progress/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const CertificatePage = lazy(() => import('../features/progress/CertificatePage').then((m) => ({ default: m.CertificatePage })));
const TeacherPage = lazy(() => import('../features/teacher/TeacherPage').then((m) => ({ default: m.TeacherPage })));
const LessonPlanPage = lazy(() => import('../features/teacher/LessonPlanPage').then((m) => ({ default: m.LessonPlanPage })));
const PrintPage = lazy(() => import('../features/teacher/PrintPage').then((m) => ({ default: m.PrintPage })));
const PresenterPage = lazy(() => import('../features/presenter/PresenterPage').then((m) => ({ default: m.PresenterPage })));
const SpeakerPage = lazy(() => import('../features/presenter/SpeakerPage').then((m) => ({ default: m.SpeakerPage })));
const ClassQuizPage = lazy(() => import('../features/game/ClassQuizPage').then((m) => ({ default: m.ClassQuizPage })));
const ClassReportPage = lazy(() => import('../features/report/ClassReportPage').then((m) => ({ default: m.ClassReportPage })));
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
const HelpPathPage = lazy(() => import('../features/help/HelpPathPage').then((m) => ({ default: m.HelpPathPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const pathname = buildKey(route);
  const largeText = useUiStore((s) => s.largeText);
  const hydrated = useHydrated();
  useFocusHeadingOnNavigation(pathname);

  useEffect(() => {
    // While hydrating, the store answers with the default: public/boot.js has set the class already.
    if (hydrated) document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText, hydrated]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {/* Early in the Tab order on purpose: a page's bar above the header (the help path's quick exit)
          and the "new version" notice, which floats at the window's foot (src/pwa/Toast.tsx). */}
      <PageTop />
      {hydrated && <UpdatePrompt />}
      <LiveRegion />
      <Header />
      {/* About this browser, so not in a prerendered page: shown once it is hydrated. */}
      <div className="notices">
        {hydrated && <ConnectionNotices />}
        {hydrated && <StorageNotice />}
      </div>
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary key={pathname}>
          <Suspense fallback={<p className="muted">{t('lesson.loading')}</p>}>
            <Page route={route} />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <IdleGuard />
    </>
  );
}

function Page({ route }: { route: Route }) {
  // The page's code, catalog part and lesson body, loaded before it renders (see pageData.ts).
  suspendUntilPageReady(route, useLocale());
  // Answer keys and learners' results are not shown to a pupil who wanders in with teacher mode off (routes.ts: teacherOnly).
  const teacherMode = useUiStore((s) => s.teacherMode);
  if (needsTeacherMode(route) && !teacherMode) return <TeacherModeRequired />;
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'band':
      return <BandPage band={route.band} />;
    case 'lesson':
      return <LessonPage key={route.lessonId} lessonId={route.lessonId} teacherTools={renderTeacherTools} />;
    case 'quiz':
      return <QuizPage key={`${route.lessonId}/${route.practice ?? ''}`} lessonId={route.lessonId} practice={route.practice === 'missed'} />;
    case 'help':
      return <HelpPage />;
    case 'help-path':
      return <HelpPathPage band={route.band} />;
    case 'search':
      return <SearchPage query={route.q ?? ''} />;
    case 'progress':
      return <ProgressPage band={route.band} />;
    case 'review':
      return <ReviewPage key={route.lessonId} lessonId={route.lessonId} />;
    case 'certificate':
      return <CertificatePage band={route.band} topic={route.topic} />;
    case 'settings':
      return <SettingsPage />;
    case 'teacher':
      return <TeacherPage />;
    case 'report':
      return <ClassReportPage />;
    case 'present':
      return <PresenterPage key={route.lessonId} lessonId={route.lessonId} />;
    case 'speaker':
      return <SpeakerPage key={route.lessonId} lessonId={route.lessonId} />;
    case 'class-quiz':
      return <ClassQuizPage key={route.lessonId} lessonId={route.lessonId} />;
    case 'plan':
      return <LessonPlanPage key={route.lessonId} lessonId={route.lessonId} />;
    case 'print':
      return <PrintPage key={`${route.lessonId}/${route.variant}`} lessonId={route.lessonId} variant={route.variant} />;
    case 'learners':
      return <LearnersPage />;
    case 'new-learner':
      return <LearnerFormPage />;
    case 'edit-learner':
      return <LearnerFormPage learnerId={route.learnerId} />;
    case 'not-found':
      return <NotFound />;
  }
}

function renderTeacherTools(lesson: { id: string; title: string }) {
  return <TeacherTools lessonId={lesson.id} title={lesson.title} />;
}

function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('app.notFoundTitle'));
  return (
    <div>
      <h1 tabIndex={-1}>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundBody')}</p>
      <p>
        <Link href={paths.home()}>{t('app.backHome')}</Link>
      </p>
    </div>
  );
}

/** Which page is on screen: focus moves to its heading when this changes (not when only ?slide= or ?q= does). */
function buildKey(route: Route): string {
  const { slide: _slide, q: _q, ...rest } = route as Route & { slide?: string; q?: string };
  return JSON.stringify(rest);
}

/**
 * After a client-side navigation, move focus to the new page's heading so screen readers announce it.
 * A page whose code loads on demand shows "Đang tải…" first: its heading is waited for, and focused
 * when it comes unless the user has already moved focus elsewhere meanwhile. Every page has an h1
 * (tabIndex -1); main itself, which has no name, is never focused.
 */
function useFocusHeadingOnNavigation(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    const focusedBefore = document.activeElement;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      const focused = document.activeElement;
      if (focused === focusedBefore || focused === document.body || focused === null || !focused.isConnected) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
      }
      return true;
    };
    let observer: MutationObserver | undefined;
    const frame = window.requestAnimationFrame(() => {
      if (focusHeading()) return;
      observer = new MutationObserver(() => {
        if (focusHeading()) observer?.disconnect();
      });
      observer.observe(main, { childList: true, subtree: true });
    });
    return () => {
      window.cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, [pathname]);
}
