/**
 * What the lesson page's "Nghe" buttons read: a block (its title, then its text), a part ("Đọc cả
 * phần": its heading, then its blocks) and the whole lesson ("Đọc cả bài"). The notes for adults
 * (teacher, family), folded away from a child reading alone, are not read.
 */
import type { TFunction } from 'i18next';
import type { Callout, Cards } from '../../content/lessonContent';
import type { Block, LessonBody, Section } from '../../content/types';
import { flowPieces } from '../../ui/readAloud/pieces';
import type { Piece } from '../../ui/readAloud/speech';

/** The title a callout or a set of cards shows (and read-aloud reads first). */
export function blockHeading(block: Callout | Cards, t: TFunction): string {
  if (block.type === 'cards') return `${t('lesson.callouts.cards')}: ${block.title}`;
  return block.title ? `${t(`lesson.callouts.${block.kind}`)}: ${block.title}` : t(`lesson.callouts.${block.kind}`);
}

/** Whether a block has a "Nghe" button and is read with its part. */
export function readsAloud(block: Block): boolean {
  return !(block.type === 'callout' && (block.kind === 'teacher' || block.kind === 'family'));
}

export function blockPieces(block: Block, t: TFunction): Piece[] {
  switch (block.type) {
    case 'prose':
      return flowPieces(block.flow);
    case 'callout':
      // The 111 card's words are the card's own (HelpCard), not the lesson's: its text is read, not the card.
      return [{ key: block, text: blockHeading(block, t) }, ...flowPieces(block.flow)];
    case 'cards':
      return [{ key: block, text: blockHeading(block, t) }, ...block.cards.map((card) => ({ key: card, text: card.text }))];
  }
}

/** A part: its heading (keyed by the section, as the lesson page highlights it), then its blocks. */
export function sectionPieces(section: Section, t: TFunction): Piece[] {
  const title = section.part ? [{ key: section, text: [t(`lesson.parts.${section.part.kind}`), section.part.label].filter(Boolean).join(': ') }] : [];
  return [...title, ...section.blocks.filter(readsAloud).flatMap((block) => blockPieces(block, t))];
}

/** The whole lesson: its title and summary, then every part. */
export function lessonPieces(lesson: LessonBody, t: TFunction): Piece[] {
  return [{ key: lesson, text: lesson.title }, { key: lesson.summary, text: lesson.summary }, ...lesson.sections.flatMap((section) => sectionPieces(section, t))];
}
