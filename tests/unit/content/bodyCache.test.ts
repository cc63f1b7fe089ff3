/**
 * The cache of parsed bodies (scripts/content/bodyCache.ts) must never change a result: the same lessons
 * and the same file:line:col diagnostics as a run without it, and a body parsed anew as soon as anything
 * it depends on changes — its text, a lesson it links to, a picture, any module of the compiler however
 * deep, Node and ICU.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyCache, compilerFingerprint, compilerModules, type Runtime } from '../../../scripts/content/bodyCache';
import { DiagnosticList } from '../../../scripts/content/diagnostics';
import { loadContent, type LoadResult } from '../../../scripts/content/load';
import type { BodyOptions } from '../../../scripts/content/markdown';
import { frontMatter, pupilBody, quiz, writePack } from './pack';

const FIXTURES = path.resolve(__dirname, '../../fixtures/content');
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** What a run produced, without the cache's own counters. */
const outcome = ({ lessons, diagnostics }: LoadResult) => ({ lessons: lessons.map((l) => ({ lesson: l.lesson, assets: l.assets, parsed: { ...l.parsed, lineOf: undefined } })), diagnostics });

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

/** Two lessons: the first links to the second and shows a picture, and has a mistake in its body. */
function linkedPack(): string {
  const root = writePack({
    'lop-4-5/personal-data/a.vi.md': `${frontMatter({ id: 'bai-a' })}\n## Sai cấp tiêu đề\n\n[Bài B](./b.vi.md) ![Một hình](images/h.svg)\n${pupilBody()}${quiz()}`,
    'lop-4-5/personal-data/b.vi.md': `${frontMatter({ id: 'bai-b', order: '2' })}${pupilBody()}${quiz()}`,
    'lop-4-5/personal-data/images/h.svg': SVG,
  });
  dirs.push(root);
  return root;
}

