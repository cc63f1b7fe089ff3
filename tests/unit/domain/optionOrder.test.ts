/**
 * The order options are shown in (src/domain/quiz.ts): a permutation of the written indexes, never the
 * written order itself, the same for the same seed, spread over every position, true-false untouched.
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
  it('is a permutation of the written indexes and never the written order, for 2 to 20 options', () => {
    for (const type of ['single', 'multiple', 'scenario'] as const) {
      for (let count = 2; count <= 20; count++) {
        for (const seed of SEEDS.slice(0, 20)) {
          const order = optionOrder(question(count, type), seed);
          expect([...order].sort((a, b) => a - b)).toEqual(written(count));
          expect(order, `${type}, ${count} options, seed ${seed}`).not.toEqual(written(count));
        }
      }
    }
  });

  it('is the same for the same seed and question, and differs between seeds and between questions', () => {
    const q = question(4);
    expect(optionOrder(q, 'abc')).toEqual(optionOrder(question(4), 'abc'));
    expect(new Set(SEEDS.map((seed) => optionOrder(q, seed).join())).size).toBeGreaterThan(20);
    const other = question(4, 'single', 'q2');
    expect(SEEDS.some((seed) => optionOrder(q, seed).join() !== optionOrder(other, seed).join())).toBe(true);
  });

  it('puts the option written first at every position, none much more often than another', () => {
    const positions = [0, 0, 0, 0];
    for (const seed of SEEDS) positions[optionOrder(question(4), seed).indexOf(0)]! += 1;
    // Every order but the written one equally likely: 5 of 23 orders show it first, 6 each other place —
    // about 65 and 78 of 300.
    expect(positions[0]).toBeGreaterThan(45);
    for (const count of positions.slice(1)) expect(count).toBeGreaterThan(55);
    for (const count of positions) expect(count).toBeLessThan(100);
  });

  it('keeps "Đúng" before "Sai", and a lone option where it is', () => {
    expect(optionOrder(question(2, 'true-false'), 'any')).toEqual([0, 1]);
    expect(optionOrder(question(1), 'any')).toEqual([0]);
  });

  it('prints one order per lesson and question: the same on every reprint, not the written one', () => {
    const q = question(5);
    expect(printedOrder('lop-4-5-thong-tin', q)).toEqual(printedOrder('lop-4-5-thong-tin', question(5)));
    expect(printedOrder('lop-4-5-thong-tin', q)).not.toEqual(written(5));
    expect(printedOrder('lop-4-5-thong-tin', question(2, 'true-false'))).toEqual([0, 1]);
  });

  it('lists a choice in the order it was shown', () => {
    expect(inShownOrder([0, 2, 3], [3, 1, 0, 2])).toEqual([3, 0, 2]);
    expect(inShownOrder([1, 0], [0, 1])).toEqual([0, 1]);
  });
});
