/**
 * "Em cần giúp?" and the school's contacts, end to end in Debian's Chromium.
 *
 * The built app (dist/), offline with its server stopped: the path walked from a band page to the 111
 * step and the note, with nothing written to IndexedDB, localStorage, sessionStorage or history state;
 * the browser's Back leaves the path; the quick exit replaces it with a blank page; the note prints on
 * one A4 page; axe finds no serious violation. dist/ has no school file, so the help page shows 111 and
 * the national numbers only. And the parents' and staff's screens: home section, track page, a session
 * and its self-check, which stores nothing.
 *
 * Then a build of its own with SCHOOL_FILE=tests/fixtures/school/school.yaml (into .cache/dist-school,
 * never dist/, from the unit tests' small lesson pack): the school's contacts on the help page, in the
 * path and on the printed note.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/content/config';
import { builtLessons, seriousViolations, waitForActivatedServiceWorker, waitForApp } from './harness';
import { useAppInBrowser } from './appInBrowser';

/** Everything the page could have written: every IndexedDB database's rows, both storages, history. */
interface Traces {
  indexedDB: Record<string, Record<string, unknown[]>>;
  local: Record<string, string>;
  session: Record<string, string>;
  historyState: unknown;
  historyLength: number;
  url: string;
}

function traces(page: Page): Promise<Traces> {
  return page.evaluate(async () => {
    const dump: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      dump[info.name] = stores;
    }
    // The time of the last input on any page (src/features/idle/sharedActivity.ts: so an idle tab does not
    // sign out a child busy in another) is written wherever a child types or taps, and says nothing of where.
    const activity = 'mang-an-toan:idle-activity';
    const all = (storage: Storage) =>
      Object.fromEntries(Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((key) => key !== activity).map((key) => [key, storage.getItem(key)!]));
    return { indexedDB: dump, local: all(localStorage), session: all(sessionStorage), historyState: history.state as unknown, historyLength: history.length, url: location.pathname + location.search };
  });
}

/** Pages in a PDF Chromium printed (its page tree says how many). */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const counts = [...pdf.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  const leaves = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  return counts.length > 0 ? Math.max(...counts) : leaves;
}

