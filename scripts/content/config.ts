/** Where the lessons live, shared by vite.config.ts, the CLI and the benchmark. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadOptions } from './load.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where parsed lesson bodies are kept between runs (bodyCache.ts), as tools keep theirs. */
export const CONTENT_CACHE = path.join(PROJECT_ROOT, 'node_modules/.cache/mang-an-toan-content');

/**
 * Where the checked copies of lesson pictures are written: the files the build ships (pictures.ts).
 * Inside the project, so the dev server may serve them.
 */
export const PICTURE_COPIES = path.join(PROJECT_ROOT, 'node_modules/.cache/mang-an-toan-pictures');

/** The real curriculum, held to every curriculum check. */
export const CURRICULUM: LoadOptions = {
  root: path.join(PROJECT_ROOT, 'content'),
  curriculum: true,
  cacheDir: CONTENT_CACHE,
  pictureDir: PICTURE_COPIES,
};

/**
 * LESSONS_ROOT=<folder> builds the app from another lesson pack (a pack in progress, a test fixture);
 * such a pack is checked lesson by lesson but need not cover the whole curriculum.
 */
export function contentOptions(env: NodeJS.ProcessEnv = process.env): LoadOptions {
  const root = env.LESSONS_ROOT;
  return root ? { root: path.resolve(PROJECT_ROOT, root), curriculum: false, cacheDir: CONTENT_CACHE, pictureDir: PICTURE_COPIES } : CURRICULUM;
}
