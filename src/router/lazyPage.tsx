/**
 * A page loaded on demand that renders at once when its code is already there. React.lazy suspends on
 * first render even for a module loaded long ago; this does not, so a page whose code was loaded before
 * hydration (src/app/pageData.ts) hydrates in the same pass, matching the prerendered HTML.
 */
import type { ComponentType } from 'react';

export interface LazyPage<P> {
  (props: P): React.JSX.Element;
  /** Loads the page's code (once; a failed load is tried again on the next call). */
  preload: () => Promise<unknown>;
  isLoaded: () => boolean;
  /** The component once loaded (a test compares it with the module a prerendered screen names). */
  loaded: () => ComponentType<P> | undefined;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (loaded) => (component = loaded),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  function Page(props: P) {
    // Suspends by throwing the load (see suspendUntilPageReady in src/app/pageData.ts for why not `use`).
    if (!component) throw preload();
    const Loaded = component;
    return <Loaded {...props} />;
  }
  return Object.assign(Page, { preload, isLoaded: () => component !== undefined, loaded: () => component });
}
