/**
 * Chooses where one block's pieces break into slides. Greedy filling leaves a lonely last line on its
 * own slide; instead, like line breaking in typesetting, every way of breaking is scored and the
 * cheapest wins: few slides, evenly filled, rarely overfull, and a list or paragraph cut in two only
 * when that helps. A heading always starts a slide.
 */
import type { Piece } from './pieces';

/** How much worse a unit of overflow is than a unit of empty room: a full slide beats a crammed one. */
const OVERFLOW_FACTOR = 1000;
/** Cost of cutting a list or paragraph across two slides, as a share of the budget (squared). */
const SPLIT_SHARE = 0.4;

export function paginate(pieces: readonly Piece[], budget: number): Piece[][] {
  const count = pieces.length;
  if (count === 0) return [];
  // best[i]: the cheapest way to lay out pieces[i..]; breakAfter[i]: where its first slide ends.
  const best = new Array<number>(count + 1).fill(Infinity);
  const breakAfter = new Array<number>(count).fill(count - 1);
  best[count] = 0;
  for (let first = count - 1; first >= 0; first -= 1) {
    let weight = 0;
    for (let last = first; last < count; last += 1) {
      const piece = pieces[last]!;
      if (last > first && piece.heading) break;
      weight += piece.weight;
      const next = pieces[last + 1];
      // A heading alone would be a slide with nothing under it.
      if (piece.heading && last === first && next && !next.heading && last + 1 < count) continue;
      const cost = pageCost(weight, budget, last - first + 1) + (next && sameContainer(piece, next) ? (budget * SPLIT_SHARE) ** 2 : 0) + best[last + 1]!;
      if (cost < best[first]!) {
        best[first] = cost;
        breakAfter[first] = last;
      }
      if (weight > budget * 2) break;
    }
  }
  const pages: Piece[][] = [];
  for (let first = 0; first < count; first = breakAfter[first]! + 1) pages.push(pieces.slice(first, breakAfter[first]! + 1));
  return pages;
}

function pageCost(weight: number, budget: number, pieceCount: number): number {
  if (weight <= budget) return (budget - weight) ** 2;
  // A single piece too big for any slide costs nothing more where it is: the slide shrinks it to fit.
  if (pieceCount === 1) return 0;
  return OVERFLOW_FACTOR * (weight - budget) ** 2;
}

function sameContainer(a: Piece, b: Piece): boolean {
  return a.container !== undefined && a.container === b.container;
}
