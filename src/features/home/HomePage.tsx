import { useTranslation } from 'react-i18next';
import { lessonCount } from '../../content/catalog';
import { BANDS, isPreschool, TRACKS } from '../../content/vocabulary';
import { usePageTitle } from '../../ui/usePageTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import './home.css';

/**
 * The home page: children choose their age band (the preschool band first, its card saying it is
 * learnt with an adult); below, set apart under its own heading, the adults
 * (parents, school staff) find the sessions of their audience track.
 */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(undefined);
  return (
    <div className="home">
      <h1 tabIndex={-1}>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="band-grid">
        {BANDS.map((band) => {
          const count = lessonCount(band.id);
          return (
            <li key={band.id}>
              <Link className={`band-card band-card--${band.id}`} href={paths.band(band.id)}>
                <span className="band-card__name">{t(`bands.${band.id}.name`)}</span>
                <span className="band-card__ages">{t(`bands.${band.id}.ages`)}</span>
                <span className="band-card__count">
                  {count === 0 ? t('home.noLessons') : isPreschool(band.id) ? t('home.sessionCount', { count }) : t('home.lessonCount', { count })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <section className="home-adults" aria-labelledby="home-adults">
        <h2 id="home-adults">{t('tracks.homeTitle')}</h2>
        <p className="muted">{t('tracks.homeIntro')}</p>
        <ul className="band-grid">
          {TRACKS.map((track) => {
            const count = lessonCount(track.id);
            return (
              <li key={track.id}>
                <Link className={`band-card band-card--track band-card--${track.id}`} href={paths.band(track.id)}>
                  <span className="band-card__name">{t(`bands.${track.id}.name`)}</span>
                  <span className="band-card__ages">{t(`bands.${track.id}.ages`)}</span>
                  <span className="band-card__count">{count > 0 ? t('tracks.sessionCount', { count }) : t('tracks.noSessions')}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
