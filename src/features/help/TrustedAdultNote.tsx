/**
 * The note a child shows or prints for a trusted adult: what happened, in an adult's words, what the
 * adult is asked to do, the school's own contacts when it has filled them in, 111, and room to write
 * more by hand. Printed alone on one A4 page (help.css).
 */
import { useTranslation } from 'react-i18next';
import { SchoolContacts } from '../../ui/SchoolContacts';
import { ADULT_ASKS, type Situation } from './helpPath';

export function TrustedAdultNote({ situation }: { situation: Situation }) {
  const { t } = useTranslation('helpPath');
  return (
    <section className="trusted-note" aria-labelledby="trusted-note-title">
      <h3 id="trusted-note-title" className="trusted-note__title">
        {t('note.title')}
      </h3>
      <p>{t('note.greeting')}</p>
      <p>{t('note.opening')}</p>
      <p>
        <strong>{t('note.whatLabel')}</strong> {t(`note.situations.${situation}`)}
      </p>
      <p>
        <strong>{t('note.askLabel')}</strong>
      </p>
      <ol className="trusted-note__asks">
        {ADULT_ASKS[situation].map((ask) => (
          <li key={ask}>{t(`note.asks.${ask}`)}</li>
        ))}
      </ol>
      <SchoolContacts heading={4} />
      <p className="trusted-note__more">
        <strong>{t('note.moreLabel')}</strong>
      </p>
      <div className="trusted-note__lines" aria-hidden="true" />
      <p className="trusted-note__hotline">
        <span className="trusted-note__number">111</span> {t('help.cardTitle')} · {t('help.cardFree')}
      </p>
      <p className="small muted">{t('note.footer')}</p>
    </section>
  );
}
