/**
 * Strings of the teacher area's own screens, Vietnamese first, in the `teacher` namespace (loaded when a
 * screen asks for it): the progression map and the statement a lesson plan serves. The teacher area's
 * older strings — some of which the header, the lesson page and Cài đặt use — stay in the core strings
 * (src/i18n/locales/teacher.ts), reachable from here through the core fallback.
 */
import type { Translation } from '../../i18n/translation';

export const teacherAreaVi = {
  progression: {
    // The band's lead-in, which every statement continues (content/<band>/progression.yaml).
    lead: 'Cuối lớp {{grades}}, em có thể',
    lead_ban: 'Cuối lớp {{grades}}, bạn có thể',
    lead_adult: 'Cuối buổi sinh hoạt, người tham dự có thể',
    serves: 'Bài này hướng tới:',
  },
  map: {
    title: 'Bản đồ tiến trình theo lứa tuổi',
    back: 'Về trang dành cho thầy cô',
    intro:
      'Mỗi chủ đề đi qua bốn nhóm lớp. Mỗi ô nói điều học sinh có thể làm được ở cuối nhóm lớp đó và bài học giúp các em làm được. Bản đồ in vừa một trang A4 ngang.',
    caption: 'Điều học sinh có thể làm được ở cuối mỗi nhóm lớp, theo chủ đề',
    topic: 'Chủ đề',
    bandHeader: '{{lead}}…',
    lessons: 'Bài học',
    noStatement: 'Chưa có mô tả cho ô này.',
    noLesson: 'Chưa có bài học.',
    noMatch: 'Không có bài rèn năng lực này.',
    print: 'In bản đồ (khổ A4 ngang)',
    printedFilter: 'Chỉ gồm các bài rèn năng lực {{code}} – {{name}}.',
    filter: {
      label: 'Lọc theo năng lực số (Thông tư 02/2025/TT-BGDĐT)',
      all: 'Tất cả năng lực',
      count_one: '{{count}} bài rèn năng lực {{code}}.',
      count_other: '{{count}} bài rèn năng lực {{code}}.',
      none: 'Không có bài nào rèn năng lực {{code}}.',
      showingAll_one: 'Đang hiện tất cả {{count}} bài.',
      showingAll_other: 'Đang hiện tất cả {{count}} bài.',
    },
  },
};

export const teacherAreaEn: Translation<typeof teacherAreaVi> = {
  progression: {
    lead: 'By the end of grades {{grades}}, I can',
    lead_adult: 'By the end of the session, participants can',
    serves: 'This lesson works towards:',
  },
  map: {
    title: 'Progression map by age',
    back: 'Back to the teachers’ page',
    intro:
      'Each topic runs through the four grade bands. Each cell says what pupils can do by the end of those grades and which lesson gets them there. The map prints on one A4 landscape page.',
    caption: 'What pupils can do by the end of each grade band, topic by topic',
    topic: 'Topic',
    bandHeader: '{{lead}}…',
    lessons: 'Lessons',
    noStatement: 'No statement for this cell yet.',
    noLesson: 'No lesson yet.',
    noMatch: 'No lesson here practises this competence.',
    print: 'Print the map (A4 landscape)',
    printedFilter: 'Only the lessons that practise {{code}} – {{name}}.',
    filter: {
      label: 'Filter by digital competence (Circular 02/2025/TT-BGDĐT)',
      all: 'All competences',
      count_one: '{{count}} lesson practises competence {{code}}.',
      count_other: '{{count}} lessons practise competence {{code}}.',
      none: 'No lesson practises competence {{code}}.',
      showingAll_one: 'Showing all {{count}} lesson.',
      showingAll_other: 'Showing all {{count}} lessons.',
    },
  },
};
