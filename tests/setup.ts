import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { SCREENS } from '../src/app/screens';
import { loadCatalog } from '../src/content/catalog';
import { divideHashWorkForTests } from '../src/db/pin';

// findBy…/waitFor give up after 1 s by default; with every test file running at once on a 2-core CI
// machine, a search index or a lazy page can take longer than that without anything being wrong.
configure({ asyncUtilTimeout: 5_000 });

// PIN hashes at a hundredth of the production work: same code, 1,000 PBKDF2 iterations (the production
// count is asserted in tests/unit/db/pin.test.ts).
divideHashWorkForTests(100);

// The app loads a page's code and part of the catalog before rendering it (src/app/pageData.ts), so
// pages render at once; tests get the whole (fixture) catalog and the prerendered pages up front instead.
beforeAll(async () => {
  await Promise.all([loadCatalog(), ...SCREENS.filter((screen) => screen.prerender).map((screen) => screen.page.preload())]);
});

afterEach(() => {
  cleanup();
});
