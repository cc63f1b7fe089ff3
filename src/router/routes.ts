/**
 * The app's URLs. Plain paths (not #hash) so a lesson link can be shared and reloaded; the service
 * worker serves index.html for any of them offline (navigateFallback).
 */
import { isBandId, isTopicId, type BandId, type TopicId } from '../content/vocabulary';

/** Printable pages of a lesson (A4): the plan, a student handout, the families note, a quiz worksheet. */
export const PRINT_VARIANTS = ['plan', 'handout', 'family', 'worksheet'] as const;
export type PrintVariant = (typeof PRINT_VARIANTS)[number];

function isPrintVariant(value: string | undefined): value is PrintVariant {
  return (PRINT_VARIANTS as readonly (string | undefined)[]).includes(value);
}

export type Route =
  | { name: 'home' }
  | { name: 'band'; band: BandId }
  | { name: 'lesson'; lessonId: string }
  | { name: 'quiz'; lessonId: string }
  | { name: 'help' }
  | { name: 'settings' }
  | { name: 'teacher' }
  | { name: 'report' }
  | { name: 'present'; lessonId: string }
  | { name: 'speaker'; lessonId: string }
  | { name: 'class-quiz'; lessonId: string }
  | { name: 'plan'; lessonId: string }
  | { name: 'print'; lessonId: string; variant: PrintVariant }
  | { name: 'learners' }
  | { name: 'new-learner' }
  | { name: 'edit-learner'; learnerId: string }
  | { name: 'progress'; band?: BandId }
  | { name: 'review'; lessonId: string }
  | { name: 'certificate'; band: BandId; topic?: TopicId }
  | { name: 'not-found' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  const [first, second, third] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (first === 'help' && parts.length === 1) return { name: 'help' };
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if (first === 'teacher' && parts.length === 1) return { name: 'teacher' };
  if (first === 'teacher' && second === 'report' && parts.length === 2) return { name: 'report' };
  if (first === 'lesson' && second && parts.length === 3) {
    if (third === 'present') return { name: 'present', lessonId: second };
    if (third === 'speaker') return { name: 'speaker', lessonId: second };
    if (third === 'class-quiz') return { name: 'class-quiz', lessonId: second };
    if (third === 'plan') return { name: 'plan', lessonId: second };
  }
  if (first === 'lesson' && second && third === 'print' && isPrintVariant(parts[3]) && parts.length === 4) {
    return { name: 'print', lessonId: second, variant: parts[3] };
  }
  if (first === 'progress' && parts.length === 1) return { name: 'progress' };
  if (first === 'progress' && second && isBandId(second) && parts.length === 2) return { name: 'progress', band: second };
  if (first === 'lesson' && second && third === 'review' && parts.length === 3) return { name: 'review', lessonId: second };
  if (first === 'certificate' && second && isBandId(second) && parts.length === 2) return { name: 'certificate', band: second };
  if (first === 'certificate' && second && isBandId(second) && third && isTopicId(third) && parts.length === 3) {
    return { name: 'certificate', band: second, topic: third };
  }
  if (first === 'learners' && parts.length === 1) return { name: 'learners' };
  if (first === 'learners' && second === 'new' && parts.length === 2) return { name: 'new-learner' };
  if (first === 'learners' && second && third === 'edit' && parts.length === 3) return { name: 'edit-learner', learnerId: second };
  if (first === 'band' && second && isBandId(second) && parts.length === 2) return { name: 'band', band: second };
  if (first === 'lesson' && second && parts.length === 2) return { name: 'lesson', lessonId: second };
  if (first === 'lesson' && second && third === 'quiz' && parts.length === 3) return { name: 'quiz', lessonId: second };
  return { name: 'not-found' };
}

export const paths = {
  home: () => '/',
  band: (band: BandId) => `/band/${band}`,
  lesson: (lessonId: string) => `/lesson/${encodeURIComponent(lessonId)}`,
  quiz: (lessonId: string) => `/lesson/${encodeURIComponent(lessonId)}/quiz`,
  help: () => '/help',
  progress: (band?: BandId) => (band ? `/progress/${band}` : '/progress'),
  review: (lessonId: string) => `/lesson/${encodeURIComponent(lessonId)}/review`,
  practise: (lessonId: string) => `/lesson/${encodeURIComponent(lessonId)}/quiz?practice=missed`,
  certificate: (band: BandId, topic?: TopicId) => (topic ? `/certificate/${band}/${topic}` : `/certificate/${band}`),
  settings: () => '/settings',
  teacher: () => '/teacher',
  report: () => '/teacher/report',
  present: (lessonId: string) => `/lesson/${encodeURIComponent(lessonId)}/present`,
  speaker: (lessonId: string) => `/lesson/${encodeURIComponent(lessonId)}/speaker`,
  classQuiz: (lessonId: string) => `/lesson/${encodeURIComponent(lessonId)}/class-quiz`,
  plan: (lessonId: string) => `/lesson/${encodeURIComponent(lessonId)}/plan`,
  print: (lessonId: string, variant: PrintVariant) => `/lesson/${encodeURIComponent(lessonId)}/print/${variant}`,
  learners: () => '/learners',
  newLearner: () => '/learners/new',
  editLearner: (learnerId: string) => `/learners/${encodeURIComponent(learnerId)}/edit`,
};

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
