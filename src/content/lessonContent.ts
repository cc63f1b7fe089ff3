/**
 * Questions screens ask of a compiled lesson's structure (see types.ts): its parts, its blocks of one
 * kind with the part they sit in, every leaf of HTML. Pure functions over data: no HTML is read here.
 */
import type { Block, Flow, Leaf, LessonBody, Part } from './types';
import type { CalloutKind } from './vocabulary';

export type Callout = Extract<Block, { type: 'callout' }>;
export type Cards = Extract<Block, { type: 'cards' }>;

/** The lesson's parts in order, with their minutes. */
export function partsOf(lesson: LessonBody): Part[] {
  return lesson.sections.flatMap((section) => (section.part ? [section.part] : []));
}

/** Every block, in reading order. */
export function blocksOf(lesson: LessonBody): Block[] {
  return lesson.sections.flatMap((section) => section.blocks);
}

/** The callouts of one kind (activities, discussions, teacher notes …), in reading order. */
export function calloutsOf(lesson: LessonBody, kind: CalloutKind): Callout[] {
  return blocksOf(lesson).filter((block): block is Callout => block.type === 'callout' && block.kind === kind);
}

/** The lesson's printable activity cards, block by block. */
export function cardsOf(lesson: LessonBody): Cards[] {
  return blocksOf(lesson).filter((block): block is Cards => block.type === 'cards');
}

/** Every leaf of some content, in reading order. */
export function leavesOf(flow: readonly Flow[]): Leaf[] {
  return flow.flatMap((item): Leaf[] => {
    switch (item.type) {
      case 'heading':
        return [{ html: item.html, text: item.text }];
      case 'paragraph':
        return item.sentences;
      case 'list':
        return item.items;
      case 'table':
        return [...item.head, ...item.rows.flat()];
      case 'quote':
        return leavesOf(item.flow);
      case 'other':
        return [item.leaf];
    }
  });
}

/** Every leaf of a block. */
export function blockLeaves(block: Block): Leaf[] {
  return block.type === 'cards' ? block.cards : leavesOf(block.flow);
}

/** Every leaf of the lesson. */
export function lessonLeaves(lesson: LessonBody): Leaf[] {
  return blocksOf(lesson).flatMap(blockLeaves);
}

/** The visible text of some content, e.g. for a one-line caption. */
export function flowText(flow: readonly Flow[]): string {
  return leavesOf(flow)
    .map((leaf) => leaf.text)
    .filter(Boolean)
    .join(' ');
}
