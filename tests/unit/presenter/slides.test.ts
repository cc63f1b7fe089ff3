import { describe, expect, it } from 'vitest';
import { findLesson, loadLessonBody } from '../../../src/content/catalog';
import { flowText } from '../../../src/content/lessonContent';
import { paginate } from '../../../src/features/presenter/pagination';
import { buildPresentation, notesFor, resolveSlideIndex, SLIDE_BUDGET, type Slide } from '../../../src/features/presenter/slides';
import { callout, cards, heading, lesson, list, p, paragraph, part, prose, section } from './factories';

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
    expect(slides[4]).toMatchObject({ type: 'help', flow: [{ type: 'paragraph', sentences: [{ html: 'Khi em sợ hãi, hãy gọi 111.' }] }] });
    expect(slides[5]).toMatchObject({ type: 'closing', questionCount: 6, hasDiscussion: false, timing: { key: 'closing', minutes: 15 } });
  });

  it('never shows notes for adults: teacher notes go to the speaker view, by part and for the lesson', () => {
    const { slides, lessonNotes, partNotes } = buildPresentation(
      lesson([
        section(undefined, callout('teacher', [p('Chuẩn bị giấy màu.')])),
        section(part('warmup', 5), prose(p('Chào cả lớp.')), callout('teacher', [p('Hỏi hai bạn trả lời.')])),
        section(part('apply', 5), prose(p('Về nhà kể cho bố mẹ.')), callout('help', []), callout('teacher', [p('Nếu một em kể mình bị xâm hại…')]), callout('family', [p('Kính gửi gia đình.')])),
      ]),
    );
    expect(slides.map((slide) => ('flow' in slide ? flowText(slide.flow) : slide.type))).toEqual(['title', 'Chào cả lớp.', 'Về nhà kể cho bố mẹ.', '', 'closing']);
    expect(lessonNotes).toEqual([[p('Chuẩn bị giấy màu.')], [p('Nếu một em kể mình bị xâm hại…')]]);
    expect(partNotes).toEqual({ 1: [[p('Hỏi hai bạn trả lời.')]] });
    expect(notesFor({ slides, lessonNotes, partNotes }, slides[1]!).part).toEqual([[p('Hỏi hai bạn trả lời.')]]);
    expect(notesFor({ slides, lessonNotes, partNotes }, slides[0]!).part).toEqual([]);
  });

  it('holds at most one callout per slide, and times an activity with its own minutes', () => {
    const { slides } = buildPresentation(
      lesson([section(part('practice', 10, 'Đèn giao thông'), callout('activity', [p('Chia nhóm bốn bạn.')], { title: 'Đèn xanh', minutes: 8 }), callout('discussion', [list(['Vì sao?'])]))]),
    );
    expect(types(slides)).toEqual(['title', 'callout', 'callout', 'closing']);
    expect(slides[1]).toMatchObject({ kind: 'activity', title: 'Đèn xanh', minutes: 8, timing: { key: 'activity:0.0', minutes: 8 }, part: { kind: 'practice', label: 'Đèn giao thông' } });
    expect(slides[2]).toMatchObject({ kind: 'discussion', timing: { key: 'part:0', minutes: 10 } });
    expect(slides[3]).toMatchObject({ type: 'closing', hasDiscussion: true });
  });

  it('shows activity cards on slides of their own, several to a slide, continuing when there are many', () => {
    const few = buildPresentation(lesson([section(part('practice', 10), callout('activity', [p('Xếp thẻ.')]), cards('Thẻ tình huống', ['Thẻ 1.', 'Thẻ 2.']))])).slides;
    expect(few[2]).toMatchObject({ type: 'cards', title: 'Thẻ tình huống', cards: [{ text: 'Thẻ 1.' }, { text: 'Thẻ 2.' }] });
    expect(few[2]).not.toHaveProperty('page');
    const long = Array.from({ length: 12 }, (_, i) => `Thẻ ${i + 1}. ${'Một bạn mới quen trong trò chơi hỏi tên trường và lớp của em. '.repeat(2)}`);
    const many = buildPresentation(lesson([section(part('practice', 10), callout('activity', [p('Xếp thẻ.')]), cards('Thẻ dài', long))])).slides.filter((s) => s.type === 'cards');
    expect(many.length).toBeGreaterThan(1);
    expect(many.flatMap((slide) => (slide.type === 'cards' ? slide.cards.map((card) => card.text) : []))).toEqual(long);
    expect(many.map((slide) => (slide.type === 'cards' ? slide.page : undefined))).toEqual(many.map((_, i) => ({ current: i + 1, total: many.length })));
  });

  it('splits long text into several slides, each within the budget, and says which sub-heading continues', () => {
    const flow = [heading('Câu chuyện của Nga'), ...Array.from({ length: 8 }, () => paragraph(30))];
    const { slides } = buildPresentation(lesson([section(part('explore', 15), prose(...flow))]));
    const content = slides.filter((slide): slide is Extract<Slide, { type: 'content' }> => slide.type === 'content');
    expect(content.length).toBeGreaterThan(1);
    expect(content[0]!.flow[0]).toEqual(heading('Câu chuyện của Nga'));
    expect(content[0]!.continues).toBeUndefined();
    expect(content[1]!.continues).toBe('Câu chuyện của Nga');
    expect(content.flatMap((slide) => slide.flow)).toEqual(flow);
  });

  it('cuts a long activity into numbered pages with the first page carrying the heading before it', () => {
    const steps = Array.from({ length: 14 }, (_, i) => `Bước ${i + 1}: ${'làm việc theo nhóm '.repeat(4).trim()}.`);
    const { slides } = buildPresentation(
      lesson([section(part('practice', 10), prose(p('Giới thiệu trò chơi.'), heading('Luật chơi')), callout('activity', [list(steps, true)], { title: 'Trò chơi' }))]),
    );
    const pages = slides.filter((slide): slide is Extract<Slide, { type: 'callout' }> => slide.type === 'callout');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((page) => page.page)).toEqual(pages.map((_, i) => ({ current: i + 1, total: pages.length })));
    expect(pages[0]!.lead).toBe('Luật chơi');
    expect(pages[1]!.lead).toBeUndefined();
    // The list goes on counting on the next page, and no step is lost or repeated.
    const firstPage = pages[0]!.flow[0]!;
    const secondPage = pages[1]!.flow[0]!;
    expect(firstPage).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(secondPage).toMatchObject({ type: 'list', ordered: true, start: (firstPage.type === 'list' ? firstPage.items.length : 0) + 1 });
    expect(pages.flatMap((page) => page.flow.flatMap((f) => (f.type === 'list' ? f.items.map((item) => item.text) : [])))).toEqual(steps);
    expect(slides.some((slide) => slide.type === 'content' && flowText(slide.flow).includes('Luật chơi'))).toBe(false);
  });

  it('gives slides ids that stay the same in another language, and finds the slide another window shows', () => {
    const vi = buildPresentation(lesson([section(part('warmup'), prose(paragraph(10)), callout('tip', [p('Mẹo.')]))])).slides;
    const en = buildPresentation(lesson([section(part('warmup'), prose(paragraph(10, 'word')), callout('tip', [p('Tip.')]))], { locale: 'en' })).slides;
    expect(vi.map((slide) => slide.id)).toEqual(en.map((slide) => slide.id));
    expect(vi.map((slide) => slide.id)).toEqual(['title', '0.0.0', '0.1.0', 'closing']);
    expect(resolveSlideIndex(vi, { slideId: '0.1.0', index: 0 })).toBe(2);
    // A slide the other window cut differently: the first slide of the same block.
    expect(resolveSlideIndex(vi, { slideId: '0.0.3', index: 3 })).toBe(1);
    expect(resolveSlideIndex(vi, { slideId: 'unknown', index: 99 })).toBe(vi.length - 1);
  });
});