describe('the cache of parsed bodies', () => {
  it('gives the same lessons and diagnostics as parsing, from the first run to the next', () => {
    const cacheDir = tempDir('body-cache-');
    for (const pack of ['valid-pack', 'unsafe-svg-pack', 'placeholder-pack']) {
      const root = path.join(FIXTURES, pack);
      const plain = loadContent({ root });
      const first = loadContent({ root, cacheDir });
      const second = loadContent({ root, cacheDir });
      expect(first.cache?.hits, pack).toBe(0);
      expect(second.cache?.misses, pack).toBe(0);
      expect(outcome(first), pack).toEqual(outcome(plain));
      expect(outcome(second), pack).toEqual(outcome(plain));
      // Lines of parts and blocks, which later checks report at, come back too.
      const lines = (r: LoadResult) => r.lessons.flatMap((l) => l.lesson.sections.flatMap((s) => s.blocks.map((b) => l.parsed.lineOf.get(b))));
      expect(lines(second), pack).toEqual(lines(plain));
    }
  });

  it('reports a mistake in an unchanged body at the same file:line:col', () => {
    const root = linkedPack();
    const cacheDir = tempDir('body-cache-');
    loadContent({ root, cacheDir });
    const again = loadContent({ root, cacheDir });
    expect(again.cache).toEqual({ hits: 2, misses: 0 });
    const file = 'lop-4-5/personal-data/a.vi.md';
    const line = fs.readFileSync(path.join(root, file), 'utf8').split('\n').indexOf('## Sai cấp tiêu đề') + 1;
    expect(line).toBeGreaterThan(1);
    expect(again.diagnostics.map((d) => `${path.relative(root, d.file)}:${d.line}:${d.column}: ${d.message}`)).toContain(
      `${file}:${line}:1: "##" headings are reserved for the app`,
    );
  });

  it('parses a body again when its text, a lesson it links to or its picture changes', () => {
    const root = linkedPack();
    const cacheDir = tempDir('body-cache-');
    const a = path.join(root, 'lop-4-5/personal-data/a.vi.md');
    const b = path.join(root, 'lop-4-5/personal-data/b.vi.md');
    const href = (r: LoadResult) => JSON.stringify(r.lessons.find((l) => l.lesson.id === 'bai-a')!.lesson.sections);
    loadContent({ root, cacheDir });

    // The linked lesson's id changes: the link's URL changes with it, though a.vi.md did not (b.vi.md's
    // body did not change either: only its front matter).
    fs.writeFileSync(b, fs.readFileSync(b, 'utf8').replace('id: bai-b', 'id: bai-b-moi'));
    const renamed = loadContent({ root, cacheDir });
    expect(href(renamed)).toContain('/lesson/bai-b-moi');
    expect(renamed.cache).toEqual({ hits: 1, misses: 1 });

    // The picture is removed: the body now reports it missing.
    fs.rmSync(path.join(root, 'lop-4-5/personal-data/images/h.svg'));
    const noPicture = loadContent({ root, cacheDir });
    expect(noPicture.diagnostics.map((d) => d.message)).toContain('picture "images/h.svg" not found');

    // The body's own text.
    fs.writeFileSync(a, fs.readFileSync(a, 'utf8').replace('## Sai cấp tiêu đề', '### Đúng cấp'));
    const edited = loadContent({ root, cacheDir });
    expect(edited.diagnostics.map((d) => d.message)).not.toContain('"##" headings are reserved for the app');
    expect(edited).toMatchObject({ cache: { misses: 1 } });
  });

  it('parses again over a damaged entry', () => {
    const root = linkedPack();
    const cacheDir = tempDir('body-cache-');
    const plain = loadContent({ root });
    loadContent({ root, cacheDir });
    for (const name of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, name), '{"format":1,"key":');
    const damaged = loadContent({ root, cacheDir });
    expect(damaged.cache).toEqual({ hits: 0, misses: 2 });
    expect(outcome(damaged)).toEqual(outcome(plain));
  });

  describe('the compiler\'s code in its key', () => {
    /** A compiler of three modules: the entry imports a helper, which imports a rule from another folder. */
    function compiler(): { entry: string; rule: string } {
      const dir = tempDir('compiler-');
      const write = (relative: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
        fs.writeFileSync(path.join(dir, relative), text);
      };
      write('parse/entry.ts', "import { helper } from './helper.ts';\nimport type { Unused } from 'some-package';\nexport const parse = helper;\n");
      write('parse/helper.ts', "export {\n  rule as helper,\n} from '../shared/rule';\n");
      write('shared/rule.ts', 'export const rule = 1;\n');
      return { entry: path.join(dir, 'parse/entry.ts'), rule: path.join(dir, 'shared/rule.ts') };
    }
    const runtime: Runtime = { node: '20.19.0', icu: '77.1', unicode: '16.0' };
    const options: BodyOptions = { lessonAt: () => 'missing', pictureStatus: () => 'missing', pictureIsSafe: () => false };
    const parseWith = (cacheDir: string, fingerprint: string) => {
      const cache = new BodyCache(cacheDir, fingerprint);
      cache.parse('Một đoạn văn.\n', '/pack/a.vi.md', new DiagnosticList('/pack/a.vi.md'), options);
      return { hits: cache.hits, misses: cache.misses };
    };

    it('follows the imports of every module to any depth, in any folder', () => {
      const { entry } = compiler();
      expect(compilerModules(entry).map((file) => path.relative(path.dirname(path.dirname(entry)), file))).toEqual(['parse/entry.ts', 'parse/helper.ts', 'shared/rule.ts']);
      // The real compiler: the markdown parser, a module it imports (flow.ts), a shared vocabulary in
      // src/content that one of them imports, and the SVG reader behind the pictures' sizes.
      const real = compilerModules().map((file) => path.relative(path.resolve(__dirname, '../../..'), file));
      expect(real).toEqual(expect.arrayContaining(['scripts/content/markdown.ts', 'scripts/content/flow.ts', 'src/content/vocabulary.ts', 'scripts/content/svg.ts']));
    });

    it('parses a body again when a module two imports away changes', () => {
      const { entry, rule } = compiler();
      const cacheDir = tempDir('body-cache-');
      const before = compilerFingerprint({ entry, runtime });
      expect(parseWith(cacheDir, before)).toEqual({ hits: 0, misses: 1 });
      expect(parseWith(cacheDir, compilerFingerprint({ entry, runtime }))).toEqual({ hits: 1, misses: 0 });
      fs.writeFileSync(rule, 'export const rule = 2;\n');
      const after = compilerFingerprint({ entry, runtime });
      expect(after).not.toBe(before);
      expect(parseWith(cacheDir, after)).toEqual({ hits: 0, misses: 1 });
    });

    it('parses a body again under another Node or ICU (Unicode tables change what normalize() and \\p{…} do)', () => {
      const { entry } = compiler();
      const cacheDir = tempDir('body-cache-');
      parseWith(cacheDir, compilerFingerprint({ entry, runtime }));
      expect(parseWith(cacheDir, compilerFingerprint({ entry, runtime: { ...runtime, node: '22.12.0' } }))).toEqual({ hits: 0, misses: 1 });
      expect(parseWith(cacheDir, compilerFingerprint({ entry, runtime: { ...runtime, icu: '76.1' } }))).toEqual({ hits: 0, misses: 1 });
    });
  });

  it('hands back frozen bodies, with the cache or without it', () => {
    const root = linkedPack();
    const cacheDir = tempDir('body-cache-');
    const frozen = (result: LoadResult) =>
      result.lessons.map(({ parsed }) => [parsed, parsed.sections, parsed.sections[0]!, parsed.sections[0]!.blocks[0]!, parsed.quiz, parsed.quiz[0]!, parsed.assets].every((part) => Object.isFrozen(part)));
    expect(frozen(loadContent({ root }))).toEqual([true, true]);
    expect(frozen(loadContent({ root, cacheDir }))).toEqual([true, true]);
    expect(frozen(loadContent({ root, cacheDir }))).toEqual([true, true]);
  });

  it('leaves no partial entry behind: not when a write fails, nor one of a run stopped mid-write', () => {
    const root = linkedPack();
    const cacheDir = tempDir('body-cache-');
    const partials = () => fs.readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'));
    // An entry that cannot be written: its name is taken by a folder, so the rename fails.
    const a = path.join(root, 'lop-4-5/personal-data/a.vi.md');
    fs.mkdirSync(path.join(cacheDir, `${createHash('sha1').update(a).digest('hex')}.json`));
    expect(loadContent({ root, cacheDir }).cache).toEqual({ hits: 0, misses: 2 });
    expect(partials()).toEqual([]);

    // Partial entries of other runs: one stopped an hour ago goes, one being written now stays.
    const old = path.join(cacheDir, 'stopped.json.4242.tmp');
    const writing = path.join(cacheDir, 'writing.json.4343.tmp');
    for (const file of [old, writing]) fs.writeFileSync(file, '{"format":');
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    fs.utimesSync(old, anHourAgo, anHourAgo);
    loadContent({ root, cacheDir });
    expect(partials()).toEqual(['writing.json.4343.tmp']);
  });
});
