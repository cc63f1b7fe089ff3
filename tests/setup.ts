import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import * as pages from '../src/app/pages';
import { loadCatalog } from '../src/content/catalog';

// findBy…/waitFor give up after 1 s by default; with every test file running at once on a 2-core CI
// machine, a search index or a lazy page can take longer than that without anything being wrong.
configure({ asyncUtilTimeout: 5_000 });

// The app loads a page's code and part of the catalog before rendering it (src/app/pageData.ts), so
// pages render at once; tests get the whole (fixture) catalog and every such page up front instead.
beforeAll(async () => {
  await Promise.all([loadCatalog(), ...Object.values(pages).map((page) => page.preload())]);
});

afterEach(() => {
  cleanup();
});
