/** The benchmark's generated pack is a valid pack: both languages, every link resolved, as the build needs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generatePack } from '../../../scripts/bench/pack';
import { loadContent } from '../../../scripts/content/load';
import { lessonPath } from '../../../src/content/lessonPath';

const FIXTURE = path.resolve('tests/fixtures/content/valid-pack');
const folders: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-bench-pack-test-'));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the generated lesson pack', () => {
  it('compiles without errors, in both languages, with its links pointing into the pack', () => {
    // 2 lessons × 2 languages in the fixture; 10 files = copies 0 and 1 of both, and copy 2 of one.
    const pack = generatePack(10, FIXTURE, path.join(tempDir(), 'pack'));
    expect(pack).toMatchObject({ lessons: 10, links: 10, droppedLinks: 0, skipped: [] });

    const { lessons, diagnostics } = loadContent({ root: pack.root, curriculum: false });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(lessons).toHaveLength(10);
    const ids = [...new Set(lessons.map((l) => l.lesson.id))];
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(lessons.filter((l) => l.lesson.id === id).map((l) => l.lesson.locale).sort()).toEqual(['en', 'vi']);

    // A copy links to the same copy of the other lesson, or to copy 0 when that copy was not made.
    const third = ids.find((id) => id.endsWith('-g2'))!;
    const other = ['fixture-hotline', 'fixture-personal-data'].find((id) => !third.startsWith(id))!;
    // The compiled lesson, where a link between lessons is its route.
    const body = (id: string) => JSON.stringify(lessons.find((l) => l.lesson.id === id && l.lesson.locale === 'vi')?.lesson) ?? '';
    expect(body(third.replace('-g2', '-g1'))).toContain(lessonPath(`${other}-g1`));
    expect(body(third)).toContain(lessonPath(`${other}-g0`));
    // No two lessons of a language share a title: copies after the first are numbered.
    for (const locale of ['vi', 'en']) {
      const titles = lessons.filter((l) => l.lesson.locale === locale).map((l) => l.lesson.title);
      expect(new Set(titles).size, titles.join(' | ')).toBe(5);
    }
    expect(lessons.find((l) => l.lesson.id === third && l.lesson.locale === 'vi')?.lesson.title).toMatch(/ \(3\)$/);
    // Every fixture lesson has a quiz: each copy can be seeded with stored attempts.
    expect(pack.quizzes.map((q) => q.id)).toEqual(pack.ids);
  });

  it('leaves out a lesson with errors, and a link to it becomes plain text', () => {
    const source = path.join(tempDir(), 'source');
    fs.cpSync(FIXTURE, source, { recursive: true });
    const broken = path.join(source, 'lop-4-5/personal-data/thong-tin-ca-nhan.en.md');
    fs.appendFileSync(broken, '\nSee [a lesson that is not there](../nowhere/missing.en.md).\n');

    // Copies 0 and 1 of the hotline lesson, whose link (vi and en) went to the lesson left out.
    const pack = generatePack(4, source, path.join(tempDir(), 'pack'));
    expect(pack.skipped).toEqual(['fixture-personal-data']);
    expect(pack.droppedLinks).toBe(4);
    const { lessons, diagnostics } = loadContent({ root: pack.root, curriculum: false });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(lessons.map((l) => l.lesson.id).sort()).toEqual(['fixture-hotline-g0', 'fixture-hotline-g0', 'fixture-hotline-g1', 'fixture-hotline-g1']);
  });
});
