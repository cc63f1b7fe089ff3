import { describe, expect, it } from 'vitest';
import { findLesson, loadLessonBody } from '../../../src/content/catalog';
import { paginate } from '../../../src/features/presenter/pagination';
import { buildPresentation, notesFor, resolveSlideIndex, SLIDE_BUDGET, type Slide } from '../../../src/features/presenter/slides';
import { callout, html, lesson, paragraph, part } from './factories';

const types = (slides: Slide[]) => slides.map((slide) => slide.type);

describe('slides from a lesson', () => {
  it('starts with a title slide: title, band, duration and objectives', async () => {
    const body = await loadLessonBody(findLesson('fixture-personal-data', 'vi')!);
    const [title] = buildPresentation(body).slides;
    expect(title).toMatchObject({ type: 'title', title: 'Thông tin cá nhân', band: 'lop-4-5', duration: 35, objectives: ['Kể được thông tin cá nhân.'] });
  });

  it('gives each part its slides, the tip its own slide and the 111 card a slide, then the review', async () => {
    const body = await loadLessonBody(findLesson('fixture-personal-data', 'vi')!);
    const { slides } = buildPresentation(body);
    expect(types(slides)).toEqual(['title', 'content', 'content', 'callout', 'help', 'closing']);
    expect(slides[1]).toMatchObject({ part: { kind: 'warmup', minutes: 5 }, timing: { key: 'part:0', minutes: 5 } });
    expect(slides[2]).toMatchObject({ part: { kind: 'explore', minutes: 15 } });
    expect(slides[3]).toMatchObject({ type: 'callout', kind: 'tip' });
    expect(slides[4]).toMatchObject({ type: 'help', html: '<p>Khi em sợ hãi, hãy gọi 111.</p>' });
    expect(slides[5]).toMatchObject({ type: 'closing', questionCount: 6, hasDiscussion: false, timing: { key: 'closing', minutes: 15 } });
  });

  it('never shows notes for adults: teacher notes go to the speaker view, by part and for the lesson', () => {
    const { slides, lessonNotes, partNotes } = buildPresentation(
      lesson([
        callout('teacher', '<p>Chuẩn bị giấy màu.</p>'),
        part('warmup', 5),
        html('<p>Chào cả lớp.</p>'),
        callout('teacher', '<p>Hỏi hai bạn trả lời.</p>'),
        part('apply', 5),
        html('<p>Về nhà kể cho bố mẹ.</p>'),
        callout('help', ''),
        callout('teacher', '<p>Nếu một em kể mình bị xâm hại…</p>'),
        callout('family', '<p>Kính gửi gia đình.</p>'),
      ]),
    );
    expect(slides.map((slide) => ('html' in slide ? slide.html : slide.type))).toEqual(['title', '<p>Chào cả lớp.</p>', '<p>Về nhà kể cho bố mẹ.</p>', '', 'closing']);
    expect(lessonNotes).toEqual(['<p>Chuẩn bị giấy màu.</p>', '<p>Nếu một em kể mình bị xâm hại…</p>']);
    expect(partNotes).toEqual({ 1: ['<p>Hỏi hai bạn trả lời.</p>'] });
    expect(notesFor({ slides, lessonNotes, partNotes }, slides[1]!).part).toEqual(['<p>Hỏi hai bạn trả lời.</p>']);
    expect(notesFor({ slides, lessonNotes, partNotes }, slides[0]!).part).toEqual([]);
  });

  it('holds at most one callout per slide, and times an activity with its own minutes', () => {
    const { slides } = buildPresentation(
      lesson([
        part('practice', 10, 'Đèn giao thông'),
        callout('activity', '<p>Chia nhóm bốn bạn.</p>', { title: 'Đèn xanh', minutes: 8 }),
        callout('discussion', '<ul>\n<li>Vì sao?</li>\n</ul>'),
      ]),
    );
    expect(types(slides)).toEqual(['title', 'callout', 'callout', 'closing']);
    expect(slides[1]).toMatchObject({ kind: 'activity', title: 'Đèn xanh', minutes: 8, timing: { key: 'activity:0.0', minutes: 8 }, part: { kind: 'practice', label: 'Đèn giao thông' } });
    expect(slides[2]).toMatchObject({ kind: 'discussion', timing: { key: 'part:0', minutes: 10 } });
    expect(slides[3]).toMatchObject({ type: 'closing', hasDiscussion: true });
  });

  it('splits long text into several slides, each within the budget, and says which sub-heading continues', () => {
    const long = ['<h3>Câu chuyện của Nga</h3>', ...Array.from({ length: 8 }, () => paragraph(30))].join('\n');
    const { slides } = buildPresentation(lesson([part('explore', 15), html(long)]));
    const content = slides.filter((slide): slide is Extract<Slide, { type: 'content' }> => slide.type === 'content');
    expect(content.length).toBeGreaterThan(1);
    expect(content[0]!.html.startsWith('<h3>Câu chuyện của Nga</h3>')).toBe(true);
    expect(content[0]!.continues).toBeUndefined();
    expect(content[1]!.continues).toBe('Câu chuyện của Nga');
    expect(content.map((slide) => slide.html).join('\n')).toBe(long);
  });

  it('cuts a long activity into numbered pages with the first page carrying the heading before it', () => {
    const steps = Array.from({ length: 14 }, (_, i) => `<li>Bước ${i + 1}: ${'làm việc theo nhóm '.repeat(4).trim()}.</li>`).join('\n');
    const { slides } = buildPresentation(lesson([part('practice', 10), html('<p>Giới thiệu trò chơi.</p>\n<h3>Luật chơi</h3>'), callout('activity', `<ol>\n${steps}\n</ol>`, { title: 'Trò chơi' })]));
    const pages = slides.filter((slide): slide is Extract<Slide, { type: 'callout' }> => slide.type === 'callout');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((page) => page.page)).toEqual(pages.map((_, i) => ({ current: i + 1, total: pages.length })));
    expect(pages[0]!.lead).toBe('Luật chơi');
    expect(pages[1]!.lead).toBeUndefined();
    expect(pages[1]!.html).toMatch(/^<ol start="\d+">/);
    expect(slides.some((slide) => slide.type === 'content' && slide.html.includes('Luật chơi'))).toBe(false);
  });

  it('gives slides ids that stay the same in another language, and finds the slide another window shows', () => {
    const vi = buildPresentation(lesson([part('warmup'), html(paragraph(10)), callout('tip', '<p>Mẹo.</p>')])).slides;
    const en = buildPresentation(lesson([part('warmup'), html(paragraph(10, 'word')), callout('tip', '<p>Tip.</p>')], { locale: 'en' })).slides;
    expect(vi.map((slide) => slide.id)).toEqual(en.map((slide) => slide.id));
    expect(vi.map((slide) => slide.id)).toEqual(['title', '0.0.0', '0.1.0', 'closing']);
    expect(resolveSlideIndex(vi, { slideId: '0.1.0', index: 0 })).toBe(2);
    // A slide the other window cut differently: the first slide of the same block.
    expect(resolveSlideIndex(vi, { slideId: '0.0.3', index: 3 })).toBe(1);
    expect(resolveSlideIndex(vi, { slideId: 'unknown', index: 99 })).toBe(vi.length - 1);
  });
});

