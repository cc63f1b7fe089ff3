/** `npm run dev`: saving a lesson file recompiles it and the open page shows the change. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/content/config';
import { lessonsPlugin } from '../../scripts/content/vitePlugin';
import { pwaOptions } from '../../scripts/pwaOptions';
import { launch, newProfileDir } from './harness';

describe('the dev server', () => {
  let content: string;
  let server: ViteDevServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    content = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-dev-content-'));
    fs.cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/content/valid-pack'), content, { recursive: true });
    server = await createServer({
      root: PROJECT_ROOT,
      configFile: false,
      logLevel: 'silent',
      // The same plugins as vite.config.ts, with the lessons read from a copy we can edit.
      plugins: [lessonsPlugin({ root: content }), react(), VitePWA(pwaOptions)],
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    await server.listen();
    context = await launch(newProfileDir());
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('updates the page when a lesson file is saved', async () => {
    const url = server.resolvedUrls?.local[0] ?? '';
    await page.goto(`${url}lesson/fixture-hotline`);
    await page.getByRole('heading', { level: 1, name: 'Gọi 111' }).waitFor();

    const file = path.join(content, 'lop-4-5/hotline-111/goi-111.vi.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Gọi 111', 'title: Gọi 111 khi cần giúp'));
    await page.getByRole('heading', { level: 1, name: 'Gọi 111 khi cần giúp' }).waitFor({ timeout: 20_000 });
  });
});
