/**
 * A lesson as projector slides: a title slide, then each part's content cut into slides small enough
 * to read from the back of a classroom (at most one callout per slide, long text split between
 * paragraphs, list items or sentences), the 111 card as a slide of its own, and a closing slide that
 * invites the class to the review questions. Activity cards get slides of their own (for a class with
 * no printer). Notes for adults (:::teacher, :::family) are never slides: teacher notes go to the
 * speaker view, by part, plus the lesson's general teacher block. Slides hold compiled content (Flow),
 * never HTML to parse: only the choice of where slides break is made here.
 */
import { blocksOf, flowText, partsOf, type Callout, type Cards } from '../../content/lessonContent';
import type { Block, Flow, Leaf, LessonBody, Part } from '../../content/types';
import type { BandId, TopicId } from '../../content/vocabulary';
import { paginate } from './pagination';
import { joinPieces, leafWeight, piecesOf, type Piece } from './pieces';

export type SlideCalloutKind = 'tip' | 'warning' | 'activity' | 'discussion';

export type PartInfo = Part;

/** What the speaker view's timer counts: the part on screen, or an activity with its own minutes. */
export interface Timing {
  key: string;
  minutes?: number;
}

interface SlideBase {
  /** Stable across languages as long as the block structure is the same: used to keep windows in step. */
  id: string;
  /** Index of the lesson section (LessonBody.sections) the slide comes from; null for title and closing. */
  section: number | null;
  part?: PartInfo;
  timing: Timing;
}

export type Slide = SlideBase &
  (
    | { type: 'title'; title: string; band: BandId; topic: TopicId; duration: number; objectives: string[] }
    | { type: 'content'; flow: Flow[]; /** The sub-heading this slide continues, when it does. */ continues?: string }
    | { type: 'callout'; kind: SlideCalloutKind; title?: string; minutes?: number; flow: Flow[]; page?: Page; lead?: string }
    | { type: 'cards'; title: string; cards: Leaf[]; page?: Page; lead?: string }
    | { type: 'help'; flow: Flow[]; lead?: string }
    | { type: 'closing'; band: BandId; questionCount: number; hasDiscussion: boolean }
  );

type Page = {
  current: number;
  total: number;
};

export interface Presentation {
  slides: Slide[];
  /** Teacher notes for the whole lesson: before the first part, or after the last part's content. */
  lessonNotes: Flow[][];
  /** Teacher notes written inside a part, by section index. */
  partNotes: Record<number, Flow[][]>;
}

/**
 * Room on one slide, in the units of `weightOf` (about the characters of running text that fit at the
 * slide's type size). Callouts lose the room of their title bar.
 */
export const SLIDE_BUDGET = 600;
const CALLOUT_BUDGET = 500;
/** Lists and paragraphs heavier than this share of a slide may be cut between items or sentences. */
const SPLIT_ABOVE = 0.5;

const ADULT_KINDS = new Set(['teacher', 'family']);
/** Room a card's frame takes on a slide, in the units of `weightOf`. */
const CARD_FRAME = 60;

export function buildPresentation(lesson: LessonBody): Presentation {
  const { sections } = lesson;
  const slides: Slide[] = [titleSlide(lesson)];
  const lessonNotes: Flow[][] = [];
  const partNotes: Record<number, Flow[][]> = {};

  sections.forEach((section, sectionIndex) => {
    const { part } = section;
    const partTiming: Timing = { key: `part:${sectionIndex}`, ...(part?.minutes ? { minutes: part.minutes } : {}) };
    const lastStudentBlock = findLastIndex(section.blocks, (block) => !(block.type === 'callout' && ADULT_KINDS.has(block.kind)));
    const isLessonLevel = (blockIndex: number) => !part || (sectionIndex === sections.length - 1 && blockIndex > lastStudentBlock);
    const base = (id: string, timing: Timing = partTiming): SlideBase => ({ id: `${sectionIndex}.${id}`, section: sectionIndex, ...(part ? { part } : {}), timing });
    let subheading: string | undefined;
    // A heading that ends a block ("### Ba quy tắc" before a :::tip) leads the next slide instead of
    // standing alone.
    let lead: string | undefined;
    const takeLead = () => {
      const taken = lead;
      lead = undefined;
      return taken ? { lead: taken } : {};
    };

    section.blocks.forEach((block, blockIndex) => {
      if (block.type === 'prose') {
        const pages = paginate(piecesOf(block.flow, SLIDE_BUDGET * SPLIT_ABOVE), SLIDE_BUDGET);
        const lastPage = pages[pages.length - 1];
        const nextShown = section.blocks.slice(blockIndex + 1).find(isShownOnSlides);
        if (nextShown && nextShown.type !== 'prose' && lastPage?.length === 1 && lastPage[0]?.heading) {
          pages.pop();
          lead = lastPage[0].heading;
        }
        pages.forEach((page, pageIndex) => {
          const continues = page[0]?.heading ? undefined : subheading;
          for (const piece of page) if (piece.heading) subheading = piece.heading;
          slides.push({ ...base(`${blockIndex}.${pageIndex}`), type: 'content', flow: joinPieces(page), ...(continues ? { continues } : {}) });
        });
      } else if (block.type === 'cards') {
        slides.push(...cardSlides(block, blockIndex, base, takeLead()));
      } else if (block.kind === 'teacher') {
        if (isLessonLevel(blockIndex)) lessonNotes.push(block.flow);
        else (partNotes[sectionIndex] ??= []).push(block.flow);
      } else if (block.kind === 'help') {
        slides.push({ ...base(`${blockIndex}.0`), type: 'help', flow: block.flow, ...takeLead() });
      } else if (block.kind !== 'family') {
        slides.push(...calloutSlides(block, block.kind, blockIndex, sectionIndex, base, takeLead()));
      }
    });
  });

  if (lesson.quiz.length > 0) {
    const quizMinutes = closingMinutes(lesson);
    slides.push({
      id: 'closing',
      section: null,
      timing: { key: 'closing', ...(quizMinutes ? { minutes: quizMinutes } : {}) },
      type: 'closing',
      band: lesson.band,
      questionCount: lesson.quiz.length,
      hasDiscussion: blocksOf(lesson).some((block) => block.type === 'callout' && block.kind === 'discussion'),
    });
  }
  return { slides, lessonNotes, partNotes };
}

