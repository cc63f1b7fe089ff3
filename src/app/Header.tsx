import { useState } from 'react';
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

export function Header() {
  const { t, i18n } = useTranslation();
  const largeText = useUiStore((s) => s.largeText);
  const toggleLargeText = useUiStore((s) => s.toggleLargeText);
  const teacherMode = useUiStore((s) => s.teacherMode);
  const [languageFailed, setLanguageFailed] = useState(false);
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
        <nav className="app-header__tools" aria-label={t('app.mainNav')}>
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
          <Link className="help-entry" href={paths.help()}>
            <PhoneIcon /> {t('helpEntry')}
          </Link>
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
