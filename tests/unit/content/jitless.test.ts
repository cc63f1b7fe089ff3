/**
 * The app's schemas parse without compiling code: under the Content-Security-Policy (script-src 'self',
 * no 'unsafe-eval') a `new Function` throws, and even zod's probe for it is reported as a violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validFileData, NOW } from '../transfer/fixtures';

describe('zod in the app', () => {
  const RealFunction = globalThis.Function;
  afterEach(() => {
    globalThis.Function = RealFunction;
  });

  it('builds and runs the progress-file schemas without the Function constructor', async () => {
    const calls: unknown[][] = [];
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args: unknown[]) {
        calls.push(args);
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args: unknown[]) {
        calls.push(args);
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    // A fresh copy of the modules, so their schemas are built while the spy is in place.
    vi.resetModules();
    const { parseTransferFile } = await import('../../../src/domain/parseProgressFile');
    const result = parseTransferFile(JSON.stringify(validFileData()), { now: NOW });

    expect(result.ok).toBe(true);
    expect(calls).toEqual([]);
  });

  it('is imported through src/domain/zod.ts everywhere in the app, so the setting always applies', () => {
    const src = path.resolve(__dirname, '../../../src');
    const files = (fs.readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    const importers = files.filter((f) => /from ['"]zod(\/[^'"]*)?['"]/.test(fs.readFileSync(path.join(src, f), 'utf8')));
    expect(importers).toEqual([path.join('domain', 'zod.ts')]);
  });
});
