import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { HelpCard } from '../../ui/HelpCard';
import { SchoolContacts } from '../../ui/SchoolContacts';
import { HelpPicture } from './HelpPicture';
import './help.css';

export function HelpPage() {
  const { t } = useTranslation();
  usePageTitle(t('help.title'));
  const list = (key: 'help.when' | 'help.first') => t(key, { returnObjects: true }) as string[];
  return (
    <article className="help-page">
      <h1 tabIndex={-1}>{t('help.title')}</h1>
      <HelpCard showHelpPageLink={false} />
      <Link className="help-path-entry" href={paths.helpPath()}>
        <HelpPicture name="adult" />
        <span>
          <span className="help-path-entry__title">{t('help.pathEntry')}</span>
          <span>{t('help.pathEntryHint')}</span>
        </span>
      </Link>
      <p className="help-page__reassure">{t('help.notYourFault')}</p>
      <SchoolContacts heading={2} />
      <section aria-labelledby="help-what">
        <h2 id="help-what">{t('help.whatTitle')}</h2>
        <p>{t('help.what')}</p>
      </section>
      <section aria-labelledby="help-when">
        <h2 id="help-when">{t('help.whenTitle')}</h2>
        <ul>
          {list('help.when').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="help-first">
        <h2 id="help-first">{t('help.firstTitle')}</h2>
        <ol>
          {list('help.first').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="help-phone">
        <h2 id="help-phone">{t('help.onThePhoneTitle')}</h2>
        <p>{t('help.onThePhone')}</p>
      </section>
      <section aria-labelledby="help-emergency" className="help-page__emergency">
        <h2 id="help-emergency">{t('help.emergencyTitle')}</h2>
        <p>{t('help.emergency')}</p>
      </section>
    </article>
  );
}
