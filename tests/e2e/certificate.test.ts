/**
 * A topic certificate in Debian's Chromium: earned through the quizzes, then printed to PDF — one A4
 * page, border and date included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../src/content/vocabulary';
import { answerQuiz, builtLessons, createLearnerViaUi } from './harness';
import { useAppInBrowser } from './appInBrowser';

describe('a topic certificate', () => {
  const app = useAppInBrowser();

  // The topic of the pupils' bands with the most lessons: the longest certificate a child can print.
  const pupils = builtLessons().filter((lesson) => lesson.locale === 'vi' && lesson.band.startsWith('lop-') && lesson.quiz.length > 0);
  const groups = new Map<string, typeof pupils>();
  for (const lesson of pupils) {
    const key = `${lesson.band}/${lesson.topic}`;
    groups.set(key, [...(groups.get(key) ?? []), lesson]);
  }
  const [key, lessons] = [...groups.entries()].filter(([k]) => TOPIC_IDS.some((t) => k.endsWith(`/${t}`))).sort((a, b) => b[1].length - a[1].length)[0]!;

  beforeAll(async () => {
    await createLearnerViaUi(app.page, app.origin, 'Nguyễn Thị Phương Thảo', '12A1');
    for (const lesson of lessons) {
      await app.page.goto(`${app.origin}/lesson/${lesson.id}/quiz`);
      await answerQuiz(app.page, lesson);
      // Saved before the next page is opened: leaving sooner can abort the write in flight.
      await app.page.getByText('Kết quả đã được lưu trên máy này.').waitFor();
    }
  });

  it('prints on exactly one A4 page', async () => {
    await app.page.goto(`${app.origin}/certificate/${key}`);
    await app.page.getByRole('article', { name: 'Giấy chứng nhận hoàn thành' }).waitFor();
    await app.page.emulateMedia({ media: 'print' });
    const pdf = (await app.page.pdf({ preferCSSPageSize: true })).toString('latin1');
    await app.page.emulateMedia({ media: null });
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
