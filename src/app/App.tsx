/** The app shell: header with help entry, notices, and the page for the current URL. */
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
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
import type { ShellSlots } from '../router/screen';
import { useUiStore } from '../stores/uiStore';
import { useLocale } from '../i18n';
import { LiveRegion } from '../ui/LiveRegion';
import { DeferHydration, HydrateLater } from '../ui/HydrateLater';
import { PageTop } from '../ui/PageTop';
import { Header } from './Header';
import { PageErrorBoundary } from './PageErrorBoundary';
import { suspendUntilPageReady } from './pageData';
import { useHydrated } from './useHydrated';
import { screenOf } from './screens';
import { usePageTitle } from '../ui/usePageTitle';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const pathname = buildKey(route);
  useFocusHeadingOnNavigation(pathname);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {/* Early in the Tab order on purpose: a page's bar above the header (the help path's quick exit)
          and the "new version" notice, which floats at the window's foot (src/pwa/Toast.tsx). */}
      <LargeTextClass />
      <PageTop />
      <AfterHydration>
        <UpdatePrompt />
      </AfterHydration>
      <LiveRegion />
      <HydrateLater>
        <Header />
      </HydrateLater>
      {/* About this browser, so not in a prerendered page: shown once it is hydrated. */}
      <div className="notices">
        <AfterHydration>
          <ConnectionNotices />
          <StorageNotice />
        </AfterHydration>
      </div>
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary key={pathname}>
          <Suspense fallback={<p className="muted">{t('lesson.loading')}</p>}>
            <DeferHydration>
              <Page route={route} />
            </DeferHydration>
          </Suspense>
        </PageErrorBoundary>
      </main>
      <IdleGuard />
    </>
  );
}

/**
 * What depends on this browser, shown once the page is hydrated. Its own component, so the change at
 * hydration re-renders it alone, not the whole app (a band page's re-render was a long task, issue 21).
 */
function AfterHydration({ children }: { children: ReactNode }) {
  return useHydrated() ? children : null;
}

/** Large text, as chosen on this computer (index.html's inline script has set it before the first paint). */
function LargeTextClass() {
  const largeText = useUiStore((s) => s.largeText);
  const hydrated = useHydrated();
  useEffect(() => {
    // While hydrating, the store answers with the default: the inline script's class stays until then.
    if (hydrated) document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText, hydrated]);
  return null;
}

function Page({ route }: { route: Route }) {
  // The page's code, catalog part and lesson body, loaded before it renders (see pageData.ts).
  suspendUntilPageReady(route, useLocale());
  // Answer keys and learners' results are not shown to a pupil who wanders in with teacher mode off (routes.ts: teacherOnly).
  const teacherMode = useUiStore((s) => s.teacherMode);
  if (needsTeacherMode(route) && !teacherMode) return <TeacherModeRequired />;
  const screen = screenOf(route.name);
  if (!screen) return <NotFound />;
  // The page's props come from its route, as its feature declares (src/features/<x>/screens.ts).
  const Page = screen.page as unknown as (props: object) => React.JSX.Element;
  return <Page {...screen.props(route as never, SLOTS)} />;
}

/** Parts of one feature that another's page shows, filled in here (features never import each other). */
const SLOTS: ShellSlots = {
  lessonTools: (lesson) => <TeacherTools lessonId={lesson.id} title={lesson.title} />,
};

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
