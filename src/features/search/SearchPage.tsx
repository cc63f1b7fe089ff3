/**
 * The search page: one box, results as you type. The query lives in the URL (`/search?q=…`, replaced
 * rather than pushed, so Back leaves the page instead of undoing letters): a search is not personal data,
 * and it is kept nowhere else. Loaded on demand, with the index of the reader's language.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import { foldQuery, type SearchLesson } from '../../content/searchText';
import { audienceOf } from '../../content/vocabulary';
import { useLocale } from '../../i18n';
import { Link } from '../../router/Link';
import { replaceQuery } from '../../router/navigation';
import { paths } from '../../router/routes';
import { searchLessons } from './searchLessons';
import { useSearchIndex } from './useSearchIndex';
import './search.css';

/** ms: results follow a pause in typing, not every key. */
const DEBOUNCE_MS = 200;
/** Results listed at once: a word of one or two letters can match most of a large curriculum. */
const MAX_SHOWN = 50;

export function SearchPage({ query }: { query: string }) {
  const { t } = useTranslation('search');
  const locale = useLocale();
  usePageTitle(t('title'));
  const index = useSearchIndex(locale);

  // What is in the box, and the query it last agreed with: when the URL changes from outside (the header
  // box, Back), the box takes the new query; while typing, the URL follows the box after a pause.
  const [typed, setTyped] = useState(query);
  const [agreed, setAgreed] = useState(query);
  if (query !== agreed) {
    setAgreed(query);
    setTyped(query);
  }
  const commit = useCallback((value: string) => {
    setAgreed(value);
    replaceQuery(paths.search(value));
  }, []);
  useEffect(() => {
    if (typed === query) return;
    const timer = window.setTimeout(() => commit(typed), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, query, commit]);

  const folded = useMemo(() => foldQuery(query), [query]);
  const results = useMemo(() => (index.status === 'ready' ? searchLessons(index.index, folded) : []), [index, folded]);
  const searching = folded.words.length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    commit(typed);
  };

  let status = '';
  if (searching && index.status === 'loading') status = t('loading');
  else if (searching && index.status === 'ready') status = results.length === 0 ? t('none', { query: query.trim() }) : t('found', { count: results.length, query: query.trim() });

  return (
    <div className="search-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <form role="search" className="search-form" action={paths.search()} onSubmit={submit}>
        <label htmlFor="search-query" className="search-form__label">
          {t('label')}
        </label>
        <p id="search-hint" className="muted search-form__hint">
          {t('hint', { example: t('example') })}
        </p>
        <div className="search-form__row">
          <input
            id="search-query"
            name="q"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            aria-describedby="search-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button button--primary">
            {t('submit')}
          </button>
        </div>
      </form>
      {/* Always in the page, so screen readers announce each new count. */}
      <p role="status" className="search-status">
        {status}
      </p>
      {index.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p>{t('loadFailed')}</p>
          <button type="button" className="button" onClick={index.retry}>
            {t('retry')}
          </button>
        </div>
      )}
      {results.length > 0 && (
        <ol className="search-results" aria-label={t('results')}>
          {results.slice(0, MAX_SHOWN).map((entry) => (
            <SearchResult key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {results.length > MAX_SHOWN && <p className="muted">{t('firstShown', { shown: MAX_SHOWN })}</p>}
    </div>
  );
}

function SearchResult({ entry }: { entry: SearchLesson }) {
  const { t } = useTranslation('search');
  const locale = useLocale();
  const audience = audienceOf(entry.band);
  // Pupil lessons say their classes; sessions for adults say who they are for.
  const where = audience === 'pupils' ? t(`bands.${entry.band}.name`) : t(`audience.${audience}`);
  // An untranslated lesson is indexed in its original language: screen readers should read it so.
  const lang = entry.locale === locale ? undefined : entry.locale;
  return (
    <li className="search-result">
      <Link className="search-result__title" href={paths.lesson(entry.id)} lang={lang} aria-describedby={`search-where-${entry.id}`}>
        {entry.title}
      </Link>
      <span id={`search-where-${entry.id}`} className="search-result__where">
        <span className={`search-result__band search-result__band--${audience}`}>{where}</span> · {t(`topics.${entry.topic}`)}
      </span>
      <span className="search-result__summary" lang={lang}>
        {entry.summary}
      </span>
    </li>
  );
}
