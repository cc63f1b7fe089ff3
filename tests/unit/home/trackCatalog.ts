/**
 * A catalog with the audience tracks in it, for tests that replace `virtual:lesson-catalog` (the unit
 * fixture pack has pupil lessons only): one pupil lesson, a parents' session with a self-check and a
 * staff session without one.
 */
import type { CatalogEntry, CatalogPart, LessonBody, Question } from '../../../src/content/types';
import type { BandId } from '../../../src/content/vocabulary';
import { lessonBody } from '../../factories';

const question = (id: string, right: string, wrong: string, explanation: string): Question => ({
  id,
  type: 'single',
  question: `Câu hỏi ${id}?`,
  options: [
    { text: right, correct: true },
    { text: wrong, correct: false },
  ],
  explanation,
});

export const PUPIL_LESSON = lessonBody({ id: 'pupil-lesson', title: 'Bài của học sinh', band: 'lop-4-5', topic: 'personal-data', quiz: [question('q1', 'Đúng', 'Sai', 'Giải thích.')] });

export const PARENT_SESSION = lessonBody({
  id: 'cha-me-warning-signs',
  title: 'Khi con kể chuyện trên mạng',
  band: 'cha-me',
  topic: 'warning-signs',
  duration: 25,
  competences: [],
  objectives: ['Bình tĩnh lắng nghe khi con kể.'],
  quiz: [
    question('s1', 'Cảm ơn con đã kể', 'Tịch thu điện thoại ngay', 'Con cần thấy kể ra là an toàn.'),
    question('s2', 'Gọi 111 để được tư vấn', 'Tự xử lý, không nói với ai', '111 miễn phí, 24/7, người lớn cũng gọi được.'),
    question('s3', 'Giữ bằng chứng', 'Xóa hết tin nhắn', 'Bằng chứng giúp báo cáo và xử lý.'),
  ],
});

export const STAFF_SESSION = lessonBody({
  id: 'thay-co-disclosure',
  title: 'Khi học sinh kể',
  band: 'thay-co',
  topic: 'disclosure',
  duration: 40,
  competences: [],
  quiz: [],
});

const LESSONS: LessonBody[] = [PUPIL_LESSON, PARENT_SESSION, STAFF_SESSION];

function entryOf(lesson: LessonBody): CatalogEntry {
  const { objectives: _o, keyTerms: _k, sections: _s, quiz: _q, ...entry } = lesson;
  return entry;
}

/** What `virtual:lesson-catalog` exports (counts, the band index, a part per band), built from the lessons above. */
export function trackCatalogModule() {
  const bands = [...new Set(LESSONS.map((lesson) => lesson.band))];
  const ofBand = (band: BandId) => LESSONS.filter((lesson) => lesson.band === band);
  return {
    lessonCounts: Object.fromEntries(bands.map((band) => [band, ofBand(band).length])),
    loadIndex: () => Promise.resolve({ idsByBand: Object.fromEntries(bands.map((band) => [band, ofBand(band).map((lesson) => lesson.id)])) }),
    bandParts: Object.fromEntries(
      bands.map((band) => [
        band,
        (): Promise<CatalogPart> =>
          Promise.resolve({
            entries: ofBand(band).map(entryOf),
            loaders: Object.fromEntries(ofBand(band).map((lesson) => [`${lesson.id}.${lesson.locale}`, () => Promise.resolve({ default: lesson })])),
          }),
      ]),
    ),
  };
}
