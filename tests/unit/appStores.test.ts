import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_STORES } from '../appStores';

/** Every `export const useX = create…` under src/, by name. */
function storesInSource(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return storesInSource(file);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return [...fs.readFileSync(file, 'utf8').matchAll(/export const (use\w+) = create\b/g)].map((match) => match[1]!);
  });
}

describe('the stores reset between test files', () => {
  it('are every zustand store of the app', () => {
    expect(Object.keys(APP_STORES).sort()).toEqual(storesInSource(path.resolve('src')).sort());
  });
});
