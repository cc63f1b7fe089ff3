/**
 * The A4 printouts in Debian's Chromium: every lesson's pupil handout fits on two pages and holds no
 * directions for the teacher, no heading is left alone at the bottom of a page (handout, plan,
 * families note, worksheet), and the answer key numbers each answer once.
 *
 * Pages are counted in the PDF Chromium prints. Where a page ends is read from the same layout engine:
 * in the print-emulated page, the printout is laid out in columns the size of the `@page` box (A4
 * less its margins), and Chromium breaks columns as it breaks pages — `break-after: avoid` included —
 * so a heading in one column whose next line of text is in the next column is a heading left at the
 * bottom of a page.
 */
import { describe, expect, it } from 'vitest';
import { calloutsOf, leavesOf } from '../../src/content/lessonContent';
import type { LessonBody } from '../../src/content/types';
import { builtLessons } from './harness';
import { useAppInBrowser } from './appInBrowser';

const MAX_HANDOUT_PAGES = 2;

interface PrintLayout {
  /** Pages in the PDF Chromium prints. */
  pdfPages: number;
  /** Pages the column layout uses: checks that it breaks where the printer does. */
  layoutPages: number;
  /** Headings whose next line of text is on a later page. */
  strandedHeadings: string[];
  text: string;
}

