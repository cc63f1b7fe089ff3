/** History-API navigation: the current route as React state, and following same-origin links without a page load. */
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';

const NAVIGATE_EVENT = 'app:navigate';

function currentUrl(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === currentUrl()) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/**
 * Changes the query string in place (e.g. the presenter's slide number) without a new history entry or
 * a scroll, and tells subscribers, so the route read from the URL never goes stale.
 */
export function replaceQuery(path: string): void {
  if (path === currentUrl()) return;
  window.history.replaceState(window.history.state, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Calls `onChange` after every change of URL (a link followed, Back or Forward); returns the unsubscribe. */
export function onNavigate(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/**
 * The URL a page is rendered for where there is no window: prerendering at build time sets it
 * (src/entry-server.tsx). In the browser a prerendered page is only hydrated at the URL it was rendered
 * for (src/main.tsx), so there the server snapshot is simply the current URL.
 */
let serverUrl: string | undefined;

export function setServerUrl(url: string): void {
  serverUrl = url;
}

/** Path and query: a change of either (Back from `?practice=missed` to the plain quiz) re-renders. */
export function useLocationKey(): string {
  return useSyncExternalStore(onNavigate, currentUrl, () => serverUrl ?? currentUrl());
}

export function useRoute(): Route {
  const url = useLocationKey();
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? parseRoute(url) : parseRoute(url.slice(0, queryStart), url.slice(queryStart));
}

/**
 * Follows same-origin links with the history API instead of a page load: used by <Link> and by the
 * lesson body, whose links between lessons are plain anchors in compiled HTML.
 */
export function followLink(event: { defaultPrevented: boolean; button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; preventDefault: () => void }, anchor: HTMLAnchorElement): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (anchor.target || anchor.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}
