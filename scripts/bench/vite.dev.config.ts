/**
 * The project's own Vite config for the benchmark's dev server, with its dependency cache in
 * .cache/bench/ so a benchmark never rewrites the cache a developer's `npm run dev` (or the dev e2e test)
 * is using at the same moment.
 */
import path from 'node:path';
import { mergeConfig } from 'vite';
import config from '../../vite.config.ts';
import { PROJECT_ROOT } from '../content/config.ts';

export default mergeConfig(config, { cacheDir: path.join(PROJECT_ROOT, '.cache/bench/vite-deps') });
