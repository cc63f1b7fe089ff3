/**
 * More than a thousand generated malformed or hostile files (hostileInputs.ts, seed SEED): each is
 * rejected by parseTransferFile with the expected code, never reaches applyImport, and leaves every
 * table exactly as it was.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport } from '../../../src/db/transfer';
import { parseTransferFile, TRANSFER_ERROR_CODES, type ParseResult } from '../../../src/domain/parseProgressFile';
import { freshDatabase } from '../../test-utils';
import { hostileCases, releaseLargeInputs, SEED } from './hostileInputs';
import { NOW, parseValid, seedTwoLearners, snapshot, validFileData, type Snapshot } from './fixtures';

const cases = hostileCases();
const categories = [...new Set(cases.map((c) => c.category))];

/** What the import screen does with a file: check it, and only a valid file goes on to be written. */
let applyCalls = 0;
async function attemptImport(input: string | Uint8Array | ArrayBuffer): Promise<ParseResult> {
  const parsed = parseTransferFile(input, { now: NOW });
  if (parsed.ok) {
    applyCalls += 1;
    await applyImport(parsed.file, {});
  }
  return parsed;
}

describe(`hostile progress files (seed ${SEED})`, () => {
  let before: Snapshot;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    freshDatabase();
    await seedTwoLearners();
    before = await snapshot();
  });

  afterAll(() => {
    releaseLargeInputs();
  });

  it('starts from a file that is valid, so each case is rejected for what it changed', () => {
    expect(() => parseValid(JSON.stringify(validFileData()))).not.toThrow();
    expect(cases.length).toBeGreaterThanOrEqual(1_000);
    expect(new Set(cases.map((c) => c.expected))).toEqual(new Set(TRANSFER_ERROR_CODES));
  });

  describe.each(categories)('%s', (category) => {
    const inCategory = cases.filter((c) => c.category === category);

    it(`rejects all ${inCategory.length} with the expected code, and no table changes`, async () => {
      const wrong: string[] = [];
      for (const [index, hostile] of inCategory.entries()) {
        const result = await attemptImport(hostile.input());
        if (result.ok || result.reason !== hostile.expected) {
          wrong.push(`#${index} ${hostile.label}: expected ${hostile.expected}, got ${result.ok ? 'ok' : `${result.reason} (${result.detail ?? ''})`}`);
        }
        if (!isDeepStrictEqual(await snapshot(), before)) wrong.push(`#${index} ${hostile.label}: the database changed`);
      }
      expect(wrong).toEqual([]);
      expect(applyCalls).toBe(0);
    }, 60_000); // each case also snapshots every table: seconds, many more on a busy two-core machine
  });

  it('leaves Object.prototype and Array.prototype as they were', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
