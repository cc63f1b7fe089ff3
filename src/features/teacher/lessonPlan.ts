/** What a lesson plan shows, derived from the compiled lesson: timing per part and the notes by kind. */
import type { Block, LessonBody } from '../../content/types';
import type { CalloutKind, PartKind } from '../../content/vocabulary';

export type Callout = Extract<Block, { type: 'callout' }>;

export interface TimingRow {
  kind: PartKind;
  label?: string;
  minutes?: number;
}

export interface Timing {
  parts: TimingRow[];
  /** What the period leaves for the quiz once the parts are done; undefined when parts have no minutes. */
  quizMinutes?: number;
  total: number;
}

export function lessonTiming(lesson: LessonBody): Timing {
  const parts = lesson.blocks.flatMap((block): TimingRow[] =>
    block.type === 'part' ? [{ kind: block.kind, ...(block.label ? { label: block.label } : {}), ...(block.minutes ? { minutes: block.minutes } : {}) }] : [],
  );
  const planned = parts.reduce((sum, part) => sum + (part.minutes ?? 0), 0);
  const allTimed = parts.length > 0 && parts.every((part) => part.minutes !== undefined);
  return { parts, total: lesson.duration, ...(allTimed && planned < lesson.duration ? { quizMinutes: lesson.duration - planned } : {}) };
}

export function calloutsOf(lesson: LessonBody, kind: CalloutKind): Callout[] {
  return lesson.blocks.filter((block): block is Callout => block.type === 'callout' && block.kind === kind);
}
