/**
 * The order options are shown in (src/domain/quiz.ts): a permutation of the written indexes, every order
 * equally likely, the same for the same seed, true-false untouched; on paper, never the written order.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types';
import { inShownOrder, optionOrder, printedOrder } from '../../../src/domain/quiz';

function question(count: number, type: Question['type'] = 'single', id = 'q1'): Question {
  return {
    id,
    type,
    question: 'Câu hỏi?',
    options: Array.from({ length: count }, (_, i) => ({ text: `Đáp án ${i}`, correct: i === 0 })),
    explanation: 'Vì thế.',
  };
}

const written = (count: number) => Array.from({ length: count }, (_, i) => i);
const SEEDS = Array.from({ length: 300 }, (_, i) => `attempt-${i}`);

describe('the order options are shown in', () => {
  it('is a permutation of the written indexes, for 2 to 20 options', () => {
    for (const type of ['single', 'multiple', 'scenario'] as const) {
      for (let count = 2; count <= 20; count++) {
        for (const seed of SEEDS.slice(0, 20)) {
          const order = optionOrder(question(count, type), seed);
          expect([...order].sort((a, b) => a - b), `${type}, ${count} options, seed ${seed}`).toEqual(written(count));
        }
      }
    }
  });

  it('shows every order, the written one too, so where the right answer was written tells nothing', () => {
    const orders = new Set(SEEDS.map((seed) => optionOrder(question(3), seed).join()));
    expect(orders.size).toBe(6);
    // Two options: each order about half the time (a fixed swap would be a cue of its own).
    const swapped = SEEDS.filter((seed) => optionOrder(question(2), seed)[0] === 1).length;
    expect(swapped).toBeGreaterThan(120);
    expect(swapped).toBeLessThan(180);
  });

  it('is the same for the same seed and question, and differs between seeds and between questions', () => {
    const q = question(4);
    expect(optionOrder(q, 'abc')).toEqual(optionOrder(question(4), 'abc'));
    expect(new Set(SEEDS.map((seed) => optionOrder(q, seed).join())).size).toBeGreaterThan(20);
    const other = question(4, 'single', 'q2');
    expect(SEEDS.some((seed) => optionOrder(q, seed).join() !== optionOrder(other, seed).join())).toBe(true);
  });

  it('puts the option written first at every position about equally often', () => {
    const positions = [0, 0, 0, 0];
    for (const seed of SEEDS) positions[optionOrder(question(4), seed).indexOf(0)]! += 1;
    // Uniform: about 75 of 300 at each place.
    for (const count of positions) {
      expect(count).toBeGreaterThan(50);
      expect(count).toBeLessThan(100);
    }
  });

  it('keeps "Đúng" before "Sai", and a lone option where it is', () => {
    expect(optionOrder(question(2, 'true-false'), 'any')).toEqual([0, 1]);
    expect(optionOrder(question(1), 'any')).toEqual([0]);
  });

  it('prints one order per lesson and question: the same on every reprint, not the written one', () => {
    const q = question(5);
    expect(printedOrder('lop-4-5-thong-tin', q)).toEqual(printedOrder('lop-4-5-thong-tin', question(5)));
    expect(printedOrder('lop-4-5-thong-tin', q)).not.toEqual(written(5));
    for (let count = 2; count <= 6; count++) {
      for (const lesson of SEEDS.slice(0, 50)) expect(printedOrder(lesson, question(count)), `${lesson}, ${count} options`).not.toEqual(written(count));
    }
    expect(printedOrder('lop-4-5-thong-tin', question(2, 'true-false'))).toEqual([0, 1]);
  });

  it('lists a choice in the order it was shown', () => {
    expect(inShownOrder([0, 2, 3], [3, 1, 0, 2])).toEqual([3, 0, 2]);
    expect(inShownOrder([1, 0], [0, 1])).toEqual([0, 1]);
  });
});
