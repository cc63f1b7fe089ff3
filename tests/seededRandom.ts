/** A seeded random source for generated test data: the same seed gives the same cases on every run. */
import { mulberry32 } from '../src/domain/random';

/** The domain's mulberry32, with the helpers generated test data needs. */
export function seededRandom(seed: number) {
  const next = mulberry32(seed);
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