/** In the page: the document laid out in page-sized columns; headings of the printout cut from their text. */
function measureColumns(): Omit<PrintLayout, 'pdfPages' | 'text'> {
  const MM = 96 / 25.4;
  const PAPER: Record<string, [number, number]> = { a4: [210, 297] };
  const rules: CSSRule[] = [];
  const collect = (list: CSSRuleList) => {
    for (const rule of list) {
      rules.push(rule);
      if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of document.styleSheets) collect(sheet.cssRules);
  const pageRule = rules.find((rule): rule is CSSPageRule => rule instanceof CSSPageRule && rule.style.getPropertyValue('size') !== '');
  if (!pageRule) throw new Error('no @page rule with a size');
  const paper = PAPER[pageRule.style.getPropertyValue('size').trim().toLowerCase()];
  if (!paper) throw new Error(`unknown @page size ${pageRule.style.getPropertyValue('size')}`);
  const mm = (value: string) => {
    const match = /^([\d.]+)mm$/.exec(value.trim());
    if (!match) throw new Error(`@page margin ${value} is not in mm`);
    return Number(match[1]);
  };
  const { marginTop, marginRight, marginBottom, marginLeft } = pageRule.style;
  const width = (paper[0] - mm(marginLeft) - mm(marginRight)) * MM;
  const height = (paper[1] - mm(marginTop) - mm(marginBottom)) * MM;

  // The whole document goes into the columns, as it goes onto the paper (the app's frame around the
  // printout included); headings and text are read from the printout.
  const root = document.querySelector<HTMLElement>('.print-page')!;
  const paperBox = document.documentElement;
  Object.assign(paperBox.style, {
    boxSizing: 'content-box',
    width: `${width}px`,
    maxWidth: 'none',
    height: `${height}px`,
    margin: '0',
    padding: '0',
    columnWidth: `${width}px`,
    columnGap: '0',
    columnFill: 'auto',
  });
  const left = paperBox.getBoundingClientRect().left;
  const pageAt = (rect: DOMRect) => Math.floor((rect.left - left + 1) / width);

  // Every line of visible text, in document order, with the page it lands on.
  const lines: { node: Text; page: number }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    if (rects.length === 0) continue;
    lines.push({ node, page: pageAt(rects[0]!) });
  }
  const strandedHeadings: string[] = [];
  for (const heading of root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
    const rects = [...heading.getClientRects()].filter((rect) => rect.height > 0);
    if (rects.length === 0) continue;
    const headingPage = pageAt(rects[rects.length - 1]!);
    const next = lines.find(({ node }) => !heading.contains(node) && heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (next && next.page > headingPage) strandedHeadings.push(`${heading.textContent?.trim()} (page ${headingPage + 1})`);
  }
  const layoutPages = Math.max(0, ...lines.map((line) => line.page)) + 1;
  return { layoutPages, strandedHeadings };
}

/**
 * The column layout and the printer agree on the pages, or the columns say nothing about the paper.
 * A page filled to its last line may round either way, so one page apart is allowed.
 */
const agrees = (layout: PrintLayout) => Math.abs(layout.layoutPages - layout.pdfPages) <= 1;

describe('printouts', () => {
  const app = useAppInBrowser();
  // Every lesson, pupils' and the audience tracks', Vietnamese first: the app shows a lesson in its language.
  const lessons = builtLessons().sort((a, b) => (a.locale === b.locale ? 0 : a.locale === 'vi' ? -1 : 1));

  /** The app's language, switched with the header's button when it is not the lesson's. */
  async function showIn(locale: string) {
    if ((await app.page.evaluate(() => document.documentElement.lang)) === locale) return;
    await app.page.getByRole('button', { name: locale === 'en' ? 'English' : 'Tiếng Việt' }).click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe(locale);
  }

  /** Prints one printout of a lesson: PDF pages, then the column layout (which changes the page). */
  async function print(lesson: LessonBody, variant: string): Promise<PrintLayout> {
    await app.page.emulateMedia({ media: 'screen' });
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/print/${variant}`);
    await app.page.locator('html[lang]').waitFor({ state: 'attached' });
    await showIn(lesson.locale);
    await app.page.locator('.print-page h1').waitFor();
    await app.page.waitForFunction(() => [...document.images].every((image) => image.complete));
    await app.page.emulateMedia({ media: 'print' });
    const pdf = (await app.page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pdfPages = [...pdf.matchAll(/\/MediaBox\s*\[/g)].length;
    const text = await app.page.locator('.print-page').innerText();
    const layout = await app.page.evaluate(measureColumns);
    return { pdfPages, text, ...layout };
  }

  it(`prints every lesson's handout on at most ${MAX_HANDOUT_PAGES} A4 pages, without the teacher's directions, no heading at the bottom of a page`, async () => {
    expect(lessons.length).toBeGreaterThan(0);
    const problems: object[] = [];
    const pages: Record<string, number> = {};
    for (const lesson of lessons) {
      const layout = await print(lesson, 'handout');
      const name = `${lesson.id}.${lesson.locale}`;
      pages[name] = layout.pdfPages;
      // What only the teacher reads: how to run an activity, the :::teacher notes.
      const printed = layout.text.replace(/\s+/g, ' ');
      const forTeacher = [...calloutsOf(lesson, 'activity'), ...calloutsOf(lesson, 'teacher')].flatMap((callout) => leavesOf(callout.flow));
      const teacherText = forTeacher.map((leaf) => leaf.text).filter((line) => line.length > 12 && printed.includes(line));
      if (layout.pdfPages > MAX_HANDOUT_PAGES || layout.strandedHeadings.length > 0 || !agrees(layout) || teacherText.length > 0) {
        problems.push({ lesson: name, pdfPages: layout.pdfPages, layoutPages: layout.layoutPages, strandedHeadings: layout.strandedHeadings, teacherText });
      }
    }
    console.info(`handout pages: ${JSON.stringify(pages)}`);
    expect(problems).toEqual([]);
  }, 600_000);

  // The teacher's printouts share the print rules the handouts prove on every lesson; a sample of every
  // tenth lesson (both languages, every band and track) keeps CI well under its time budget.
  const sample = lessons.filter((_, index) => index % 10 === 0);
  for (const variant of ['plan', 'worksheet', 'family']) {
    it(`keeps every heading of the ${variant} printout with the text after it`, async () => {
      const problems: object[] = [];
      for (const lesson of sample) {
        const layout = await print(lesson, variant);
        if (layout.strandedHeadings.length > 0 || !agrees(layout)) {
          problems.push({ lesson: `${lesson.id}.${lesson.locale}`, pdfPages: layout.pdfPages, layoutPages: layout.layoutPages, strandedHeadings: layout.strandedHeadings });
        }
      }
      expect(problems).toEqual([]);
    }, 600_000);
  }

  it('numbers each answer of the answer key once', async () => {
    const lesson = lessons.find((l) => l.locale === 'vi')!;
    await app.page.emulateMedia({ media: 'screen' });
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/print/worksheet`);
    await app.page.locator('html[lang]').waitFor({ state: 'attached' });
    await showIn('vi');
    await app.page.emulateMedia({ media: 'print' });
    const answers = app.page.locator('.answer-key li');
    await answers.first().waitFor();
    const first = await answers.first().evaluate((item) => ({
      marker: getComputedStyle(item).display === 'list-item' ? getComputedStyle(item).listStyleType : 'none',
      text: (item as HTMLElement).innerText.trim(),
    }));
    expect(first.text).toMatch(/^Câu 1: /);
    expect(first.marker).toBe('none');
  });
});