describe('breaking a block into slides', () => {
  const piece = (weight: number, heading?: string) => ({ html: `<p>${weight}</p>`, weight, ...(heading ? { heading } : {}) });

  it('balances slides instead of leaving one piece alone at the end', () => {
    const quarter = Math.round(SLIDE_BUDGET * 0.3);
    const pages = paginate([piece(quarter), piece(quarter), piece(quarter), piece(quarter)], SLIDE_BUDGET);
    expect(pages.map((page) => page.length)).toEqual([2, 2]);
  });

  it('never fills a slide over its budget when the pieces can be spread', () => {
    const pages = paginate([piece(200), piece(200), piece(200)], SLIDE_BUDGET);
    expect(pages.flat()).toHaveLength(3);
    for (const page of pages) expect(page.reduce((sum, p) => sum + p.weight, 0)).toBeLessThanOrEqual(SLIDE_BUDGET);
  });

  it('keeps a list together rather than cutting it, when it fits', () => {
    const container = { id: 1, openingTag: '<ul>', closingTag: '</ul>', separator: '\n' };
    const item = { html: '<li>x</li>', weight: 100, container };
    const pages = paginate([piece(SLIDE_BUDGET - 200), item, item, item], SLIDE_BUDGET);
    expect(pages.map((page) => page.length)).toEqual([1, 3]);
  });

  it('starts a slide at every heading and never ends one with it', () => {
    const pages = paginate([piece(50), piece(30, 'A'), piece(50), piece(30, 'B'), piece(50)], SLIDE_BUDGET);
    expect(pages.map((page) => page.map((p) => p.heading ?? '-').join(''))).toEqual(['-', 'A-', 'B-']);
  });

  it('puts a piece too big for any slide on a slide of its own', () => {
    const pages = paginate([piece(50), piece(SLIDE_BUDGET * 2), piece(50)], SLIDE_BUDGET);
    expect(pages.map((page) => page.length)).toEqual([1, 1, 1]);
  });
});
