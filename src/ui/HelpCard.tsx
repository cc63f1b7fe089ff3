/** The 111 card: shown on the help page and wherever a lesson has a :::help block. */
import { useTranslation } from 'react-i18next';
import { paths } from '../router/routes';
import { Link } from '../router/Link';

export function HelpCard({ showHelpPageLink = true }: { showHelpPageLink?: boolean }) {
  const { t } = useTranslation();
  return (
    <aside className="help-card" aria-label={t('help.cardTitle')}>
      <p className="help-card__number" aria-hidden="true">
        111
      </p>
      <div className="help-card__text">
        <p className="help-card__title">{t('help.cardTitle')}</p>
        <p>{t('help.cardFree')}</p>
        <p className="help-card__actions">
          <a className="button button--primary" href="tel:111">
            {t('help.call')}
          </a>
          {showHelpPageLink && (
            <Link className="button" href={paths.help()}>
              {t('help.openHelpPage')}
            </Link>
          )}
        </p>
      </div>
    </aside>
  );
}
