/**
 * The app is written against React's API and runs on Preact's compatibility layer (issue 21): the same
 * components, hooks and libraries (react-i18next, zustand), at about half the first load — React 19's
 * DOM renderer alone was 57 KiB gzip of the 128 KiB the first page loaded, which kept that load above its
 * 110 KB aim and its evaluation a long task on a slow phone. Every build (the browser's, the prerender's
 * for Node) and the component tests resolve React's modules to Preact's through these aliases, so what is
 * tested is what ships. React itself stays installed for its types and as the peer of react-i18next and
 * Testing Library; none of its files reaches a build (the first-load budget, tests/build/budget.test.ts,
 * would fail by 50 KiB).
 */
import type { Alias } from 'vite';

/** React's module names → Preact's; exact names, the longer ones first. */
export const PREACT_ALIASES: Alias[] = [
  ['react-dom/client', 'preact/compat/client'],
  ['react-dom/server', 'preact/compat/server'],
  ['react-dom/test-utils', 'preact/test-utils'],
  ['react-dom', 'preact/compat'],
  ['react/jsx-runtime', 'preact/compat/jsx-runtime'],
  ['react/jsx-dev-runtime', 'preact/compat/jsx-dev-runtime'],
  ['react', 'preact/compat'],
  // react-i18next's fallback for React < 18; Preact's layer has the hook itself.
  ['use-sync-external-store/shim', 'preact/compat'],
].map(([name, replacement]) => ({ find: new RegExp(`^${name!.replace(/[/]/g, '\\/')}$`), replacement: replacement! }));

/**
 * Packages the prerender's Node build must bundle rather than import from node_modules: imported there,
 * they would load React itself (they `import 'react'`), not the aliased Preact the pages render with.
 */
export const BUNDLED_FOR_SSR = ['react-i18next', 'zustand', 'use-sync-external-store'];
