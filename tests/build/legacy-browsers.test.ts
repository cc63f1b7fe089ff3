/**
 * Old school computers run Chrome 109 (the last on Windows 7/8.1) and Firefox 115 ESR. Both support
 * ES2022 but not later built-ins such as Array.prototype.toSorted (Chrome 110) or Promise.withResolvers.
 * build.target lowers syntax only, so the built JS is checked for syntax and built-ins with es-check.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../../scripts/buildStats';
import { PROJECT_ROOT } from '../../scripts/content/config';

function esCheck(glob: string) {
  const bin = path.join(PROJECT_ROOT, 'node_modules/.bin/es-check');
  return spawnSync(bin, ['es2022', glob, '--module', '--checkFeatures', '--noColor'], { encoding: 'utf8' });
}

describe('the built JavaScript', () => {
  beforeAll(requireBuild);

  it('uses only ES2022 syntax and built-ins (Chrome 109, Firefox 115)', () => {
    const result = esCheck(`${DIST}/**/*.js`);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('would be caught using a newer built-in', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'es-check-'));
    fs.writeFileSync(path.join(dir, 'new.js'), 'export const sorted = [2, 1].toSorted();\n');
    expect(esCheck(`${dir}/*.js`).status).not.toBe(0);
  });
});
