/**
 * Four test projects: `unit` (jsdom, components, Dexie on fake-indexeddb), `unit-node` (pure modules:
 * the content compiler, the domain rules),
 * `build` (reads dist/ after `vite build`) and `e2e` (Debian's Chromium against the built app).
 * `npm test` runs them in that order (scripts/run-tests.ts).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { lessonsPlugin } from './scripts/content/vitePlugin.ts';
import { PREACT_ALIASES } from './scripts/preact.ts';

/** What the two browser-test projects (`e2e`, `e2e-alone`) share. */
const browserTests = {
  environment: 'node',
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // expect.poll gives up after 1 s by default; Playwright's own waits allow 30 s. A page on a busy CI
  // machine can take a few seconds to show what the test waits for.
  expect: { poll: { timeout: 10_000 } },
} as const;

/** Browser tests that run on their own, after the others (the `e2e-alone` project). */
const E2E_ALONE = ['tests/e2e/first-paint.test.ts'];

/** Unit tests of pure modules, run in Node rather than jsdom (the `unit-node` project). */
const NODE_UNIT_TESTS = ['tests/unit/content/**/*.test.ts', 'tests/unit/domain/**/*.test.ts', 'tests/unit/bench/**/*.test.ts'];

/**
 * Unit tests that need modules of their own: they replace a module for their file (vi.mock, vi.doMock,
 * vi.resetModules), or test what a module does once per page (read-aloud starts watching the voices once).
 */
const OWN_MODULES_TESTS = [
  'tests/unit/readAloud/ReadButton.test.tsx',
  'tests/unit/readAloud/speech.test.ts',
  'tests/unit/lessons/BandPage.test.tsx',
  'tests/unit/lessons/lessonBodyRenders.test.tsx',
  'tests/unit/report/ScanSection.test.tsx',
  'tests/unit/quiz/address.test.tsx',
  'tests/unit/home/tracks.test.tsx',
  'tests/unit/db/loadStore.test.ts',
  'tests/unit/help/schoolContacts.test.tsx',
];

/** Component tests (jsdom, Dexie on fake-indexeddb): the `unit` and `unit-isolated` projects, `test` options added. */
function componentTests(test: { name: string; include: string[]; exclude?: string[]; isolate?: boolean }) {
  return {
    // Component tests read a small fixture pack, so they do not change when lessons are edited.
    plugins: [lessonsPlugin({ root: 'tests/fixtures/content/valid-pack' }), react()],
    // The components run on Preact's React layer, as the built app does (scripts/preact.ts). Testing
    // Library's ES module build, whose imports of React meet those aliases (its main file is CommonJS, and
    // Node would load React itself for it).
    resolve: {
      alias: [{ find: /^@testing-library\/react$/, replacement: fileURLToPath(new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url)) }, ...PREACT_ALIASES],
    },
    test: {
      environment: 'jsdom',
      // Loaded through Vite rather than by Node, so their `import 'react'` meets the aliases too.
      server: { deps: { inline: ['@testing-library/react', 'react-i18next', 'zustand', 'use-sync-external-store'] } },
      // jsdom component tests of whole screens can take a few seconds on a busy 2-core machine.
      testTimeout: 20_000,
      setupFiles: ['tests/setup.ts'],
      // Both cores: Vitest's default leaves one free, which halves a 2-core machine (211 → 141 s).
      maxWorkers: 2,
      ...test,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      componentTests({
        name: 'unit',
        include: ['tests/unit/**/*.test.{ts,tsx}'],
        exclude: [...NODE_UNIT_TESTS, ...OWN_MODULES_TESTS],
        // The files of a worker share their modules rather than loading React, jsdom's page, i18next and
        // the screens again for each (84 → 35–48 s on this 2-core machine); tests/setup.ts puts back
        // before each file what one can leave behind (stores, storage, database, URL, <html>, stubs, spies).
        // Checked with shuffled file orders (--sequence.shuffle.files --sequence.seed=N).
        isolate: false,
      }),
      // Files that replace a module or test a once-per-page start keep their own modules (isolation, the
      // default): a replacement never reaches another file, and each file starts the module afresh.
      componentTests({ name: 'unit-isolated', include: OWN_MODULES_TESTS }),
      {
        // Pure modules (the content compiler, the domain rules, the benchmark's pack) need no DOM: Node
        // starts them faster than jsdom, and nothing of a page is loaded before them. The school test reads
        // the fixture pack's compiled contacts (virtual:school), as the app does.
        plugins: [lessonsPlugin({ root: 'tests/fixtures/content/valid-pack' })],
        test: {
          name: 'unit-node',
          environment: 'node',
          include: NODE_UNIT_TESTS,
          setupFiles: ['tests/setup-node.ts'],
          testTimeout: 20_000,
          // As the component projects: Vitest runs projects with different worker counts only in separate
          // groups, and `npm run test:unit` (all three at once) stopped with an error before any test.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          // These read and gzip the whole dist/ (hundreds of files) or run es-check over it: seconds each
          // on a 2-core machine, more when it is busy. Correctness, not speed, is tested here.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          ...browserTests,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: E2E_ALONE,
          // Two files at a time, each with its own browser and server on a free port: a browser test mostly
          // waits (for a page, a worker, a paint), and one file alone kept a 2-core machine about half busy
          // (e2e 288 → 190 s here, 126 of 126 passing).
          fileParallelism: true,
          maxWorkers: 2,
          // Each worker runs its files one after another and keeps its modules (Playwright, the harness, the
          // compiled lessons), rather than loading them again for each file: each file opens its own
          // browser and server, and nothing else is shared between them.
          isolate: false,
        },
      },
      {
        // Tests that measure the page's own timing (layout shifts between the first paint and hydration) run
        // after the others, on their own: beside another browser's file, a starved CPU stretched that window.
        test: { ...browserTests, name: 'e2e-alone', include: E2E_ALONE, fileParallelism: false },
      },
    ],
  },
});
