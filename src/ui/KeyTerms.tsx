/** A lesson's key terms as a small glossary: on the lesson page and on the student handout. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyTerm } from '../content/types';

export function KeyTerms({ terms }: { terms: readonly KeyTerm[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (terms.length === 0) return null;
  return (
    <section className="key-terms" aria-labelledby={headingId}>
      <h2 id={headingId} className="key-terms__title">
        {t('lesson.keyTerms')}
      </h2>
      <dl className="key-terms__list">
        {terms.map(({ term, meaning }) => (
          <div key={term} className="key-terms__item">
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
