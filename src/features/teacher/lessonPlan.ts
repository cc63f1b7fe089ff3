/** What a lesson plan shows, derived from the compiled lesson's structure: timing per part. */
import { partsOf } from '../../content/lessonContent';
import type { LessonBody } from '../../content/types';
import type { PartKind } from '../../content/vocabulary';

export { calloutsOf, type Callout } from '../../content/lessonContent';

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
  const parts = partsOf(lesson).map((part): TimingRow => ({ kind: part.kind, ...(part.label ? { label: part.label } : {}), ...(part.minutes ? { minutes: part.minutes } : {}) }));
  const planned = parts.reduce((sum, part) => sum + (part.minutes ?? 0), 0);
  const allTimed = parts.length > 0 && parts.every((part) => part.minutes !== undefined);
  return { parts, total: lesson.duration, ...(allTimed && planned < lesson.duration ? { quizMinutes: lesson.duration - planned } : {}) };
}