function isShownOnSlides(block: Block): boolean {
  return block.type !== 'callout' || !ADULT_KINDS.has(block.kind);
}

function titleSlide(lesson: LessonBody): Slide {
  return {
    id: 'title',
    section: null,
    timing: { key: 'title' },
    type: 'title',
    title: lesson.title,
    band: lesson.band,
    topic: lesson.topic,
    duration: lesson.duration,
    objectives: lesson.objectives,
  };
}

function calloutSlides(
  callout: Callout,
  kind: SlideCalloutKind,
  blockIndex: number,
  sectionIndex: number,
  base: (id: string, timing?: Timing) => SlideBase,
  lead: { lead?: string },
): Slide[] {
  // An activity with its own minutes is timed on its own; other callouts count towards their part.
  const timing = callout.minutes && kind === 'activity' ? { key: `activity:${sectionIndex}.${blockIndex}`, minutes: callout.minutes } : undefined;
  const pages = paginate(piecesOf(callout.flow, CALLOUT_BUDGET * SPLIT_ABOVE), CALLOUT_BUDGET);
  return pages.map((page, pageIndex) => ({
    ...base(`${blockIndex}.${pageIndex}`, timing),
    type: 'callout',
    kind,
    ...(callout.title ? { title: callout.title } : {}),
    ...(callout.minutes ? { minutes: callout.minutes } : {}),
    flow: joinPieces(page),
    ...(pages.length > 1 ? { page: { current: pageIndex + 1, total: pages.length } } : {}),
    ...(pageIndex === 0 ? lead : {}),
  }));
}

/** Cards shown in a grid; a set too big for one slide continues on the next. */
function cardSlides(cards: Cards, blockIndex: number, base: (id: string) => SlideBase, lead: { lead?: string }): Slide[] {
  // A card is a box of its own: its text plus the room of a few line ends.
  const pieces: Piece[] = cards.cards.map((card) => ({ flow: { type: 'other', leaf: card }, weight: leafWeight(card) + CARD_FRAME }));
  const pages = paginate(pieces, CALLOUT_BUDGET);
  return pages.map((page, pageIndex) => ({
    ...base(`${blockIndex}.${pageIndex}`),
    type: 'cards',
    title: cards.title,
    cards: page.flatMap((piece) => (piece.flow.type === 'other' ? [piece.flow.leaf] : [])),
    ...(pages.length > 1 ? { page: { current: pageIndex + 1, total: pages.length } } : {}),
    ...(pageIndex === 0 ? lead : {}),
  }));
}

/** Minutes the period leaves for the review questions once every part is done, when all parts are timed. */
function closingMinutes(lesson: LessonBody): number | undefined {
  const parts = partsOf(lesson);
  if (parts.length === 0 || parts.some((part) => !part.minutes)) return undefined;
  const left = lesson.duration - parts.reduce((sum, part) => sum + (part.minutes ?? 0), 0);
  return left > 0 ? left : undefined;
}

/** The teacher notes to show beside a slide. */
export function notesFor(presentation: Presentation, slide: Slide): { part: Flow[][]; lesson: Flow[][] } {
  return { part: slide.section === null ? [] : (presentation.partNotes[slide.section] ?? []), lesson: presentation.lessonNotes };
}

/**
 * The slide another window asked for: the same slide by id; else the first slide of the same block
 * (the other window may cut text differently, e.g. in another language); else the same position.
 */
export function resolveSlideIndex(slides: readonly Slide[], target: { slideId: string; index: number }): number {
  const exact = slides.findIndex((slide) => slide.id === target.slideId);
  if (exact >= 0) return exact;
  const block = target.slideId.split('.').slice(0, 2).join('.');
  const sameBlock = slides.findIndex((slide) => slide.id.startsWith(`${block}.`));
  if (sameBlock >= 0 && target.slideId.includes('.')) return sameBlock;
  return clampIndex(target.index, slides.length);
}

export function clampIndex(index: number, count: number): number {
  if (count === 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** A one-line description of a slide, for the speaker view's captions and screen readers. */
export function slideCaption(slide: Slide): string {
  switch (slide.type) {
    case 'title':
      return slide.title;
    case 'content':
      return truncate(flowText(slide.flow));
    case 'callout':
      return truncate(slide.title ?? flowText(slide.flow));
    case 'cards':
      return slide.title;
    case 'help':
      return '111';
    case 'closing':
      return '';
  }
}

function truncate(text: string, length = 90): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (predicate(items[i]!)) return i;
  return -1;
}
