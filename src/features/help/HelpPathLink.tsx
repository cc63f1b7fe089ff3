/**
 * The header's "Em cần giúp?" entry, one tap from every screen. From a band's pages (the band, one of its
 * lessons, quizzes or progress) it opens the path in that age group's words, so the child is not asked
 * again; elsewhere the path asks first.
 */
import { useTranslation } from 'react-i18next';
import { findLesson, isLessonEntryLoaded } from '../../content/catalog';
import type { PupilBandId } from '../../content/vocabulary';
import { useLocale } from '../../i18n';
import { Link } from '../../router/Link';
import { useRoute } from '../../router/navigation';
import { paths, type Route } from '../../router/routes';
import { isPupilBand } from './helpPath';

export function HelpPathLink({ className = 'help-entry help-entry--path' }: { className?: string }) {
  const { t } = useTranslation();
  const band = bandOfPage(useRoute(), useLocale());
  return (
    <Link className={className} href={paths.helpPath(band)}>
      {t('help.pathEntry')}
    </Link>
  );
}

function bandOfPage(route: Route, locale: ReturnType<typeof useLocale>): PupilBandId | undefined {
  const band = 'band' in route ? route.band : 'lessonId' in route && isLessonEntryLoaded(route.lessonId) ? findLesson(route.lessonId, locale)?.band : undefined;
  return isPupilBand(band) ? band : undefined;
}
