import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The title of the page rendered last where effects do not run (prerendering, src/entry-server.tsx). */
export const serverTitle = { current: '' };

/** Sets document.title to "<page> · Mạng An Toàn", so tabs and screen readers name the page. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  const full = title ? `${title} · ${appName}` : appName;
  if (import.meta.env.SSR) serverTitle.current = full;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
