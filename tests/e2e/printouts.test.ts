/**
 * The A4 printouts in Debian's Chromium: a pupil handout fits one sheet and carries the 111 line at the
 * foot of every page, and holds no directions for the teacher; no printout ends with a blank page; no
 * heading is left alone at the bottom of a page (handout, plan, families note, worksheet, cards); the
 * answer key numbers each answer once.
 *
 * Pages are read from the PDF Chromium prints (pdftotext: the words on each page). Where a page ends is
 * read from the same layout engine: in the print-emulated page, the printout is laid out in columns the
 * size of the `@page` box (A4 less its margins), and Chromium breaks columns as it breaks pages —
 * `break-after: avoid` included — so a heading in one column whose next line of text is in the next
 * column is a heading left at the bottom of a page.
 *
 * The lessons printed are the e2e sample (tests/e2e/lessonSample.ts: the handout on every band, track and
 * school topic, the teacher's printouts on every band and track; the seed printed, TEST_SEED=<n>
 * replays, FULL=1 prints every lesson), each in one of its languages, alternately, so both are printed:
 * the curriculum only grows, and a printout costs about a second.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calloutsOf, leavesOf } from '../../src/content/lessonContent';
import type { LessonBody } from '../../src/content/types';
import { teacherEn, teacherVi } from '../../src/i18n/locales/teacher';
import { builtLessons, turnOnTeacherMode } from './harness';
import { useAppInBrowser } from './appInBrowser';
import { pdfPages, visualText, type PdfPage } from './pdfText';
import { sampleLessons } from './lessonSample';
import { FULL_RUN } from '../fullRun';

/** One sheet, printed on both sides. */
const MAX_HANDOUT_PAGES = 2;
const HELP_LINE = { vi: teacherVi.print.helpLine, en: teacherEn.print.helpLine } as const;

interface PrintLayout {
  /** Pages in the PDF Chromium prints. */
  pdfPages: number;
  /** What is printed on each of them. */
  pages: PdfPage[];
  /** Pages the column layout uses: checks that it breaks where the printer does. */
  layoutPages: number;
  /** Headings whose next line of text is on a later page. */
  strandedHeadings: string[];
  text: string;
}

