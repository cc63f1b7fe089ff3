/**
 * The teacher's side of results as QR codes (src/features/report/scanCodes.ts): texts read one after
 * another by the camera become the progress file they stand for — parts in any order, "have/total"
 * along the way, a set already kept counted once — and a code cut short, another app's code or a
 * hand-made code with a wrong score is refused without disturbing what was being collected.
 */
import { describe, expect, it } from 'vitest';
import * as codes from '../../../src/domain/resultCodes';
import { parseTransferFile } from '../../../src/domain/parseProgressFile';
import type { ExportedLearner } from '../../../src/domain/progressFile';
import { CodeCollector, type ScanOutcome } from '../../../src/features/report/scanCodes';
import { seededRandom } from '../../seededRandom';
import { NOW, validFileData } from '../transfer/fixtures';

const collector = (kept: readonly string[] = []) => new CodeCollector(codes, parseTransferFile, (set) => kept.includes(set));

/** Enough learners (long nicknames, copies of the fixture's) for a sequence of several codes. */
function manyLearners(): ExportedLearner[] {
  return validFileData().learners.flatMap((l, i) =>
    Array.from({ length: 15 }, (_, k) => ({
      ...l,
      id: `${l.id}-${i}-${k}`,
      nickname: `${l.nickname} ${'x'.repeat(30)}`,
      attempts: l.attempts.map((a) => ({ ...a, id: `${a.id}-${i}-${k}`, answers: a.answers.map((n) => ({ ...n, id: `${n.id}-${i}-${k}` })) })),
    })),
  );
}

const encode = (learners: readonly ExportedLearner[]) => codes.encodeResults(learners.map((l) => codes.resultsOf(l, NOW)), NOW, '0.1.0');

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rand.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const summary = (outcome: ScanOutcome | undefined) =>
  outcome === undefined ? 'same' : outcome.kind === 'part' ? `${outcome.have}/${outcome.total}` : outcome.kind === 'refused' ? `refused ${outcome.reason}` : outcome.kind;

describe('collecting scanned result codes', () => {
  it('assembles a sequence read in any order, counting "have/total", into the progress file a file export would give', () => {
    const learners = manyLearners();
    const texts = encode(learners);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const seed of [1, 2, 3]) {
      const reader = collector();
      const order = shuffled(texts, seed);
      const outcomes = order.map((text, i) => reader.add(text, NOW + i));
      expect(outcomes.slice(0, -1).map(summary)).toEqual(order.slice(0, -1).map((_, i) => `${i + 1}/${texts.length}`));
      const last = outcomes.at(-1);
      if (last?.kind !== 'complete') throw new Error(`not complete: ${summary(last)}`);
      expect(last.file.learners.map((l) => l.id)).toEqual(learners.map((l) => l.id));
      // What is stored is the JSON the same parser reads again.
      const again = parseTransferFile(last.text, { now: NOW });
      expect(again.ok && again.file.learners).toEqual(last.file.learners);
    }
  });

  it('ignores the code still in view, and counts a set once: scanned again, or already kept on this device', () => {
    const [text] = encode(validFileData().learners);
    const reader = collector();
    expect(summary(reader.add(text!))).toBe('complete');
    expect(summary(reader.add(text!))).toBe('same');
    const [other] = encode([validFileData().learners[0]!]);
    expect(summary(reader.add(other!))).toBe('complete');
    expect(summary(reader.add(text!))).toBe('again');
    // The teacher cleared the kept sets: the same code counts anew.
    reader.forget();
    expect(summary(reader.add(text!))).toBe('complete');

    const set = codes.readCode(text!).set;
    expect(summary(collector([set]).add(text!))).toBe('again');
  });

  it('refuses a code cut short, another app’s code and a hand-made score, leaving a sequence in progress as it was', () => {
    const texts = encode(manyLearners());
    const [single] = encode(validFileData().learners);
    const forged = encode(
      validFileData().learners.map((l) => ({ ...l, attempts: l.attempts.map((a) => (a.finishedAt === undefined ? a : { ...a, correctCount: a.questionCount, scorePercent: 100 })) })),
    );
    const reader = collector();
    expect(summary(reader.add(texts[0]!))).toBe(`1/${texts.length}`);
    expect(summary(reader.add(single!.slice(0, -3)))).toBe('refused damaged');
    expect(summary(reader.add('https://example.com/'))).toBe('refused foreign');
    expect(summary(reader.add('WIFI:S:school;T:WPA;P:secret;;'))).toBe('refused foreign');
    expect(summary(reader.add(single!.replace('MAT1:', 'MAT2:')))).toBe('refused future-version');
    expect(forged.length).toBe(1);
    expect(summary(reader.add(forged[0]!))).toBe('refused score-mismatch');
    // The forged set was not kept: scanned again (after another code), it is refused again.
    expect(summary(reader.add('https://example.com/'))).toBe('refused foreign');
    expect(summary(reader.add(forged[0]!))).toBe('refused score-mismatch');
    // The sequence goes on where it was.
    const outcomes = texts.slice(1).map((text) => summary(reader.add(text)));
    expect(outcomes.at(-1)).toBe('complete');
    expect(outcomes.slice(0, -1)).toEqual(texts.slice(1, -1).map((_, i) => `${i + 2}/${texts.length}`));
  });

  it('refuses a part put in the place of another set’s part once the set is complete, and forgets that set', () => {
    const texts = encode(manyLearners());
    const reader = collector();
    for (const text of texts.slice(0, -1)) reader.add(text);
    // The last part of the set, with one character changed in its data: its own checksum fails.
    const last = texts.at(-1)!;
    const position = last.length - 5;
    const broken = `${last.slice(0, position)}${last[position] === '0' ? '1' : '0'}${last.slice(position + 1)}`;
    expect(summary(reader.add(broken))).toBe('refused damaged');
    expect(summary(reader.add(last))).toBe('complete');
  });
});
