/**
 * The preschool band "Mầm non" (issue 23 §3) in Debian's Chromium against the built app: the home page
 * offers it first, as learnt with an adult; its band page passes axe; a session opens with its picture
 * story; its quiz speaks kindly (no "chưa đúng", no score) while the attempt is stored as in any band;
 * and once the five sessions are answered, the certificate shows the child's avatar and the sessions,
 * never a score.
 */
import { describe, expect, it } from 'vitest';
import { PRESCHOOL_TOPIC_IDS } from '../../src/content/vocabulary';
import { answerQuiz, builtLessons, createLearnerViaUi, seriousViolations } from './harness';
import { useAppInBrowser } from './appInBrowser';

describe('the preschool band', () => {
  const app = useAppInBrowser();
  const sessions = builtLessons()
    .filter((lesson) => lesson.band === 'mam-non' && lesson.locale === 'vi')
    .sort((a, b) => PRESCHOOL_TOPIC_IDS.indexOf(a.topic as never) - PRESCHOOL_TOPIC_IDS.indexOf(b.topic as never));

  it('is offered first on the home page, as learnt with an adult, and its band page passes axe', async () => {
    // The curriculum's five (content:check counts them); a generated pack may have more.
    expect(sessions.length).toBeGreaterThan(0);
    await app.page.goto(app.origin);
    const cards = app.page.locator('.home > .band-grid .band-card');
    const first = cards.first();
    await expect.poll(() => first.textContent()).toContain('Mầm non');
    expect(await first.textContent()).toContain('học cùng người lớn');
    expect(await first.textContent()).toContain(`${sessions.length} buổi học cùng người lớn`);

    await first.click();
    await app.page.getByRole('heading', { level: 1, name: 'Bài học cho Mầm non' }).waitFor();
    await app.page.getByText('Người lớn (cô giáo hoặc bố mẹ) đọc to').waitFor();
    for (const session of sessions) await app.page.getByRole('link', { name: session.title, exact: true }).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('opens a session with its picture story, and its quiz answers kindly and shows no score', async () => {
    await createLearnerViaUi(app.page, app.origin, 'Bống');
    const [first] = sessions;
    await app.page.goto(`${app.origin}/lesson/${first!.id}`);
    await app.page.getByRole('heading', { level: 1, name: first!.title }).waitFor();
    await app.page.getByRole('img', { name: /Voi Bi màu xám/ }).waitFor();

    await app.page.goto(`${app.origin}/lesson/${first!.id}/quiz`);
    const [question] = first!.quiz;
    await app.page.getByText(`Câu 1 / ${first!.quiz.length}`).waitFor();
    const wrong = question!.options.findIndex((option) => !option.correct);
    await app.page.locator(`.option input[value="${wrong}"]`).check();
    await app.page.getByRole('button', { name: 'Kiểm tra' }).click();
    const feedback = app.page.locator('.feedback');
    await feedback.getByText('Mình cùng nhìn lại nhé.').waitFor();
    expect(await feedback.textContent()).toContain('Hình đúng là:');
    const questionText = await app.page.locator('form.question').textContent();
    expect(questionText).not.toMatch(/chưa đúng|Sai/i);
    expect(questionText).toContain('em đã chọn');
    await app.page.getByRole('button', { name: 'Câu tiếp theo' }).click();

    for (const [index, next] of first!.quiz.entries()) {
      if (index === 0) continue;
      await app.page.getByText(`Câu ${index + 1} / ${first!.quiz.length}`).waitFor();
      const right = next.options.findIndex((option) => option.correct);
      await app.page.locator(`.option input[value="${right}"]`).check();
      await app.page.getByRole('button', { name: 'Kiểm tra' }).click();
      await app.page.locator('.feedback').getByText('Giỏi lắm!').waitFor();
      await app.page.getByRole('button', { name: /^(Câu tiếp theo|Xem kết quả)$/ }).click();
    }
    const result = app.page.locator('.quiz-result');
    await result.getByRole('heading', { name: 'Cả nhà mình đã trả lời xong!' }).waitFor();
    await result.getByText('Kết quả đã được lưu trên máy này.').waitFor();
    const resultText = await result.textContent();
    expect(resultText).not.toMatch(/%|\d+ \/ \d+|điểm/);
  });

  it('gives a certificate with the avatar and the sessions done, and no score', async () => {
    // The first session was answered above (one picture missed: a preschool certificate asks no score).
    for (const session of sessions.slice(1)) {
      await app.page.goto(`${app.origin}/lesson/${session.id}/quiz`);
      await answerQuiz(app.page, session);
      // Saved before the next page is opened: leaving sooner can abort the write in flight.
      await app.page.getByText('Kết quả đã được lưu trên máy này.').waitFor();
    }

    await app.page.goto(`${app.origin}/progress/mam-non`);
    const map = app.page.locator('.skills-map');
    await map.getByText('Đã học xong').first().waitFor();
    expect(await map.getByText('Đã học xong').count()).toBe(sessions.length);
    expect(await map.textContent()).not.toMatch(/%|sao/);

    // The review of the first session (one picture missed): its attempt and its miss, without a score.
    await app.page.goto(`${app.origin}/lesson/${sessions[0]!.id}/review`);
    const review = app.page.locator('.review-page');
    await review.getByText(/đã cùng người lớn trả lời xong/).waitFor();
    await review.getByText('em đã chọn').waitFor();
    expect(await review.textContent()).not.toMatch(/%|chưa đúng/);

    await app.page.goto(`${app.origin}/certificate/mam-non`);
    const certificate = app.page.getByRole('article', { name: 'Giấy chứng nhận hoàn thành' });
    await certificate.waitFor();
    const text = (await certificate.textContent()) ?? '';
    expect(text).toContain('Bống');
    expect(text).toContain(`đã cùng người lớn học xong ${sessions.length} buổi học Mầm non an toàn`);
    for (const session of sessions) expect(text).toContain(session.title);
    expect(text).not.toMatch(/%|điểm/);
    expect(await certificate.locator('svg.avatar').getAttribute('width')).toBe('120');
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