/** In the page: the document laid out in page-sized columns; headings of the printout cut from their text. */
function measureColumns(): Omit<PrintLayout, 'pdfPages' | 'pages' | 'text'> {
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
  // The printouts carry the quiz's answers: they open only in teacher mode.
  beforeAll(() => turnOnTeacherMode(app.page, app.origin));
  // Pupils' and the audience tracks' lessons, Vietnamese first: the app shows a lesson in its language.
  const lessons = builtLessons().sort((a, b) => (a.locale === b.locale ? 0 : a.locale === 'vi' ? -1 : 1));
  /** One language of each sampled lesson, alternately, so both are printed (FULL=1: every lesson in both). */
  const oneLanguageEach = (sampled: LessonBody[]) => {
    if (FULL_RUN) return sampled;
    const ids = [...new Set(sampled.map((lesson) => lesson.id))];
    return ids.map((id, i) => {
      const versions = sampled.filter((lesson) => lesson.id === id);
      return versions.find((lesson) => lesson.locale === (i % 2 === 0 ? 'vi' : 'en')) ?? versions[0]!;
    });
  };
  // The pupils' handout (the sheet that carries 111 home) on the whole sample: every band, track and
  // school topic.
  const sample = oneLanguageEach(sampleLessons(lessons, 'printouts: handout'));

  /** The app's language, switched with the header's button when it is not the lesson's. */
  async function showIn(locale: string) {
    if ((await app.page.evaluate(() => document.documentElement.lang)) === locale) return;
    await app.page.getByRole('button', { name: locale === 'en' ? 'English' : 'Tiếng Việt' }).click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe(locale);
  }

  /** Opens one printout of a lesson, its pictures loaded, in print media. */
  async function open(lesson: LessonBody, variant: string): Promise<void> {
    await app.page.emulateMedia({ media: 'screen' });
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/print/${variant}`);
    await app.page.locator('html[lang]').waitFor({ state: 'attached' });
    await showIn(lesson.locale);
    await app.page.locator('.print-page h1').waitFor();
    await app.page.waitForFunction(() => [...document.images].every((image) => image.complete));
    await app.page.emulateMedia({ media: 'print' });
  }

  /** Prints the open page: the PDF's pages, then the column layout (which changes the page). */
  async function printOpen(): Promise<PrintLayout> {
    const pages = pdfPages(await app.page.pdf({ preferCSSPageSize: true }));
    const text = await app.page.locator('.print-page').innerText();
    const layout = await app.page.evaluate(measureColumns);
    return { pdfPages: pages.length, pages, text, ...layout };
  }

  const print = async (lesson: LessonBody, variant: string) => {
    await open(lesson, variant);
    return printOpen();
  };

  /** Pages with nothing printed on them (a blank last page is paper thrown away). */
  const blankPages = (layout: PrintLayout) => layout.pages.flatMap((page, i) => (page.words.length === 0 ? [i + 1] : []));
  const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

  it(`prints each handout on one sheet (at most ${MAX_HANDOUT_PAGES} pages), 111 at the foot of every page, without the teacher's directions, no heading at the bottom of a page`, async () => {
    expect(sample.length).toBeGreaterThan(0);
    const problems: object[] = [];
    const pages: Record<string, number> = {};
    for (const lesson of sample) {
      const layout = await print(lesson, 'handout');
      const name = `${lesson.id}.${lesson.locale}`;
      pages[name] = layout.pdfPages;
      const helpLine = HELP_LINE[lesson.locale];
      // The 111 line ends every page, and no page holds that line alone.
      const without111 = layout.pages.flatMap((page, i) => (squeezed(visualText(page)).endsWith(helpLine) ? [] : [i + 1]));
      const only111 = layout.pages.flatMap((page, i) => (squeezed(page.text) === helpLine ? [i + 1] : []));
      const blank = blankPages(layout);
      // What only the teacher reads: how to run an activity, the :::teacher notes.
      const printed = squeezed(layout.text);
      const forTeacher = [...calloutsOf(lesson, 'activity'), ...calloutsOf(lesson, 'teacher')].flatMap((callout) => leavesOf(callout.flow));
      const teacherText = forTeacher.map((leaf) => leaf.text).filter((line) => line.length > 12 && printed.includes(line));
      if (layout.pdfPages > MAX_HANDOUT_PAGES || without111.length > 0 || only111.length > 0 || blank.length > 0 || layout.strandedHeadings.length > 0 || !agrees(layout) || teacherText.length > 0) {
        problems.push({ lesson: name, pdfPages: layout.pdfPages, layoutPages: layout.layoutPages, without111, only111, blank, strandedHeadings: layout.strandedHeadings, teacherText });
      }
    }
    console.info(`handout pages: ${JSON.stringify(pages)}`);
    expect(problems).toEqual([]);
  }, 600_000);

  it('repeats the 111 line at the foot of every page of a handout that runs past one page', async () => {
    // A school band's lesson: a preschool session's handout is short enough to fit one page even tripled.
    const lesson = sample.find((l) => l.band !== 'mam-non')!;
    await open(lesson, 'handout');
    // The handout's text three times over: longer than any lesson's, so it must break.
    await app.page.evaluate(() => {
      const body = document.querySelector('.handout__body')!;
      const copy = [...body.children];
      for (let i = 0; i < 2; i++) for (const child of copy) body.append(child.cloneNode(true));
    });
    const { pages } = await printOpen();
    expect(pages.length).toBeGreaterThan(1);
    const helpLine = HELP_LINE[lesson.locale];
    for (const page of pages) {
      // At the foot: read from the top, line by line, the page ends with it, so nothing is printed below.
      expect(squeezed(visualText(page)).endsWith(helpLine)).toBe(true);
    }
  });

  // Printouts that once ended with a blank page (their text ended near a page's foot), printed besides the sample.
  const onceBlank: Record<string, string[]> = { worksheet: ['lop-4-5-info-security.vi', 'lop-10-12-personal-data.en'] };
  // The teacher's printouts each on a lesson of every band and track, a different draw for each (their
  // layout is the same code whatever the topic; a lesson that once went wrong is printed as well).
  for (const [index, variant] of ['plan', 'worksheet', 'family', 'cards'].entries()) {
    it(`keeps every heading of the ${variant} printout with the text after it, and ends it on a printed page`, async () => {
      const problems: object[] = [];
      const sampled = oneLanguageEach(sampleLessons(lessons, `printouts: ${variant}`, { cover: 'bands', draw: index + 1 }));
      const extra = lessons.filter((lesson) => onceBlank[variant]?.includes(`${lesson.id}.${lesson.locale}`) && !sampled.includes(lesson));
      for (const lesson of [...sampled, ...extra]) {
        const layout = await print(lesson, variant);
        const blank = blankPages(layout);
        if (layout.strandedHeadings.length > 0 || !agrees(layout) || blank.length > 0) {
          problems.push({ lesson: `${lesson.id}.${lesson.locale}`, pdfPages: layout.pdfPages, layoutPages: layout.layoutPages, strandedHeadings: layout.strandedHeadings, blank });
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
