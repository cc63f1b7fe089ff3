/**
 * A lesson as projector slides: a title slide, then each part's content cut into slides small enough
 * to read from the back of a classroom (at most one callout per slide, long text split between
 * paragraphs, list items or sentences), the 111 card as a slide of its own, and a closing slide that
 * invites the class to the review questions. Notes for adults (:::teacher, :::family) are never
 * slides: teacher notes go to the speaker view, by part, plus the lesson's general teacher block.
 */
import type { Block, LessonBody } from '../../content/types';
import type { BandId, PartKind, TopicId } from '../../content/vocabulary';
import { groupIntoSections } from '../lessons/LessonBlocks';
import { joinPieces, piecesOf, plainText } from './htmlFragments';
import { paginate } from './pagination';

type Callout = Extract<Block, { type: 'callout' }>;
export type SlideCalloutKind = 'tip' | 'warning' | 'activity' | 'discussion';

export interface PartInfo {
  kind: PartKind;
  label?: string;
  minutes?: number;
}

/** What the speaker view's timer counts: the part on screen, or an activity with its own minutes. */
export interface Timing {
  key: string;
  minutes?: number;
}

interface SlideBase {
  /** Stable across languages as long as the block structure is the same: used to keep windows in step. */
  id: string;
  /** Index of the lesson section (see groupIntoSections) the slide comes from; null for title and closing. */
  section: number | null;
  part?: PartInfo;
  timing: Timing;
}

export type Slide = SlideBase &
  (
    | { type: 'title'; title: string; band: BandId; topic: TopicId; duration: number; objectives: string[] }
    | { type: 'content'; html: string; /** The sub-heading this slide continues, when it does. */ continues?: string }
    | { type: 'callout'; kind: SlideCalloutKind; title?: string; minutes?: number; html: string; page?: { current: number; total: number }; lead?: string }
    | { type: 'help'; html: string; lead?: string }
    | { type: 'closing'; questionCount: number; hasDiscussion: boolean }
  );

export interface Presentation {
  slides: Slide[];
  /** Teacher notes for the whole lesson: before the first part, or after the last part's content. */
  lessonNotes: string[];
  /** Teacher notes written inside a part, by section index. */
  partNotes: Record<number, string[]>;
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

export function buildPresentation(lesson: LessonBody): Presentation {
  const sections = groupIntoSections(lesson.blocks);
  const slides: Slide[] = [titleSlide(lesson)];
  const lessonNotes: string[] = [];
  const partNotes: Record<number, string[]> = {};

  sections.forEach((section, sectionIndex) => {
    const part = section.part ? partInfo(section.part) : undefined;
    const partTiming: Timing = { key: `part:${sectionIndex}`, ...(part?.minutes ? { minutes: part.minutes } : {}) };
    const lastStudentBlock = findLastIndex(section.blocks, (block) => !(block.type === 'callout' && ADULT_KINDS.has(block.kind)));
    const isLessonLevel = (blockIndex: number) => !section.part || (sectionIndex === sections.length - 1 && blockIndex > lastStudentBlock);
    const base = (id: string, timing: Timing = partTiming) => ({ id: `${sectionIndex}.${id}`, section: sectionIndex, ...(part ? { part } : {}), timing });
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
      if (block.type === 'html') {
        const pages = paginate(piecesOf(block.html, SLIDE_BUDGET * SPLIT_ABOVE), SLIDE_BUDGET);
        const lastPage = pages[pages.length - 1];
        const nextShown = section.blocks.slice(blockIndex + 1).find(isShownOnSlides);
        if (nextShown?.type === 'callout' && lastPage?.length === 1 && lastPage[0]?.heading) {
          pages.pop();
          lead = lastPage[0].heading;
        }
        pages.forEach((page, pageIndex) => {
          const continues = page[0]?.heading ? undefined : subheading;
          for (const piece of page) if (piece.heading) subheading = piece.heading;
          slides.push({ ...base(`${blockIndex}.${pageIndex}`), type: 'content', html: joinPieces(page), ...(continues ? { continues } : {}) });
        });
      } else if (block.type === 'callout') {
        if (block.kind === 'teacher') {
          if (isLessonLevel(blockIndex)) lessonNotes.push(block.html);
          else (partNotes[sectionIndex] ??= []).push(block.html);
        } else if (block.kind === 'help') {
          slides.push({ ...base(`${blockIndex}.0`), type: 'help', html: block.html, ...takeLead() });
        } else if (block.kind !== 'family') {
          slides.push(...calloutSlides(block, block.kind, blockIndex, sectionIndex, base, takeLead()));
        }
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
      questionCount: lesson.quiz.length,
      hasDiscussion: lesson.blocks.some((block) => block.type === 'callout' && block.kind === 'discussion'),
    });
  }
  return { slides, lessonNotes, partNotes };
}

function isShownOnSlides(block: Block): boolean {
  return block.type === 'html' || (block.type === 'callout' && !ADULT_KINDS.has(block.kind));
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

function partInfo(part: Extract<Block, { type: 'part' }>): PartInfo {
  return { kind: part.kind, ...(part.label ? { label: part.label } : {}), ...(part.minutes ? { minutes: part.minutes } : {}) };
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
  const pages = paginate(piecesOf(callout.html, CALLOUT_BUDGET * SPLIT_ABOVE), CALLOUT_BUDGET);
  return pages.map((page, pageIndex) => ({
    ...base(`${blockIndex}.${pageIndex}`, timing),
    type: 'callout',
    kind,
    ...(callout.title ? { title: callout.title } : {}),
    ...(callout.minutes ? { minutes: callout.minutes } : {}),
    html: joinPieces(page),
    ...(pages.length > 1 ? { page: { current: pageIndex + 1, total: pages.length } } : {}),
    ...(pageIndex === 0 ? lead : {}),
  }));
}

/** Minutes the period leaves for the review questions once every part is done, when all parts are timed. */
function closingMinutes(lesson: LessonBody): number | undefined {
  const parts = lesson.blocks.filter((block): block is Extract<Block, { type: 'part' }> => block.type === 'part');
  if (parts.length === 0 || parts.some((part) => !part.minutes)) return undefined;
  const left = lesson.duration - parts.reduce((sum, part) => sum + (part.minutes ?? 0), 0);
  return left > 0 ? left : undefined;
}

/** The teacher notes to show beside a slide. */
export function notesFor(presentation: Presentation, slide: Slide): { part: string[]; lesson: string[] } {
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
      return truncate(plainText(slide.html));
    case 'callout':
      return truncate(slide.title ?? plainText(slide.html));
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
