/**
 * A computer shared by a class, in Debian's Chromium: the idle switch-back (with the idle time chosen in
 * Cài đặt, and the browser's clock run forward rather than waited for), picture passwords, and the
 * teacher PIN asked before the whole computer is reset. Each test has a browser profile of its own.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BrowserErrors, DIST, builtLessons, createLearnerViaUi, newProfileDir, openBrowser, openHeaderMenu, requireBuild, seriousViolations, storedNicknames } from './harness';
import { startStaticServer, type StaticServer } from './staticServer';

const TEACHER_PIN = '20112026';

describe('a computer shared by a class', () => {
  let server: StaticServer;
  let context: BrowserContext | undefined;
  const errors = new BrowserErrors();
  // A pupils' lesson with a quiz of at least two questions (the first answer is checked, then the child walks away).
  const lesson = builtLessons().find((l) => l.locale === 'vi' && l.band.startsWith('lop-') && l.quiz.length >= 2)!;

  beforeAll(async () => {
    requireBuild();
    server = await startStaticServer(DIST);
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    expect(errors.take()).toEqual([]);
  });

  afterAll(async () => {
    await server?.close();
  });

  /** Cài đặt → Tự quay về “Ai đang học?”: the idle time, saved. */
  async function chooseIdleTime(page: Page, label: string): Promise<void> {
    await page.goto(`${server.url}/settings`);
    const idle = page.getByRole('group', { name: 'Tự quay về “Ai đang học?”' });
    await idle.getByLabel('Khi không ai dùng máy trong').selectOption({ label });
    await idle.getByRole('button', { name: 'Lưu thời gian' }).click();
    await idle.getByText('Đã lưu.').waitFor();
  }

  async function freshBrowser(): Promise<Page> {
    const session = await openBrowser(newProfileDir(), errors);
    context = session.context;
    return session.page;
  }

  it('goes back to “Ai đang học?” after the idle time chosen in Cài đặt, keeping the answer already checked', async () => {
    const page = await freshBrowser();
    // The page's clock is the test's: it runs as usual, and jumps forward when told to.
    await page.clock.install();
    await createLearnerViaUi(page, server.url, 'Lan', '4A');

    await chooseIdleTime(page, '1 phút');

    await page.goto(`${server.url}/lesson/${lesson.id}/quiz`);
    await page.getByText(`Câu 1 / ${lesson.quiz.length}`).waitFor();
    const first = lesson.quiz[0]!;
    for (const [index, option] of first.options.entries()) if (option.correct) await page.locator(`.option input[value="${index}"]`).check();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: /^(Câu tiếp theo|Xem kết quả)$/ }).waitFor();

    await page.clock.runFor(61_000);
    const dialog = page.getByRole('alertdialog', { name: 'Em còn học không?' });
    await dialog.waitFor();
    await expect(dialog.getByRole('button', { name: 'Em vẫn đang học' }).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.clock.runFor(31_000);
    await page.waitForURL(`${server.url}/learners`);
    await page.getByRole('main').getByText('Máy đã quay về đây vì một lúc lâu không có ai dùng.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Người đang học: Ai đang học?. Đổi người học' }).waitFor();

    // Nobody is current: a quiz asks who is learning first, and Lan's checked answer is still hers.
    await page.goto(`${server.url}/lesson/${lesson.id}/quiz`);
    await page.getByText('Chưa có ai chọn hồ sơ.', { exact: false }).waitFor();
    await page.goto(`${server.url}/learners`);
    await page.getByRole('button', { name: 'Học với hồ sơ Lan' }).click();
    await page.getByRole('link', { name: /Người đang học: Lan/ }).waitFor();
    await page.goto(`${server.url}/lesson/${lesson.id}/quiz`);
    await page.getByText('Em đang làm dở bài này – tiếp tục từ câu 2.').waitFor();
  });

  it('counts input in any tab: a pupil answering in one tab keeps her profile while another sits idle, and is asked where she is', async () => {
    const a = await freshBrowser();
    await a.clock.install();
    await createLearnerViaUi(a, server.url, 'Lan', '4A');
    await chooseIdleTime(a, '1 phút');
    // Tab A is left on the lesson; the pupil answers the quiz in tab B.
    await a.goto(`${server.url}/lesson/${lesson.id}`);
    await a.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
    const b = await context!.newPage();
    await b.goto(`${server.url}/lesson/${lesson.id}/quiz`);
    await b.getByText(`Câu 1 / ${lesson.quiz.length}`).waitFor();

    await a.clock.runFor(40_000);
    // Tab A hears of B's input (the storage event) before the clock goes on; an app that shares nothing
    // is given 5 s, then the clock goes on and the checks below say what went wrong.
    const heard = a.evaluate(() => new Promise<void>((resolve) => {
      window.addEventListener('storage', () => resolve(), { once: true });
      window.setTimeout(resolve, 5_000);
    }));
    const first = lesson.quiz[0]!;
    for (const [index, option] of first.options.entries()) if (option.correct) await b.locator(`.option input[value="${index}"]`).check();
    await b.getByRole('button', { name: 'Kiểm tra' }).click();
    await b.getByRole('button', { name: /^(Câu tiếp theo|Xem kết quả)$/ }).waitFor();
    await heard;

    // A minute after B's input, not after A's: the question comes in B, the tab in use, and A says nothing.
    await a.clock.runFor(61_000);
    const question = (page: Page) => page.getByRole('alertdialog', { name: 'Em còn học không?' });
    await question(b).waitFor();
    expect(await question(a).count()).toBe(0);
    expect(new URL(a.url()).pathname).toBe(`/lesson/${lesson.id}`);
    await b.getByRole('link', { name: /Người đang học: Lan/ }).waitFor();

    // "Still learning" in B stops the count in A too: a minute later the question is back in B, A still on its page.
    await question(b).getByRole('button', { name: 'Em vẫn đang học' }).click();
    await question(b).waitFor({ state: 'detached' });
    await a.clock.runFor(61_000);
    await question(b).waitFor();
    expect(new URL(a.url()).pathname).toBe(`/lesson/${lesson.id}`);
    expect(await question(a).count()).toBe(0);

    // Nobody answers anywhere: both tabs go back to "Ai đang học?".
    await a.clock.runFor(31_000);
    await b.waitForURL(`${server.url}/learners`);
    await a.waitForURL(`${server.url}/learners`);
    await a.getByRole('link', { name: 'Người đang học: Ai đang học?. Đổi người học' }).waitFor();
  });

  it('runs no idle timer on the presenter', async () => {
    const page = await freshBrowser();
    await page.clock.install();
    await createLearnerViaUi(page, server.url, 'Minh');
    await page.goto(`${server.url}/lesson/${lesson.id}/present`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.clock.runFor(11 * 60_000);
    expect(await page.getByRole('alertdialog', { name: 'Em còn học không?' }).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(`/lesson/${lesson.id}/present`);
  });

  it('opens a profile with a picture password chosen on the profile form', async () => {
    const page = await freshBrowser();
    await page.goto(`${server.url}/learners/new`);
    await page.getByLabel('Tên gọi').fill('An');
    await page.getByRole('radio', { name: /Mật khẩu hình/ }).check();
    const choose = page.getByRole('group', { name: 'Chọn lần lượt 3 hình khác nhau' });
    for (const name of ['Con cá', 'Mặt trời', 'Con thuyền']) await choose.getByRole('button', { name, exact: true }).click();
    await page.getByText('Đã chọn 3 trên 3 hình.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await page.getByRole('link', { name: /Người đang học: An/ }).waitFor();

    await page.goto(`${server.url}/learners`);
    await page.getByRole('button', { name: 'Học thử không lưu (khách)' }).click();
    await page.getByRole('link', { name: /Khách – không lưu kết quả/ }).waitFor();
    await page.goto(`${server.url}/learners`);
    await page.getByRole('button', { name: 'Học với hồ sơ An' }).click();
    const enter = page.getByRole('group', { name: 'Bấm lần lượt 3 hình mật khẩu của An' });
    await enter.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // With the keyboard: Tab to a picture, Enter to press it.
    for (const name of ['Con cá', 'Mặt trời', 'Con thuyền']) {
      await enter.getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('Enter');
    }
    await page.getByRole('link', { name: /Người đang học: An/ }).waitFor();
  });

  it('folds the header into a menu on a phone, usable with the keyboard, with the help entry always shown', async () => {
    const page = await freshBrowser();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}/`);
    const menu = page.getByRole('button', { name: 'Danh mục' });
    const settings = page.getByRole('link', { name: 'Cài đặt' });
    await menu.waitFor();
    expect(await settings.isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Cần giúp đỡ? Gọi 111' }).isVisible()).toBe(true);

    await openHeaderMenu(page, async (button) => {
      await button.focus();
      await page.keyboard.press('Enter');
    });
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await settings.waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden' });
    await expect(menu.evaluate((button) => button === document.activeElement)).resolves.toBe(true);

    await page.keyboard.press('Enter');
    await settings.click();
    await page.waitForURL(`${server.url}/settings`);
    await settings.waitFor({ state: 'hidden' });
  });

  it('asks for the teacher PIN before the computer is reset', async () => {
    const page = await freshBrowser();
    await createLearnerViaUi(page, server.url, 'Lan');
    await page.goto(`${server.url}/settings`);
    await page.getByLabel('Mã PIN mới (6 đến 12 chữ số)').fill(TEACHER_PIN);
    await page.getByLabel('Nhập lại mã PIN mới').fill(TEACHER_PIN);
    await page.getByRole('button', { name: 'Đặt mã PIN' }).click();
    // The recovery code is shown once (tests/e2e/teacher-recovery.test.ts); written down, it goes.
    await page.getByRole('dialog', { name: 'Mã khôi phục của mã PIN thầy cô' }).getByRole('button', { name: 'Tôi đã ghi lại mã' }).click();
    await page.getByText('Đã đặt mã PIN của thầy cô.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Xoá toàn bộ dữ liệu…' }).click();
    const dialog = page.getByRole('alertdialog', { name: /Xoá vĩnh viễn/ });
    expect(await dialog.getByRole('button', { name: 'Xoá toàn bộ' }).count()).toBe(0);
    await dialog.getByLabel('Nhập mã PIN của thầy cô để xoá toàn bộ dữ liệu').fill('11111111');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.getByRole('alert').getByText('Mã PIN của thầy cô chưa đúng.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await storedNicknames(page)).toContain('Lan');

    await page.goto(`${server.url}/settings`);
    await page.getByRole('button', { name: 'Xoá toàn bộ dữ liệu…' }).click();
    await dialog.getByLabel('Nhập mã PIN của thầy cô để xoá toàn bộ dữ liệu').fill(TEACHER_PIN);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.getByRole('checkbox', { name: 'Tôi hiểu rằng không thể lấy lại dữ liệu đã xoá.' }).check();
    await dialog.getByRole('button', { name: 'Xoá toàn bộ' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/settings`);
    await page.getByText('Chưa đặt mã PIN của thầy cô', { exact: false }).waitFor();
    expect(await storedNicknames(page)).not.toContain('Lan');
  });
});
