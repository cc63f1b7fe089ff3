/**
 * The app's Content-Security-Policy, in one place. The build writes it into index.html as a <meta> (so
 * the app carries it on any static host), and every way the app is served sends the same policy as a
 * header, plus `frame-ancestors`, which a <meta> cannot carry (scripts/securityHeaders.ts lists the
 * headers; `npm start` sends them from there, deploy/nginx.conf and deploy/serve.mjs hold copies).
 * tests/build/csp.test.ts and tests/build/servers.test.ts fail when a copy drifts; every e2e test runs
 * the built app under the <meta> and fails on a violation.
 *
 * What the app needs, checked against the build: its own scripts, and one inline script allowed by its
 * hash — index.html's pre-paint snippet (the remembered language and text size, issue 21): a file
 * would be a render-blocking request before any text shows, and an inline script any other than this
 * exact text stays forbidden. Its own stylesheets only (React sets `style` through the CSSOM,
 * which CSP does not restrict, so no 'unsafe-inline'), and `data:` pictures (Vite inlines small lesson
 * pictures). Nothing from another origin, ever. No form is ever sent to another site: every form of the
 * app is handled in JavaScript (its submit event is cancelled), except the header's search before the
 * app's scripts have loaded — a prerendered page sends it to the app's own /search as a plain GET, so a
 * child on a slow PC who searches at once still gets results. Hence `form-action 'self'`, not 'none'
 * (which blocked that search in Chromium).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Plugin } from 'vite';

/** A <script> with no src, and its text. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The texts of a page's inline scripts, as the browser hashes them (between the tags, as written). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]!);
}

/** A CSP source allowing exactly this script text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** index.html's one inline script: the remembered language and text size, before the first paint. */
export const PRE_PAINT_SCRIPT = (() => {
  const scripts = inlineScripts(fs.readFileSync(new URL('../index.html', import.meta.url), 'utf8'));
  if (scripts.length !== 1) throw new Error(`index.html should have exactly one inline script, the pre-paint one (found ${scripts.length})`);
  return scripts[0]!;
})();

export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${scriptHash(PRE_PAINT_SCRIPT)}`],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['img-src', "'self' data:"],
  ['style-src', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as the <meta> carries it. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The header a web server sends: the same policy, and no other site may frame the app. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * For SVG files opened on their own (a lesson picture in a new tab): no script may run in them, even one
 * slipped into a picture; their own style attributes may apply (drawing programs write them).
 */
export const SVG_CONTENT_SECURITY_POLICY_HEADER = `${CSP_DIRECTIVES.map(([name, value]) =>
  name === 'script-src' ? `${name} 'none'` : name === 'style-src' ? `${name} ${value} 'unsafe-inline'` : `${name} ${value}`,
).join('; ')}; frame-ancestors 'none'`;

/**
 * Adds the policy to the built index.html right after <meta charset>, before any script or stylesheet it
 * must cover. Build only: the dev server injects an inline script (React refresh) that it would block.
 */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'mang-an-toan:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const allowed = scriptHash(PRE_PAINT_SCRIPT);
        const blocked = inlineScripts(html).find((text) => scriptHash(text) !== allowed);
        if (blocked !== undefined) throw new Error(`index.html has an inline script the Content-Security-Policy blocks (${blocked.trim().slice(0, 80)}…): move it to a file in public/`);
        const charset = /<meta charset="[^"]*" *\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8" />: the Content-Security-Policy goes right after it');
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}