describe('breaking a block into slides', () => {
  const piece = (weight: number, heading?: string) => ({ flow: p(String(weight)), weight, ...(heading ? { heading } : {}) });

  it('balances slides instead of leaving one piece alone at the end', () => {
    const quarter = Math.round(SLIDE_BUDGET * 0.3);
    const pages = paginate([piece(quarter), piece(quarter), piece(quarter), piece(quarter)], SLIDE_BUDGET);
    expect(pages.map((page) => page.length)).toEqual([2, 2]);
  });

  it('never fills a slide over its budget when the pieces can be spread', () => {
    const pages = paginate([piece(200), piece(200), piece(200)], SLIDE_BUDGET);
    expect(pages.flat()).toHaveLength(3);
    for (const page of pages) expect(page.reduce((sum, one) => sum + one.weight, 0)).toBeLessThanOrEqual(SLIDE_BUDGET);
  });

  it('keeps a list together rather than cutting it, when it fits', () => {
    const item = { flow: list(['x']), weight: 100, container: 1 };
    const pages = paginate([piece(SLIDE_BUDGET - 200), item, item, item], SLIDE_BUDGET);
    expect(pages.map((page) => page.length)).toEqual([1, 3]);
  });

  it('starts a slide at every heading and never ends one with it', () => {
    const pages = paginate([piece(50), piece(30, 'A'), piece(50), piece(30, 'B'), piece(50)], SLIDE_BUDGET);
    expect(pages.map((page) => page.map((one) => one.heading ?? '-').join(''))).toEqual(['-', 'A-', 'B-']);
  });

  it('puts a piece too big for any slide on a slide of its own', () => {
    const pages = paginate([piece(50), piece(SLIDE_BUDGET * 2), piece(50)], SLIDE_BUDGET);
    expect(pages.map((page) => page.length)).toEqual([1, 1, 1]);
  });
});
