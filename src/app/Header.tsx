/**
 * The app's header: the brand, the calm help entry, search, who is learning, progress, settings, the
 * teacher area, language and large text. On a phone the tools fold into a "Danh mục" disclosure button
 * (header-menu.css), which index.html's inline script opens already before the app's scripts have run; the help
 * entry stays outside the fold, next to the brand, always one tap away.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../content/vocabulary';
import { HelpPathLink } from '../features/help/HelpPathLink';
import { CurrentLearnerChip } from '../features/learners/CurrentLearnerChip';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { changeLanguage } from '../i18n';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { useUiStore } from '../stores/uiStore';
import { PhoneIcon } from '../ui/icons';
import './header-menu.css';

const TOOLS_ID = 'app-header-tools';

/**
 * Whether index.html's inline script opened the folded menu while the page waited for its scripts (a tap on a
 * prerendered page): the app carries on from there rather than snapping it shut.
 */
function menuOpenedBeforeHydration(): boolean {
  if (typeof document === 'undefined') return false;
  return document.getElementById(TOOLS_ID)?.classList.contains('app-header__tools--open') === true;
}

export function Header() {
  const { t, i18n } = useTranslation();
  const largeText = useUiStore((s) => s.largeText);
  const toggleLargeText = useUiStore((s) => s.toggleLargeText);
  const teacherMode = useUiStore((s) => s.teacherMode);
  const [languageFailed, setLanguageFailed] = useState(false);
  const [menuOpen, setMenuOpen] = useState(menuOpenedBeforeHydration);
  const menuButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    // From now on the menu button is the app's: index.html's inline script stops answering it. A layout effect, so
    // the mark is there before a tap that made React hydrate the header early bubbles up to that script.
    document.documentElement.setAttribute('data-header-hydrated', '');
  }, []);
  // The folded menu closes when a link in it is followed, and on Escape (focus back on its button).
  const closeOnLink = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as Element).closest('a')) setMenuOpen(false);
  };
  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    // Handled: the notice's Escape (src/pwa/Toast.tsx) and the help path's quick exit leave it alone.
    event.preventDefault();
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  const switchLanguage = (locale: Locale) => {
    setLanguageFailed(false);
    changeLanguage(i18n, locale).catch(() => setLanguageFailed(true));
  };

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link className="app-header__brand" href={paths.home()}>
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="32" height="32" />
          <span>
            <span className="app-header__name">{t('app.name')}</span>
            <span className="app-header__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <Link className="help-entry" href={paths.help()}>
          <PhoneIcon /> {t('helpEntry')}
        </Link>
        <button
          ref={menuButton}
          type="button"
          className="app-header__menu-button"
          aria-expanded={menuOpen}
          aria-controls={TOOLS_ID}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <svg className="icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" aria-hidden="true" focusable="false">
            <path d="M4 6h16M4 12h16M4 18h16" />
          </svg>{' '}
          {t('app.menu')}
        </button>
        <nav
          id={TOOLS_ID}
          className={`app-header__tools${menuOpen ? ' app-header__tools--open' : ''}`}
          aria-label={t('app.mainNav')}
          onClick={closeOnLink}
          onKeyDown={closeOnEscape}
        >
          <HeaderSearch />
          <CurrentLearnerChip />
          <Link className="header-link" href={paths.progress()}>
            {t('progressMap.navLabel')}
          </Link>
          <Link className="header-link" href={paths.settings()}>
            {t('settings.navLabel')}
          </Link>
          {teacherMode && (
            <Link className="header-link" href={paths.teacher()}>
              {t('teacher.navLabel')}
            </Link>
          )}
          <HelpPathLink />
          <div className="language-switch" role="group" aria-label={t('language.label')}>
            {LOCALES.map((locale: Locale) => (
              <button
                key={locale}
                type="button"
                lang={locale}
                aria-pressed={i18n.language === locale}
                onClick={() => switchLanguage(locale)}
              >
                {t(`language.${locale}`)}
              </button>
            ))}
          </div>
          {languageFailed && (
            <p className="notice notice--error" role="alert">
              {t('language.loadFailed')}
            </p>
          )}
          <button type="button" className="large-text-toggle" aria-pressed={largeText} onClick={toggleLargeText}>
            <span aria-hidden="true">A+</span> {t('app.largeText')}
          </button>
        </nav>
      </div>
    </header>
  );
}
