/** Where the real curriculum lives, shared by vite.config.ts, the CLI and the benchmark. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadOptions } from './load';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const CURRICULUM: LoadOptions = {
  root: path.join(PROJECT_ROOT, 'content'),
  curriculum: true,
};
