/**
 * The shape of compiled content, shared by the compiler (which writes it) and the app (which reads it).
 * The catalog is small and ships in the first bundle; each LessonBody is its own chunk, loaded on demand.
 */
import type { CompetenceCode } from './competences';
import type { BandId, CalloutKind, Locale, PartKind, QuestionType, TopicId } from './vocabulary';

export interface CatalogEntry {
  id: string;
  locale: Locale;
  band: BandId;
  topic: TopicId;
  order: number;
  title: string;
  summary: string;
  /** minutes */
  duration: number;
  questionCount: number;
  /** Digital competences the lesson practises (pupil lessons; empty for audience tracks). */
  competences: CompetenceCode[];
  /** Content hash of the source file: quiz attempts record it so results can be matched to a wording. */
  version: string;
}

export type Block =
  | { type: 'html'; html: string }
  | { type: 'part'; kind: PartKind; minutes?: number; label?: string }
  | { type: 'callout'; kind: CalloutKind; title?: string; minutes?: number; html: string }
  /** Printable activity cards: each card's HTML, cut out and handed round by the teacher. */
  | { type: 'cards'; title: string; cards: { html: string }[] };

/** A word the lesson teaches, with a one-line meaning for its audience. */
export interface KeyTerm {
  term: string;
  meaning: string;
}

export interface QuizOption {
  text: string;
  correct: boolean;
  feedback?: string;
}

export interface Question {
  id: string;
  type: QuestionType;
  /** The situation of a scenario question. */
  scenario?: string;
  question: string;
  /** For true-false questions the compiler writes the two options (true first) so every type renders alike. */
  options: QuizOption[];
  explanation: string;
}

export interface LessonBody extends CatalogEntry {
  objectives: string[];
  keyTerms: KeyTerm[];
  blocks: Block[];
  quiz: Question[];
}