describe('"Em cần giúp?" offline, in the built app', () => {
  const app = useAppInBrowser({ serviceWorker: true });

  /** The first visit installs the worker; then the server stops and the network goes off. */
  beforeAll(async () => {
    await app.page.goto(`${app.origin}/`);
    await app.page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    await waitForActivatedServiceWorker(app.page);
    await app.page.locator('.toast').getByText('Ứng dụng đã sẵn sàng dùng cả khi không có mạng.').waitFor();
    expect(app.errors.take(), 'first visit').toEqual([]);
    await app.server.close();
    await app.context.setOffline(true);
  });

  it('walks from a band page to the 111 step and the note, writing nothing anywhere, and Back leaves it', async () => {
    await app.page.goto(`${app.origin}/band/lop-4-5`);
    await waitForApp(app.page);
    const before = await traces(app.page);

    await app.page.getByRole('link', { name: 'Em cần giúp?' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Em cần giúp?' }).waitFor();
    const entered = await traces(app.page);
    expect(entered.url).toBe('/help/path?band=lop-4-5');
    // The band it came from is known: the path starts at "what is happening".
    await app.page.getByRole('heading', { level: 2, name: 'Chuyện gì đang xảy ra?' }).waitFor();
    expect(await app.page.getByRole('link', { name: 'Gọi 111', exact: true }).getAttribute('href')).toBe('tel:111');

    await app.page.getByRole('button', { name: 'Có người đe dọa em hoặc đòi em gửi tiền, thẻ cào.' }).click();
    await app.page.getByRole('heading', { level: 2, name: 'Việc em có thể làm ngay' }).waitFor();
    expect(await app.page.getByRole('link', { name: 'Bấm để gọi 111' }).getAttribute('href')).toBe('tel:111');
    expect(await app.page.getByRole('link', { name: 'Gọi 113' }).getAttribute('href')).toBe('tel:113');
    // 111 is still in view (the bar stays at the top), with the quick exit.
    await app.page.getByRole('link', { name: 'Bấm để gọi 111' }).scrollIntoViewIfNeeded();
    expect(await app.page.getByRole('link', { name: 'Gọi 111', exact: true }).isVisible()).toBe(true);
    expect(await app.page.getByRole('button', { name: 'Thoát nhanh' }).isVisible()).toBe(true);

    await app.page.getByRole('button', { name: 'Tiếp theo: lời nhắn cho người lớn' }).click();
    await app.page.getByRole('region', { name: 'Lời nhắn cho người lớn em tin' }).waitFor();

    const after = await traces(app.page);
    expect(after.indexedDB).toEqual(before.indexedDB);
    expect(after.local).toEqual(before.local);
    expect(after.session).toEqual(before.session);
    expect(after.historyState).toBeNull();
    expect(after.historyLength).toBe(entered.historyLength);
    expect(after.url).toBe('/help/path?band=lop-4-5');
    // Not a word of the answer anywhere.
    expect(JSON.stringify(after)).not.toMatch(/threat|đe dọa|đòi tiền/);

    await app.page.goBack();
    await app.page.getByRole('heading', { level: 1, name: 'Bài học cho Lớp 4–5' }).waitFor();
    expect(new URL(app.page.url()).pathname).toBe('/band/lop-4-5');
  });

  it('leaves with the quick exit for a blank page, which takes the path’s place in history', async () => {
    await app.page.goto(`${app.origin}/settings`);
    await waitForApp(app.page);
    await app.page.getByRole('link', { name: 'Em cần giúp?' }).click();
    await app.page.getByRole('heading', { level: 2, name: 'Em học lớp mấy?' }).waitFor();
    await app.page.getByRole('button', { name: /Lớp 1–3/ }).click();
    await app.page.getByRole('button', { name: 'Có người nói điều xấu với em hoặc về em.' }).click();
    await Promise.all([app.page.waitForURL('about:blank'), app.page.getByRole('button', { name: 'Thoát nhanh' }).click()]);
    expect(await app.page.evaluate(() => document.body?.textContent ?? '')).toBe('');
    await app.page.goBack();
    await app.page.getByRole('heading', { level: 1, name: 'Cài đặt của máy này' }).waitFor();
    expect(new URL(app.page.url()).pathname).toBe('/settings');
  });

  it('prints the note for a trusted adult on one A4 page, without the rest of the screen', async () => {
    await app.page.goto(`${app.origin}/help/path?band=lop-10-12`);
    await app.page.getByRole('button', { name: /Có người đe dọa em, đòi tiền/ }).click();
    await app.page.getByRole('button', { name: 'Tiếp theo: lời nhắn cho người lớn' }).click();
    await app.page.getByRole('region', { name: 'Lời nhắn cho người lớn em tin' }).waitFor();
    expect(await printedPages(app.page)).toBe(1);
    await app.page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['Thoát nhanh', 'In lời nhắn', '← Quay lại']) expect(await app.page.getByRole('button', { name: hidden }).isVisible(), hidden).toBe(false);
      expect(await app.page.getByRole('link', { name: 'Gọi 111', exact: true }).isVisible()).toBe(false);
      expect(await app.page.getByRole('region', { name: 'Lời nhắn cho người lớn em tin' }).isVisible()).toBe(true);
    } finally {
      await app.page.emulateMedia({ media: null });
    }
  });

  it('shows 111 and the national numbers only on the help page of a build without a school file', async () => {
    await app.page.goto(`${app.origin}/help`);
    await waitForApp(app.page);
    expect(await app.page.getByRole('link', { name: 'Gọi 111', exact: true }).getAttribute('href')).toBe('tel:111');
    await app.page.getByText('Gọi 113 (công an), 114 (cứu hoả, cứu nạn), 115 (cấp cứu).').waitFor();
    expect(await app.page.getByRole('region', { name: /^Liên hệ ở/ }).count()).toBe(0);
    expect(await app.page.getByRole('link', { name: /Em cần giúp\?/ }).first().getAttribute('href')).toBe('/help/path');
  });

  it('finds no serious accessibility problem on any step of the path', async () => {
    await app.page.goto(`${app.origin}/help/path`);
    await waitForApp(app.page);
    const check = async (step: string) => expect(await seriousViolations(app.page), step).toEqual([]);
    await check('age');
    await app.page.getByRole('button', { name: /Lớp 6–9/ }).click();
    await check('what');
    await app.page.getByRole('button', { name: /Có người xin ảnh/ }).click();
    await app.page.locator('details summary').first().click();
    await check('do');
    await app.page.getByRole('button', { name: 'Tiếp theo: lời nhắn cho người lớn' }).click();
    await check('note');
  });
});

