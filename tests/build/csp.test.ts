/**
 * One Content-Security-Policy: the <meta> the build writes into index.html and the header deploy/nginx.conf
 * sends are the same policy (the header adds frame-ancestors), and the built page needs nothing it forbids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../../scripts/buildStats';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  inlineScripts,
  PRE_PAINT_SCRIPT,
  scriptHash,
  SVG_CONTENT_SECURITY_POLICY_HEADER,
} from '../../scripts/contentSecurityPolicy';
import { PROJECT_ROOT } from '../../scripts/content/config';

/** The values of one `map` block of deploy/nginx.conf, by key. */
function nginxMap(conf: string, variable: string): Record<string, string> {
  const block = conf.match(new RegExp(`map \\$uri \\$${variable} \\{([^}]*)\\}`));
  if (!block) throw new Error(`deploy/nginx.conf has no "map $uri $${variable}" block`);
  return Object.fromEntries([...block[1]!.matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('the Content-Security-Policy', () => {
  let html: string;
  beforeAll(() => {
    requireBuild();
    html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  });

  it('is in the built index.html before any script or stylesheet', () => {
    const meta = html.indexOf(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    expect(meta).toBeGreaterThan(-1);
    expect(meta).toBeLessThan(html.search(/<script|<link/));
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('is kept by a page with no inline style or event handler, and no inline script but the pre-paint one it allows by hash', () => {
    expect(inlineScripts(html)).toEqual([PRE_PAINT_SCRIPT]);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${scriptHash(PRE_PAINT_SCRIPT)};`);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('names no script in the <head> that would hold up the first paint', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const blocking = [...head.matchAll(/<script\b[^>]*\bsrc=[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\b(defer|async)\b|type="module"/.test(tag));
    expect(blocking).toEqual([]);
  });

  it('is the header deploy/nginx.conf sends, with frame-ancestors, and no script in SVG files', () => {
    const csp = nginxMap(fs.readFileSync(path.join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8'), 'mang_an_toan_csp');
    expect(csp).toEqual({ default: CONTENT_SECURITY_POLICY_HEADER, '~*\\.svg$': SVG_CONTENT_SECURITY_POLICY_HEADER });
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(SVG_CONTENT_SECURITY_POLICY_HEADER).toMatch(/script-src 'none'/);
  });
});
