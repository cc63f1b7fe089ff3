import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gameEn, gameVi } from '../../src/features/game/strings';
import { presenterEn, presenterVi } from '../../src/features/presenter/strings';
import { reportEn, reportVi } from '../../src/features/report/strings';
import coreEn from '../../src/i18n/locales/en';
import coreVi from '../../src/i18n/locales/vi';

// Core strings plus the strings lazy screens bring with them (src/i18n/featureStrings.ts).
const vi = { ...coreVi, presenter: presenterVi, game: gameVi, report: reportVi };
const en = { ...coreEn, presenter: presenterEn, game: gameEn, report: reportEn };

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));
}

/** i18next plural keys: t('x', { count }) looks up x_one / x_other. */
function baseKey(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

describe('translations', () => {
  it('has every Vietnamese key in English and no extra English key', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('has no empty string in either language', () => {
    for (const resources of [vi, en]) {
      const empty = keys(resources).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('defines every key the source code asks for', () => {
    const known = new Set(keys(vi).map(baseKey));
    const used = sourceFiles(path.resolve(__dirname, '../../src')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('writes the hotline facts correctly in both languages', () => {
    expect(vi.help.cardFree).toContain('24 giờ');
    expect(en.help.cardFree).toContain('24 hours');
    expect(vi.help.emergency).toContain('113');
    expect(vi.help.emergency).toContain('114');
    expect(vi.help.emergency).toContain('115');
  });
});
