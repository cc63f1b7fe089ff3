import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import * as pages from '../src/app/pages';
import { loadCatalog } from '../src/content/catalog';

// The app loads a page's code and part of the catalog before rendering it (src/app/pageData.ts), so
// pages render at once; tests get the whole (fixture) catalog and every such page up front instead.
beforeAll(async () => {
  await Promise.all([loadCatalog(), ...Object.values(pages).map((page) => page.preload())]);
});

afterEach(() => {
  cleanup();
});
