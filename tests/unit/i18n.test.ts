import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { FEATURE_NAMESPACES } from '../../src/app/screens';
import { CORE_NAMESPACE, setupI18n } from '../../src/i18n';
import { ADDRESS_CONTEXTS } from '../../src/i18n/address';

const NAMESPACES = [CORE_NAMESPACE, ...FEATURE_NAMESPACES];
type Resources = Record<string, Record<string, unknown>>;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));
}

/** A form-of-address variant (src/i18n/address.ts): t('x', addressed(band)) looks up x_ban / x_adult, then x. */
const ADDRESS_VARIANT = new RegExp(`_(${ADDRESS_CONTEXTS.join('|')})$`);

/** i18next plural keys: t('x', { count }) looks up x_one / x_other. */
function baseKey(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '').replace(ADDRESS_VARIANT, '');
}

/** Every namespace in both languages, loaded the way the app loads them (registered loaders, backend). */
async function loadEverything(): Promise<{ vi: Resources; en: Resources }> {
  const i18n: I18n = await setupI18n('vi');
  await i18n.loadLanguages('en');
  await i18n.loadNamespaces(NAMESPACES);
  const bundle = (language: string) => Object.fromEntries(NAMESPACES.map((ns) => [ns, i18n.getResourceBundle(language, ns) as Record<string, unknown>]));
  return { vi: bundle('vi'), en: bundle('en') };
}

describe('translations', () => {
  let vi: Resources;
  let en: Resources;

  beforeAll(async () => {
    ({ vi, en } = await loadEverything());
  });

  it('loads every namespace in both languages through the app’s own loaders', () => {
    for (const ns of NAMESPACES) {
      expect(keys(vi[ns]).length, `vi/${ns}`).toBeGreaterThan(5);
      expect(keys(en[ns]).length, `en/${ns}`).toBeGreaterThan(5);
    }
  });

  it('has every Vietnamese key in English and no extra English key (English has one "you": address variants only where its wording differs)', () => {
    const plain = (list: string[]) => list.filter((key) => !ADDRESS_VARIANT.test(key)).sort();
    for (const ns of NAMESPACES) {
      expect(plain(keys(en[ns])), ns).toEqual(plain(keys(vi[ns])));
      expect(keys(en[ns]).filter((key) => ADDRESS_VARIANT.test(key) && !keys(vi[ns]).includes(key)), ns).toEqual([]);
    }
  });

  it('says every Vietnamese string addressed to the reader in every form of address', () => {
    for (const ns of NAMESPACES) {
      const all = keys(vi[ns]);
      const addressed = [...new Set(all.filter((key) => ADDRESS_VARIANT.test(key)).map((key) => key.replace(ADDRESS_VARIANT, '')))];
      const missing = addressed.flatMap((key) => [key, ...ADDRESS_CONTEXTS.map((c) => `${key}_${c}`)].filter((variant) => !all.includes(variant)));
      expect(missing, ns).toEqual([]);
    }
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

  it('defines every key the source code asks for, in the namespace of the screen that asks', () => {
    const core = new Set(keys(vi[CORE_NAMESPACE]).map(baseKey));
    const root = path.resolve(__dirname, '../../src');
    const missing: string[] = [];
    let used = 0;
    for (const file of sourceFiles(root)) {
      const text = fs.readFileSync(file, 'utf8');
      // A feature module names its namespace (useTranslation('game'), with options or not, or
      // t: TFunction<'game'> when it is handed a t); core keys are everyone's fallback.
      const named = text.match(/useTranslation\(\s*'([a-zA-Z-]+)'\s*[,)]|TFunction<'([a-zA-Z-]+)'>/);
      const ns = named?.[1] ?? named?.[2];
      const own = ns ? new Set(keys(vi[ns] ?? {}).map(baseKey)) : new Set<string>();
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        used += 1;
        const key = match[1]!;
        if (!own.has(key) && !core.has(key)) missing.push(`${path.relative(root, file)}: ${ns ? `${ns}:` : ''}${key}`);
      }
    }
    expect(used).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('writes the hotline facts correctly in both languages', () => {
    const help = (resources: Resources) => resources[CORE_NAMESPACE]!.help as Record<string, string>;
    expect(help(vi).cardFree).toContain('24 giờ');
    expect(help(en).cardFree).toContain('24 hours');
    for (const number of ['113', '114', '115']) expect(help(vi).emergency).toContain(number);
  });
});

describe('switching language', () => {
  it('stays in the current language and says so when the new one cannot be loaded', async () => {
    const { changeLanguage, LanguageLoadError } = await import('../../src/i18n');
    const i18n = await setupI18n('vi');
    // A damaged cache: the English strings fail to load.
    i18n.services.backendConnector.backend = { read: (_lng: string, _ns: string, callback: (error: Error) => void) => callback(new Error('offline')) };
    await expect(changeLanguage(i18n, 'en')).rejects.toBeInstanceOf(LanguageLoadError);
    expect(i18n.language).toBe('vi');
  });
});