describe('the parents’ and staff’s screens, in the built app', () => {
  const app = useAppInBrowser();
  const session = builtLessons().find((lesson) => lesson.band === 'cha-me' && lesson.locale === 'vi' && lesson.quiz.length > 0);

  it('goes from the home page’s own section to a session and its self-check, which stores and grades nothing', async () => {
    if (!session) throw new Error('the curriculum has no parents’ session with a self-check');
    await app.page.goto(`${app.origin}/`);
    await waitForApp(app.page);
    expect(await seriousViolations(app.page), 'home').toEqual([]);
    await app.page.getByRole('region', { name: 'Dành cho cha mẹ và thầy cô' }).getByRole('link', { name: /Cha mẹ/ }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Buổi sinh hoạt dành cho cha mẹ' }).waitFor();
    expect(await app.page.getByText('Chưa học').count()).toBe(0);
    expect(await seriousViolations(app.page), 'track').toEqual([]);

    await app.page.getByRole('link', { name: session.title, exact: true }).click();
    await app.page.getByRole('heading', { level: 1, name: session.title, exact: true }).waitFor();
    expect(await seriousViolations(app.page), 'session').toEqual([]);
    const before = await traces(app.page);
    await app.page.getByRole('link', { name: /^Tự kiểm tra/ }).click();
    await app.page.getByText(/không được chấm điểm và không được lưu trên máy/).waitFor();
    expect(await seriousViolations(app.page), 'self-check').toEqual([]);
    for (const [index, question] of session.quiz.entries()) {
      await app.page.getByText(`Câu ${index + 1} / ${session.quiz.length}`, { exact: true }).waitFor();
      await app.page.locator('.option input').nth(question.options.findIndex((o) => !o.correct)).check();
      await app.page.getByRole('button', { name: 'Kiểm tra' }).click();
      await app.page.getByRole('button', { name: /^(Câu tiếp theo|Xem kết quả)$/ }).click();
    }
    const end = app.page.getByRole('region', { name: 'Xong phần tự kiểm tra' });
    await end.getByText('Không có điểm số: đây không phải bài thi.').waitFor();
    expect(await end.textContent()).not.toMatch(/%|\d+ \/ \d+/);
    expect(await seriousViolations(app.page), 'self-check end').toEqual([]);
    expect((await traces(app.page)).indexedDB).toEqual(before.indexedDB);
  });
});

const SCHOOL_OUT = path.join(PROJECT_ROOT, '.cache/dist-school');

function withoutTestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
}

/** The fixture pack built with the fixture school file, into SCHOOL_OUT. */
function buildWithSchoolFile(): string {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    // Without vitest's NODE_ENV=test, which would give a development build.
    env: {
      ...withoutTestEnv(process.env),
      SCHOOL_FILE: 'tests/fixtures/school/school.yaml',
      BUILD_OUT: SCHOOL_OUT,
      LESSONS_ROOT: 'tests/fixtures/content/valid-pack',
    },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build with SCHOOL_FILE failed:\n${build.stdout}\n${build.stderr}`);
  return SCHOOL_OUT;
}

describe('the school’s contacts, in a build made with SCHOOL_FILE', () => {
  const app = useAppInBrowser({ folder: buildWithSchoolFile });


  it('shows them on the help page, with call links', async () => {
    await app.page.goto(`${app.origin}/help`);
    await waitForApp(app.page);
    const school = app.page.getByRole('region', { name: 'Liên hệ ở Trường Tiểu học Kim Đồng' });
    await school.getByText('Cô Nguyễn Thu Hà', { exact: false }).waitFor();
    expect(await school.getByRole('link', { name: '0912345678' }).getAttribute('href')).toBe('tel:0912345678');
    expect(await school.getByRole('link', { name: '028 3836 1234' }).getAttribute('href')).toBe('tel:02838361234');
    expect(await app.page.getByRole('link', { name: 'Gọi 111', exact: true }).getAttribute('href')).toBe('tel:111');
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('shows them in the path and prints them on the note, still on one A4 page', async () => {
    await app.page.goto(`${app.origin}/help/path?band=lop-6-9`);
    await app.page.getByRole('button', { name: /Có người đe dọa em, đòi tiền/ }).click();
    const atSchool = app.page.getByRole('region', { name: 'Ở trường, em cũng có thể tìm:' });
    await atSchool.getByText('Tổng phụ trách Đội:').waitFor();
    expect(await atSchool.getByText(/Công an/).count()).toBe(0);
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.getByRole('button', { name: 'Tiếp theo: lời nhắn cho người lớn' }).click();
    const note = app.page.getByRole('region', { name: 'Lời nhắn cho người lớn em tin' });
    await note.getByText('Công an phường Cầu Kho', { exact: false }).waitFor();
    expect(await printedPages(app.page)).toBe(1);
  });
});
