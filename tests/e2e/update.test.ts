/**
 * A new version deployed while a child is mid-quiz: the app says so but never reloads by itself; the
 * update happens when the user presses "Cập nhật", and the quiz answers saved so far survive it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BrowserErrors, DIST, builtLessons, createLearnerViaUi, newProfileDir, openBrowser, requireBuild, waitForActivatedServiceWorker } from './harness';
import { startStaticServer, type StaticServer } from './staticServer';

describe('updating the app', () => {
  let deployed: string;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const errors = new BrowserErrors();
  const lesson = builtLessons().find((l) => l.locale === 'vi')!;

  beforeAll(async () => {
    requireBuild();
    // A copy of the build, so "deploying" a new service worker does not touch dist/.
    deployed = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-deploy-'));
    fs.cpSync(DIST, deployed, { recursive: true });
    server = await startStaticServer(deployed);
    ({ context, page } = await openBrowser(newProfileDir(), [], errors));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  afterEach(() => {
    expect(errors.take()).toEqual([]);
  });

  it('waits for the user while a quiz is in progress, then updates and keeps the learner and answers', async () => {
    await page.goto(`${server.url}/`);
    await waitForActivatedServiceWorker(page);
    await createLearnerViaUi(page, server.url, 'Lan');
    await page.goto(`${server.url}/lesson/${lesson.id}/quiz`);
    await page.getByText(`Câu 1 / ${lesson.quiz.length}`).waitFor();
    const correct = lesson.quiz[0]!.options.findIndex((o) => o.correct);
    await page.locator('.option input').nth(correct).check();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Chính xác!', { exact: false }).waitFor();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // Deploy a new version: any byte change to sw.js makes the browser install it.
    fs.appendFileSync(path.join(deployed, 'sw.js'), '\n// version 2\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('Đã có phiên bản mới. Em cứ làm bài tiếp – khi xong hãy bấm “Cập nhật”.').waitFor();

    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.getByText('Chính xác!', { exact: false }).waitFor();

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Cập nhật' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
    await page.getByText('Em đang làm dở bài này – tiếp tục từ câu 2.').waitFor();
    await page.getByRole('link', { name: /Người đang học: Lan/ }).waitFor();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)).toBeFalsy();
  });
});
