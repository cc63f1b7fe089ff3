import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { runEffectsBeforeNextFrame } from '../src/app/effectTiming';
import { SCREENS } from '../src/app/screens';
import { loadCatalog } from '../src/content/catalog';
import { divideHashWorkForTests } from '../src/db/pin';
import { resetAppStores } from './appStores';
import { freshDatabase } from './test-utils';

// findBy…/waitFor give up after 1 s by default; with every test file running at once on a 2-core CI
// machine, a search index or a lazy page can take longer than that without anything being wrong.
configure({ asyncUtilTimeout: 5_000 });

// Effects run when the app's entry says they do (src/main.tsx).
runEffectsBeforeNextFrame();

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

/**
 * The files of a worker share their modules (vitest.config.ts: the unit project does not isolate them,
 * which more than halves its time), so each file starts from what a file alone would find, whatever the
 * file before it left: the stores as created, empty storage, its own database, the page at "/" with a
 * bare <html>, no stubbed global or spy, real timers and no speech engine (tests/unit/readAloud/fakeSpeech.ts).
 */
// Kept on the global object: this file runs again before each file, by when window.print may be a spy.
const pristine = globalThis as typeof globalThis & { originalPrint?: typeof window.print };
pristine.originalPrint ??= window.print;

function resetSharedState(): void {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.useRealTimers();
  resetAppStores();
  window.localStorage.clear();
  window.sessionStorage.clear();
  freshDatabase();
  window.history.replaceState(null, '', '/');
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  document.title = '';
  document.body.replaceChildren();
  window.print = pristine.originalPrint!;
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(globalThis, 'SpeechSynthesisUtterance');
}

beforeAll(resetSharedState);
