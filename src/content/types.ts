/**
 * The shape of compiled content, shared by the compiler (which writes it) and the app (which reads it).
 * The catalog comes in a part per band, each its own chunk (scripts/content/emit.ts); each LessonBody is
 * its own chunk too. Both load on demand.
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

/** One band's part of the catalog (`virtual:lesson-catalog/band/<band>`). */
export interface CatalogPart {
  /** The band's lessons in every locale, in teaching order. */
  entries: CatalogEntry[];
  /** `<id>.<locale>` → the lesson body, loaded as its own chunk. */
  loaders: Record<string, () => Promise<{ default: LessonBody }>>;
}

/**
 * HTML of one small piece of content: inline content (a sentence, a table cell, a card) or one list
 * item. It is the only HTML in a compiled lesson; everything around it is structure.
 */
export interface Leaf {
  html: string;
  /** Its visible text, whitespace collapsed (without pictures' descriptions): for measuring and captions. */
  text: string;
  /** Pictures in it. */
  pictures?: number;
  /** Lines it starts (paragraphs, list items, headings…) when more than one: for measuring. */
  lines?: number;
}

/**
 * Block-level content, cut where a slide or a page may break: a paragraph into sentences, a list into
 * items, a table into rows, a quotation into its blocks.
 */
export type Flow =
  | { type: 'heading'; level: 3 | 4 | 5 | 6; html: string; text: string }
  | { type: 'paragraph'; sentences: Leaf[] }
  | { type: 'list'; ordered: boolean; /** First number of an ordered list, when not 1. */ start?: number; items: Leaf[] }
  | { type: 'table'; align: ('left' | 'center' | 'right' | null)[]; head: Leaf[]; rows: Leaf[][] }
  | { type: 'quote'; flow: Flow[] }
  /** A code block or a rule: kept whole. */
  | { type: 'other'; leaf: Leaf };

/** A part of the lesson plan (`::part`). */
export interface Part {
  kind: PartKind;
  label?: string;
  /** minutes */
  minutes?: number;
}

export type Block =
  /** Running text between blocks. */
  | { type: 'prose'; flow: Flow[] }
  | { type: 'callout'; kind: CalloutKind; title?: string; minutes?: number; flow: Flow[] }
  /** Printable activity cards, cut out and handed round by the teacher: one Leaf per card. */
  | { type: 'cards'; title: string; cards: Leaf[] };

/** A part and the blocks in it; blocks written before the first part form a section without one. */
export interface Section {
  part?: Part;
  blocks: Block[];
}

/** A word the lesson teaches, with a one-line meaning for its audience. */
export interface KeyTerm {
  term: string;
  meaning: string;
}

/**
 * A picture an option shows (a picture answer): the checked copy of a file of the pack, its URL given
 * by the bundler, with its description for those who cannot see it and its size when known.
 */
export interface OptionPicture {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface QuizOption {
  /** Shown, read aloud and printed, also beside a picture. */
  text: string;
  correct: boolean;
  feedback?: string;
  /** Either every option of a question has one or none has (the compiler checks it). */
  picture?: OptionPicture;
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
  sections: Section[];
  quiz: Question[];
}
