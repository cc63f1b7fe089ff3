/**
 * The frame most e2e files share, written once: before all tests, a build served on 127.0.0.1 and
 * Debian's Chromium on a new profile; after each test, nothing in the browser's error log; after all,
 * both closed. A file's own set-up (a first visit, going offline) is a beforeAll registered after the
 * call, so it runs once the browser is open.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium';
import { BrowserErrors, DIST, newProfileDir, openBrowser, requireBuild, type LaunchOptions } from './harness';
import { startStaticServer, type StaticServer } from './staticServer';

export interface AppInBrowser {
  server: StaticServer;
  context: BrowserContext;
  /** The profile's first tab. */
  page: Page;
  /** Problems in any tab; checked empty after each test. */
  errors: BrowserErrors;
  /** Where the app is opened: the server's URL unless `origin` says otherwise. */
  origin: string;
  /** The browser's profile folder: a test that restarts the browser opens it again. */
  profile: string;
}

export interface AppInBrowserOptions {
  /** The folder to serve (default: the build under test); read in beforeAll, so it may be made there. */
  folder?: () => string;
  /** Extra Chromium flags. */
  args?: string[];
  /** Extra environment variables for Chromium, read in beforeAll (so an earlier beforeAll may prepare them). */
  env?: () => Record<string, string>;
  /** The origin the tests open, when not the server's own (a host name mapped onto it). */
  origin?: (server: StaticServer) => string;
  /** The app's service worker runs (LaunchOptions): only for tests of what it does. */
  serviceWorker?: boolean;
}

/** The launch options of `useAppInBrowser`'s options (its `env` is read when the browser opens). */
export function launchOptions(options: AppInBrowserOptions): LaunchOptions {
  return { args: options.args, env: options.env?.(), serviceWorker: options.serviceWorker };
}

/** Registers the hooks; the returned object's fields are set once beforeAll has run. */
export function useAppInBrowser(options: AppInBrowserOptions = {}): AppInBrowser {
  const app = { errors: new BrowserErrors(), profile: newProfileDir() } as AppInBrowser;
  beforeAll(async () => {
    if (!options.folder) requireBuild();
    app.server = await startStaticServer(options.folder?.() ?? DIST);
    app.origin = options.origin?.(app.server) ?? app.server.url;
    ({ context: app.context, page: app.page } = await openBrowser(app.profile, app.errors, launchOptions(options)));
  });
  checkAndClose(app.errors, () => [app.context, app.server]);
  return app;
}

/** After each test, nothing in the error log; after all, what `opened` returns closed, in its order. */
function checkAndClose(errors: BrowserErrors, opened: () => ({ close(): Promise<void> } | undefined)[]): void {
  afterEach(() => {
    expect(errors.take()).toEqual([]);
  });
  afterAll(async () => {
    for (const thing of opened()) await thing?.close();
  });
}

export interface BuildInBrowser {
  server: StaticServer;
  /** Chromium, each test opening contexts of its own (a fresh profile each, no service worker unless asked). */
  browser: Browser;
  /** Problems in any context a test watches with `errors.watchContext`; checked empty after each test. */
  errors: BrowserErrors;
}

/**
 * The build served on 127.0.0.1 and Chromium without a profile, for tests that open many fresh contexts
 * (first paint, prerendered pages); registers the hooks, and the fields are set once beforeAll has run.
 */
export function useBuildInBrowser(): BuildInBrowser {
  const shared = { errors: new BrowserErrors() } as BuildInBrowser;
  beforeAll(async () => {
    requireBuild();
    shared.server = await startStaticServer(DIST);
    shared.browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  });
  checkAndClose(shared.errors, () => [shared.browser, shared.server]);
  return shared;
}
