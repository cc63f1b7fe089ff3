import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { lessonsInBand } from '../../content/catalog';
import { BANDS } from '../../content/vocabulary';
import { usePageTitle } from '../../app/usePageTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';

export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(undefined);
  return (
    <div className="home">
      <h1 tabIndex={-1}>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="band-grid">
        {BANDS.map((band) => {
          const count = lessonsInBand(band.id, locale).length;
          return (
            <li key={band.id}>
              <Link className={`band-card band-card--${band.id}`} href={paths.band(band.id)}>
                <span className="band-card__name">{t(`bands.${band.id}.name`)}</span>
                <span className="band-card__ages">{t(`bands.${band.id}.ages`)}</span>
                <span className="band-card__count">{count > 0 ? t('home.lessonCount', { count }) : t('home.noLessons')}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
