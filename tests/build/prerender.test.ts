/**
 * The pages prerendered into dist/ (scripts/prerender/): readable with no script at all, in Vietnamese,
 * under the Content-Security-Policy, each asking early for the chunks it hydrates with — and every one
 * precached, so a page opened offline shows its own text before any script (src/sw/sw.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, precacheUrls, requireBuild } from '../../scripts/buildStats';
import { contentOptions } from '../../scripts/content/config';
import { inlineScripts, PRE_PAINT_SCRIPT } from '../../scripts/contentSecurityPolicy';
import { loadContent } from '../../scripts/content/load';
import { lessonLeaves } from '../../src/content/lessonContent';
import type { LessonBody } from '../../src/content/types';
import { BANDS } from '../../src/content/vocabulary';
// The route table is the screens the features declare, registered when the shell's list is imported.
import '../../src/app/screens';
import { needsTeacherMode, parseRoute } from '../../src/router/routes';
import vi from '../../src/i18n/locales/vi';

const page = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8');

/** The text a browser shows with no script: tags dropped, the few entities React writes decoded. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  const decoded = body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return decoded.replace(/\s+/g, ' ');
}

describe('prerendered pages', () => {
  let lessons: LessonBody[];
  beforeAll(() => {
    requireBuild();
    lessons = loadContent(contentOptions()).lessons.map((l) => l.lesson);
  }, 120_000);

  it('show a lesson, its title and its text, with no script', () => {
    const lesson = lessons.find((l) => l.locale === 'vi' && l.quiz.length > 0)!;
    const html = page(`lesson/${lesson.id}.html`);
    expect(html).toContain(`<title>${lesson.title} · Mạng An Toàn</title>`);
    const text = visibleText(html);
    expect(text).toContain(lesson.title);
    expect(text).toContain(lesson.summary);
    // Compared without white space: tags of inline markup (<strong>…) stand where there was none.
    const squeezed = text.replace(/\s+/g, '');
    const sentences = lessonLeaves(lesson).filter((leaf) => !leaf.pictures && leaf.text.length > 40);
    expect(sentences.length).toBeGreaterThan(3);
    expect(sentences.filter((leaf) => !squeezed.includes(leaf.text.replace(/\s+/g, ''))).map((leaf) => leaf.text)).toEqual([]);
    // The quiz's start, from the lesson's link to it.
    expect(visibleText(page(`lesson/${lesson.id}/quiz.html`))).toContain(lesson.title);
  });

  it('cover home, every band, every lesson in Vietnamese and help', () => {
    const home = visibleText(page('index.html'));
    expect(home).toContain(vi.home.title);
    for (const band of BANDS) expect(home).toContain(vi.bands[band.id].name);
    const bands = [...new Set(lessons.map((l) => l.band))];
    for (const band of bands) expect(fs.existsSync(path.join(DIST, `band/${band}.html`)), band).toBe(true);
    const ids = [...new Set(lessons.map((l) => l.id))];
    expect(ids.filter((id) => !fs.existsSync(path.join(DIST, `lesson/${id}.html`)))).toEqual([]);
    expect(visibleText(page('help.html'))).toContain('111');
    for (const file of ['index.html', 'help.html', `band/${bands[0]}.html`]) expect(page(file)).toMatch(/<html lang="vi" data-page="\/[^"]*" data-app="[^"]+">/);
  });

  it('carry no inline script but the pre-paint one the Content-Security-Policy allows by hash, and the policy itself', () => {
    const files = ['index.html', 'help.html', `lesson/${lessons[0]!.id}.html`, `band/${lessons[0]!.band}.html`];
    for (const file of files) {
      const html = page(file);
      expect(inlineScripts(html), file).toEqual([PRE_PAINT_SCRIPT]);
      expect(html, file).toContain('http-equiv="Content-Security-Policy"');
    }
  });

  it('start, once painted, the app and what it hydrates with: the lesson body, its band’s part of the catalog', () => {
    const lesson = lessons.find((l) => l.locale === 'vi')!;
    const html = page(`lesson/${lesson.id}.html`);
    // The scripts public/boot.js starts after the first paint (the entry first).
    const links = (/<html\b[^>]*\bdata-app="([^"]*)"/.exec(html)?.[1] ?? '').split(' ').filter(Boolean).map((url) => url.replace(/^\//, ''));
    expect(links[0]).toMatch(/^assets\/index-.*\.js$/);
    // No script tag of its own: nothing is fetched before the text is painted but the stylesheets.
    expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/);
    const preloaded = links.map((file) => fs.readFileSync(path.join(DIST, file), 'utf8')).join('\n');
    expect(links.some((file) => file.startsWith('lessons/'))).toBe(true);
    expect(preloaded).toContain(JSON.stringify(lesson.quiz[0]?.explanation ?? lesson.summary).slice(1, -1));
    expect(links.filter((file) => !fs.existsSync(path.join(DIST, file)))).toEqual([]);
  });

  it('link, in their head, one stylesheet that styles the page, so the first paint waits for one file and nothing restyles when it hydrates', () => {
    // The home, band and lesson pages' rules travel in the app's stylesheet (their features' screens.ts
    // import them): a second stylesheet cost a round trip on a new connection before the first paint
    // (Lighthouse mobile FCP 0.91 → 0.76 s). Pages loaded on demand keep their CSS in their own chunks.
    const links = (html: string) => [...html.slice(0, html.indexOf('</head>')).matchAll(/<link rel="stylesheet"[^>]* href="\/([^"]+\.css)"/g)].map((m) => m[1]!);
    const stylesheets = (html: string) => links(html).map((file) => fs.readFileSync(path.join(DIST, file), 'utf8')).join('\n');
    const lesson = lessons.find((l) => l.locale === 'vi')!;
    for (const file of ['index.html', `band/${lessons[0]!.band}.html`, `lesson/${lesson.id}.html`]) expect(links(page(file)), file).toHaveLength(1);
    const band = stylesheets(page(`band/${lessons[0]!.band}.html`));
    expect(band).toContain('.lesson-list__item{');
    expect(band).toContain('.topic__toggle');
    expect(stylesheets(page('index.html'))).toContain('.home-adults{');
    expect(stylesheets(page(`lesson/${lesson.id}.html`))).toContain('.read-button{');
    // …and the shell's stylesheet does not carry a screen loaded on demand, such as the class report's.
    expect(stylesheets(page('index.html'))).not.toContain('.class-report');
  });

  it('hold no page that opens only in teacher mode (plans and printouts with their keys, the class report), nor the teacher toolbar', () => {
    const files = (fs.readdirSync(DIST, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).map((file) => file.split(path.sep).join('/'));
    const urls = files.map((file) => (file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '')}`));
    expect(urls).toContain(`/lesson/${lessons[0]!.id}`);
    expect(urls.filter((url) => needsTeacherMode(parseRoute(url)))).toEqual([]);
    // Prerendered with teacher mode off: no page has the teacher toolbar or links to a plan or a printout.
    const teacherLinks = new RegExp(`aria-label="${vi.teacher.toolbar}"|href="[^"]*/(plan|print/[a-z]+)"`);
    expect(files.filter((file) => teacherLinks.test(page(file)))).toEqual([]);
  });

  it('are every one precached, index.html (the home page and the shell of the other screens) among them', () => {
    const files = (fs.readdirSync(DIST, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).map((file) => file.split(path.sep).join('/'));
    const html = precacheUrls().filter((url) => url.endsWith('.html'));
    expect(html).toContain('index.html');
    expect([...html].sort()).toEqual([...files].sort());
  });
});
