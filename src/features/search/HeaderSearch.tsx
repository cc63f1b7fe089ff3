/**
 * The way into search from every page, in the header: a box on wide screens, a link to the search page on
 * narrow ones (headerSearch.css decides, no script). It is part of the first load, so it stays tiny: the
 * search page and the index load only when search is used.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { Link } from '../../router/Link';
import { navigate, useRoute } from '../../router/navigation';
import { paths } from '../../router/routes';
import { SearchIcon } from '../../ui/icons';
import './headerSearch.css';

export function HeaderSearch() {
  const { t } = useTranslation();
  const locale = useLocale();
  // The search page has its own box: one is enough.
  if (useRoute().name === 'search') return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const query = new FormData(form).get('q');
    form.reset();
    navigate(paths.search(typeof query === 'string' ? query : ''));
  };
  // Focusing the box opens search: fetch the index meanwhile, so results are there on Enter. A failure
  // here is not lost: the search page loads the index again and says so if it still cannot.
  const prefetch = () => void import('./loadSearchIndex').then((m) => m.loadSearchIndex(locale)).catch(() => undefined);

  return (
    <>
      <form role="search" className="header-search" action={paths.search()} onSubmit={submit}>
        <label htmlFor="header-search-query" className="header-search__label">
          {t('app.searchLabel')}
        </label>
        <input id="header-search-query" name="q" type="search" placeholder={t('app.searchLabel')} autoComplete="off" spellCheck={false} onFocus={prefetch} />
        <button type="submit" className="header-search__button" aria-label={t('app.search')} title={t('app.search')}>
          <SearchIcon />
        </button>
      </form>
      <Link className="header-link header-search-link" href={paths.search()}>
        {t('app.search')}
      </Link>
    </>
  );
}
