/**
 * The date beside the version in Cài đặt: the day the newest of the app's inputs changed, so building
 * an unchanged app again (npm start does, every morning) gives the same app and offers no update.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDate } from '../../../scripts/buildDate';

const DAY = 24 * 60 * 60 * 1000;

/** A project with a source file, a lesson and a school file, every one (and each folder) dated `when`. */
function project(when: number) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-build-date-'));
  const files = ['src/main.tsx', 'public/boot.js', 'index.html', 'package.json', 'package-lock.json', 'content/lop-1-3/a/bai.vi.md', 'school.yaml'];
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), file);
  }
  const stamp = (target: string) => {
    fs.utimesSync(target, new Date(when), new Date(when));
    if (fs.statSync(target).isDirectory()) for (const name of fs.readdirSync(target)) stamp(path.join(target, name));
  };
  for (const name of fs.readdirSync(root)) stamp(path.join(root, name));
  const inputs = { projectRoot: root, contentRoot: path.join(root, 'content'), schoolFile: path.join(root, 'school.yaml') };
  return { root, inputs };
}

const march = Date.UTC(2026, 2, 2, 10);

describe('the build date', () => {
  it('is the day the newest input changed, not today, and stays so on the days after', () => {
    const { inputs } = project(march);
    expect(buildDate(inputs, {})).toBe('2026-03-02');
    expect(buildDate(inputs, {})).toBe('2026-03-02');
  });

  it('moves when a lesson, the school file or the source changes, or a lesson is removed', () => {
    for (const file of ['content/lop-1-3/a/bai.vi.md', 'school.yaml', 'src/main.tsx']) {
      const { root, inputs } = project(march);
      fs.utimesSync(path.join(root, file), new Date(march + 3 * DAY), new Date(march + 3 * DAY));
      expect(buildDate(inputs, {}), file).toBe('2026-03-05');
    }
    const { root, inputs } = project(march);
    fs.rmSync(path.join(root, 'content/lop-1-3/a/bai.vi.md'));
    expect(buildDate(inputs, {})).toBe(new Date().toISOString().slice(0, 10));
  });

  it('ignores what is not an input of the app', () => {
    const { root, inputs } = project(march);
    fs.mkdirSync(path.join(root, 'tests'));
    fs.writeFileSync(path.join(root, 'tests/a.test.ts'), '');
    expect(buildDate(inputs, {})).toBe('2026-03-02');
  });

  it('takes SOURCE_DATE_EPOCH when it is set, and refuses one that is not a number of seconds', () => {
    const { inputs } = project(march);
    expect(buildDate(inputs, { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 11, 31) / 1000) })).toBe('2025-12-31');
    expect(() => buildDate(inputs, { SOURCE_DATE_EPOCH: '2025-12-31' })).toThrow(/SOURCE_DATE_EPOCH="2025-12-31" is not a number of seconds/);
  });
});
