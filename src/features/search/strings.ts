/** User-visible strings of the search page, Vietnamese first; registered in src/app/featureNamespaces.ts. */
import type { Translation } from '../../i18n/translation';

export const searchVi = {
  title: 'Tìm kiếm',
  label: 'Tìm bài học',
  hint: 'Gõ vài từ có trong tên bài, từ khóa hoặc nội dung bài. Gõ không dấu cũng được, ví dụ: {{example}}.',
  /** A query that finds lessons in this language's curriculum (tests/unit/search/hintExample.test.ts). */
  example: 'mat khau',
  submit: 'Tìm',
  loading: 'Đang mở mục tìm kiếm…',
  loadFailed: 'Chưa mở được mục tìm kiếm trên máy này. Hãy thử lại; nếu vẫn chưa được, hãy kết nối mạng rồi tải lại trang.',
  retry: 'Thử lại',
  found_one: 'Tìm thấy {{count}} bài cho “{{query}}”.',
  found_other: 'Tìm thấy {{count}} bài cho “{{query}}”.',
  none: 'Không tìm thấy bài nào cho “{{query}}”. Hãy thử từ khác, hoặc bớt đi một từ.',
  firstShown: 'Dưới đây là {{shown}} bài phù hợp nhất. Gõ thêm từ để thu hẹp kết quả.',
  results: 'Kết quả tìm kiếm',
  audience: {
    parents: 'Buổi sinh hoạt cho cha mẹ',
    staff: 'Buổi sinh hoạt cho thầy cô',
  },
};

export const searchEn: Translation<typeof searchVi> = {
  title: 'Search',
  label: 'Search the lessons',
  hint: 'Type a few words from a lesson’s title, key terms or text, for example: {{example}}.',
  example: 'strong password',
  submit: 'Search',
  loading: 'Opening search…',
  loadFailed: 'Search could not be opened on this computer. Try again; if it still fails, connect to the Internet and reload the page.',
  retry: 'Try again',
  found_one: '{{count}} lesson found for “{{query}}”.',
  found_other: '{{count}} lessons found for “{{query}}”.',
  none: 'No lesson found for “{{query}}”. Try another word, or one word fewer.',
  firstShown: 'These are the {{shown}} best matches. Type more words to narrow the results.',
  results: 'Search results',
  audience: {
    parents: 'Session for parents',
    staff: 'Session for school staff',
  },
};
