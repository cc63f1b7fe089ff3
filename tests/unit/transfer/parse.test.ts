import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSFER_LIMITS } from '../../../src/domain/progressFile';
import { jsonErrorPosition, parseTransferFile } from '../../../src/domain/parseProgressFile';
import { MINUTE, NOW, validFileData } from './fixtures';

const valid = JSON.stringify(validFileData());

describe('parseTransferFile', () => {
  it('reads a valid file from a string, bytes, an ArrayBuffer, and with a byte-order mark', () => {
    const bytes = new TextEncoder().encode(valid);
    for (const input of [valid, `\uFEFF${valid}`, bytes, bytes.buffer, Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])]) {
      const result = parseTransferFile(input, { now: NOW });
      expect(result.ok && result.file.learners.map((learner) => learner.id)).toEqual(['learner-lan', 'learner-minh']);
    }
  });

  it('trims nicknames and class labels', () => {
    const data = validFileData();
    const [lan] = data.learners;
    if (!lan) throw new Error('fixture has learners');
    lan.nickname = '  Lan ';
    lan.classLabel = ' 6A ';
    const result = parseTransferFile(JSON.stringify(data), { now: NOW });
    expect(result.ok && [result.file.learners[0]?.nickname, result.file.learners[0]?.classLabel]).toEqual(['Lan', '6A']);
  });

  it('says where a damaged file stops being JSON, with no English browser message', () => {
    const broken = '{\n  "format": "mang-an-toan/progress",\n  "formatVersion": 1\n  "kind": "learners"\n}';
    const result = parseTransferFile(broken, { now: NOW });
    expect(result).toEqual({ ok: false, reason: 'not-json', at: { line: 4, column: 3 } });
    // A file cut off by an interrupted copy: the place is its end.
    expect(parseTransferFile('{\n  "format": "mang', { now: NOW })).toEqual({ ok: false, reason: 'not-json', at: { line: 2, column: 18 } });
  });

  it('reads the place from each browser engine\'s message', () => {
    const text = 'ab\ncdef\ng';
    expect(jsonErrorPosition(text, "Unexpected token } in JSON at position 5")).toEqual({ line: 2, column: 3 });
    expect(jsonErrorPosition(text, "JSON.parse: expected ',' or '}' after property value in object at line 3 column 1 of the JSON data")).toEqual({ line: 3, column: 1 });
    expect(jsonErrorPosition(text, "JSON Parse error: Expected '}'")).toBeUndefined();
  });

  it('accepts exactly 20 MB and refuses one byte more, before decoding', () => {
    const padded = new Uint8Array(TRANSFER_LIMITS.maxFileBytes + 1).fill(0x20);
    padded.set(new TextEncoder().encode(valid));
    expect(parseTransferFile(padded.subarray(0, TRANSFER_LIMITS.maxFileBytes), { now: NOW }).ok).toBe(true);
    expect(parseTransferFile(padded, { now: NOW })).toEqual({ ok: false, reason: 'too-large', detail: expect.stringContaining(String(TRANSFER_LIMITS.maxFileBytes + 1)) });
  });

  it('accepts files from computers whose clocks are far off, but not nonsense times', () => {
    const data = validFileData();
    const [lan] = data.learners;
    if (!lan) throw new Error('fixture has learners');
    // A school PC with a flat BIOS battery: its clock says 2003.
    lan.createdAt = Date.UTC(2003, 0, 1);
    lan.updatedAt = NOW + 2 * 365 * 24 * 60 * MINUTE;
    expect(parseTransferFile(JSON.stringify(data), { now: NOW }).ok).toBe(true);
    lan.updatedAt = NOW + TRANSFER_LIMITS.clockSkew + 60 * MINUTE;
    expect(parseTransferFile(JSON.stringify(data), { now: NOW })).toMatchObject({ ok: false, reason: 'invalid', detail: 'learners.0.updatedAt: is in the future' });
    lan.updatedAt = Date.UTC(1999, 11, 31);
    expect(parseTransferFile(JSON.stringify(data), { now: NOW })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('names the first problem with its path', () => {
    const data = validFileData();
    data.learners[1]!.attempts[0]!.answers[1]!.selected = [0, 0];
    expect(parseTransferFile(JSON.stringify(data), { now: NOW })).toEqual({ ok: false, reason: 'invalid', detail: 'learners.1.attempts.0.answers.1.selected: must not repeat an option' });
  });

  it('keeps the detail short even when the problem is a huge unknown key', () => {
    const text = valid.replace('"kind":', `"${'k'.repeat(100_000)}":1,"kind":`);
    const result = parseTransferFile(text, { now: NOW });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.detail!.length).toBeLessThanOrEqual(200);
  });

  it('tells a file from a newer app apart from a damaged one', () => {
    expect(parseTransferFile(valid.replace('"formatVersion":1', '"formatVersion":2'), { now: NOW })).toMatchObject({ ok: false, reason: 'future-version' });
    expect(parseTransferFile(valid.replace('"formatVersion":1', '"formatVersion":0'), { now: NOW })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a lesson named "constructor" even when the file is otherwise consistent', () => {
    // zod alone would accept this file: the key walk is what stops it.
    const text = valid.replaceAll('lop-6-9-hotline-111', 'constructor');
    expect(parseTransferFile(text, { now: NOW })).toEqual({ ok: false, reason: 'invalid', detail: '(file).lessons: forbidden key "constructor"' });
  });

  it('refuses "__proto__" in the lessons, which zod would silently drop', () => {
    const text = valid.replace('"lessons":{', '"lessons":{"__proto__":{"polluted":true},');
    expect(parseTransferFile(text, { now: NOW })).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringContaining('__proto__') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads the example in docs/export-format.md', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../../docs/export-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = parseTransferFile(example, { now: Date.UTC(2026, 10, 23, 12) });
    expect(result).toMatchObject({ ok: true, file: { kind: 'learners', learners: [{ nickname: 'Lan' }] } });
  });

  it('rejects rather than throws when handed something that is not a file at all', () => {
    for (const input of [null, undefined, 42, {}, new Uint16Array([0xffff])] as unknown as string[]) {
      expect(() => parseTransferFile(input)).not.toThrow();
      expect(parseTransferFile(input).ok).toBe(false);
    }
  });
});
