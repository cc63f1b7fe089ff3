/**
 * The app's Content-Security-Policy, in one place. The build writes it into index.html as a <meta> (so
 * the app carries it on any static host), and every way the app is served sends the same policy as a
 * header, plus `frame-ancestors`, which a <meta> cannot carry (scripts/securityHeaders.ts lists the
 * headers; `npm start` sends them from there, deploy/nginx.conf and deploy/serve.mjs hold copies).
 * tests/build/csp.test.ts and tests/build/servers.test.ts fail when a copy drifts; every e2e test runs
 * the built app under the <meta> and fails on a violation.
 *
 * What the app needs, checked against the build: its own scripts only (no inline script: the pre-paint
 * preferences live in public/boot.js), its own stylesheets only (React sets `style` through the CSSOM,
 * which CSP does not restrict, so no 'unsafe-inline'), and `data:` pictures (Vite inlines small lesson
 * pictures). Nothing from another origin, ever. No form is ever sent to another site: every form of the
 * app is handled in JavaScript (its submit event is cancelled), except the header's search before the
 * app's scripts have loaded — a prerendered page sends it to the app's own /search as a plain GET, so a
 * child on a slow PC who searches at once still gets results. Hence `form-action 'self'`, not 'none'
 * (which blocked that search in Chromium).
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
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
export const SVG_CONTENT_SECURITY_POLICY_HEADER = CONTENT_SECURITY_POLICY_HEADER.replace("script-src 'self'", "script-src 'none'").replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
);

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
        const inline = html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/i);
        if (inline) throw new Error(`index.html has an inline script (${inline[0]}), which the Content-Security-Policy blocks: move it to a file in public/`);
        const charset = /<meta charset="[^"]*" *\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8" />: the Content-Security-Policy goes right after it');
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}
