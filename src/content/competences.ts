/**
 * Digital competences a pupil lesson practises: the component competences of Vietnam's digital
 * competence framework for learners (Thông tư 02/2025/TT-BGDĐT). Lessons tag them by code in front
 * matter (`competences: ["4.2"]`); the compiler accepts only these codes, and the app shows the names.
 */
import type { Locale } from './vocabulary';

export const COMPETENCES = [
  { code: '1.1', vi: 'Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số', en: 'Browsing, searching and filtering data, information and digital content' },
  { code: '1.2', vi: 'Đánh giá dữ liệu, thông tin và nội dung số', en: 'Evaluating data, information and digital content' },
  { code: '1.3', vi: 'Quản lý dữ liệu, thông tin và nội dung số', en: 'Managing data, information and digital content' },
  { code: '2.1', vi: 'Tương tác thông qua công nghệ số', en: 'Interacting through digital technologies' },
  { code: '2.2', vi: 'Chia sẻ thông tin và nội dung thông qua công nghệ số', en: 'Sharing information and content through digital technologies' },
  { code: '2.3', vi: 'Sử dụng công nghệ số để thực hiện trách nhiệm công dân', en: 'Using digital technologies to exercise citizenship' },
  { code: '2.4', vi: 'Hợp tác thông qua công nghệ số', en: 'Collaborating through digital technologies' },
  { code: '2.5', vi: 'Quy tắc ứng xử trên mạng', en: 'Netiquette: rules of conduct online' },
  { code: '2.6', vi: 'Quản lý danh tính số', en: 'Managing digital identity' },
  { code: '3.1', vi: 'Phát triển nội dung số', en: 'Developing digital content' },
  { code: '3.2', vi: 'Tích hợp và tạo lập lại nội dung số', en: 'Integrating and re-elaborating digital content' },
  { code: '3.3', vi: 'Thực thi bản quyền và giấy phép', en: 'Respecting copyright and licences' },
  { code: '3.4', vi: 'Lập trình', en: 'Programming' },
  { code: '4.1', vi: 'Bảo vệ thiết bị', en: 'Protecting devices' },
  { code: '4.2', vi: 'Bảo vệ dữ liệu cá nhân và quyền riêng tư', en: 'Protecting personal data and privacy' },
  { code: '4.3', vi: 'Bảo vệ sức khỏe và an sinh số', en: 'Protecting health and digital well-being' },
  { code: '4.4', vi: 'Bảo vệ môi trường', en: 'Protecting the environment' },
  { code: '5.1', vi: 'Giải quyết các vấn đề kỹ thuật', en: 'Solving technical problems' },
  { code: '5.2', vi: 'Xác định nhu cầu và giải pháp công nghệ', en: 'Identifying needs and technological solutions' },
  { code: '5.3', vi: 'Sử dụng sáng tạo công nghệ số', en: 'Creatively using digital technologies' },
  { code: '5.4', vi: 'Xác định các vấn đề cần cải thiện về năng lực số', en: 'Identifying gaps in digital competence' },
  { code: '6.1', vi: 'Hiểu biết về trí tuệ nhân tạo', en: 'Understanding artificial intelligence' },
  { code: '6.2', vi: 'Sử dụng trí tuệ nhân tạo', en: 'Using artificial intelligence' },
  { code: '6.3', vi: 'Đánh giá trí tuệ nhân tạo', en: 'Evaluating artificial intelligence' },
] as const;

export type CompetenceCode = (typeof COMPETENCES)[number]['code'];
export const COMPETENCE_CODES = COMPETENCES.map((c) => c.code) as [CompetenceCode, ...CompetenceCode[]];

/** How many competences one pupil lesson may tag. */
export const COMPETENCES_PER_LESSON = { min: 1, max: 4 } as const;

export function isCompetenceCode(value: string): value is CompetenceCode {
  return (COMPETENCE_CODES as readonly string[]).includes(value);
}

/** The competence's name in the reader's language. */
export function competenceName(code: CompetenceCode, locale: Locale): string {
  const competence = COMPETENCES.find((c) => c.code === code);
  return competence ? competence[locale] : code;
}
