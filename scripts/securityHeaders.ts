/**
 * The headers that protect the app, the same whichever way it is served: `npm start` (vite preview, with
 * the plugin below), deploy/serve.mjs (one computer, Windows 7) and deploy/nginx.conf. serve.mjs and
 * nginx.conf cannot import TypeScript, so they hold copies; tests/build/servers.test.ts asks all three
 * servers over HTTP and fails when one sends something else.
 *
 * Why each one:
 * - Pages get the Content-Security-Policy with `frame-ancestors 'none'` (no other site may frame the app
 *   to trick a child into clicking), which the <meta> in index.html cannot carry.
 * - An SVG opened on its own is a document that could run script. It gets a policy with
 *   `script-src 'none'`, and its charset in the header: the header wins over the file's own XML
 *   declaration, so a picture that declares another encoding (UTF-7, UTF-16) cannot smuggle markup past
 *   a reader of its bytes.
 * - `nosniff`: a file is only ever what its type says; `no-referrer`: no address leaves the computer.
 */
import type { Connect, Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_HEADER, SVG_CONTENT_SECURITY_POLICY_HEADER } from './contentSecurityPolicy.ts';

const EVERY_RESPONSE = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

export const SVG_CONTENT_TYPE = 'image/svg+xml; charset=utf-8';

/** A page of the app, and every other file that is not an SVG (as nginx.conf's `map` does). */
export const PAGE_HEADERS: Readonly<Record<string, string>> = { ...EVERY_RESPONSE, 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER };

export const SVG_HEADERS: Readonly<Record<string, string>> = {
  ...EVERY_RESPONSE,
  'Content-Security-Policy': SVG_CONTENT_SECURITY_POLICY_HEADER,
  'Content-Type': SVG_CONTENT_TYPE,
};

export function isSvg(pathname: string): boolean {
  return /\.svg$/i.test(pathname);
}

/** What every server sends for a path. */
export function securityHeadersFor(pathname: string): Readonly<Record<string, string>> {
  return isSvg(pathname) ? SVG_HEADERS : PAGE_HEADERS;
}

/**
 * The dev server (`npm run dev`): the SVG headers, but no page policy — React refresh injects an inline
 * script that it would block (see cspMetaPlugin). `x.svg?import` (or `?url`, `?raw`) is a JavaScript
 * module Vite makes from the picture, not the picture, so only a plain request is an SVG.
 */
function devHeadersFor(pathname: string, search: string): Readonly<Record<string, string>> {
  return isSvg(pathname) && !search ? SVG_HEADERS : EVERY_RESPONSE;
}

/**
 * Sets the headers before Vite's handlers run: its static handler (sirv) keeps a Content-Type already
 * set on the response, and its HTML handler sets no policy of its own, so nothing here is overwritten.
 */
function middleware(headersFor: (url: URL) => Readonly<Record<string, string>>): Connect.NextHandleFunction {
  return (request, response, next) => {
    for (const [name, value] of Object.entries(headersFor(new URL(request.url ?? '/', 'http://localhost')))) response.setHeader(name, value);
    next();
  };
}

export function securityHeadersPlugin(): Plugin {
  return {
    name: 'mang-an-toan:security-headers',
    // Used directly (not returned) and ordered first, so the middleware runs before Vite's and other
    // plugins' handlers: see middleware().
    configurePreviewServer: { order: 'pre', handler: (server) => void server.middlewares.use(middleware((url) => securityHeadersFor(url.pathname))) },
    configureServer: { order: 'pre', handler: (server) => void server.middlewares.use(middleware((url) => devHeadersFor(url.pathname, url.search))) },
  };
}
