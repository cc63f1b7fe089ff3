/** Compiles small lessons into the index exactly as the build does, then searches it as the app does. */
import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../../scripts/content/searchIndex';
import { foldQuery } from '../../../src/content/searchText';
import type { KeyTerm, LessonBody } from '../../../src/content/types';
import type { Locale } from '../../../src/content/vocabulary';
import { prepareIndex, searchLessons } from '../../../src/features/search/searchLessons';
import { lessonBody } from '../../factories';

/** A lesson whose body is one paragraph of `text`. */
function lesson(id: string, fields: { title?: string; summary?: string; terms?: string[]; text?: string; locale?: Locale; order?: number }): LessonBody {
  const keyTerms: KeyTerm[] = (fields.terms ?? []).map((term) => ({ term, meaning: 'Nghĩa.' }));
  return lessonBody({
    id,
    locale: fields.locale ?? 'vi',
    order: fields.order ?? 1,
    title: fields.title ?? `Bài ${id}`,
    summary: fields.summary ?? 'Tóm tắt.',
    objectives: [],
    keyTerms,
    sections: [{ blocks: [{ type: 'prose', flow: [{ type: 'paragraph', sentences: [{ html: '', text: fields.text ?? '' }] }] }] }],
  });
}

/** Lessons must be given in teaching order, as the compiler hands them over. */
function find(lessons: LessonBody[], typed: string, locale: Locale = 'vi'): string[] {
  const data = searchIndex(
    lessons.map((l) => ({ lesson: l })),
    locale,
  );
  const index = prepareIndex(data);
  return searchLessons(index, foldQuery(typed)).map((entry) => entry.id);
}

describe('searching lessons', () => {
  const lessons = [
    lesson('a', { title: 'Internet là gì?', text: 'Đừng cho ai biết mật khẩu của em.' }),
    lesson('b', { title: 'Đăng bài có trách nhiệm', text: 'Nghĩ trước khi đăng.' }),
    lesson('c', { title: 'Gọi 111', summary: 'Tổng đài miễn phí, 24 giờ.', text: 'Kể với người lớn tin cậy.' }),
  ];

  it('finds "mật khẩu" when "mat khau" is typed without accents', () => {
    expect(find(lessons, 'mat khau')).toEqual(['a']);
    expect(find(lessons, 'MAT KHAU')).toEqual(['a']);
  });

  it('matches "đ" with "d", either way round', () => {
    expect(find(lessons, 'dang bai')).toEqual(['b']);
    expect(find(lessons, 'Đừng')).toEqual(['a']);
    expect(find(lessons, 'dung cho')).toEqual(['a']);
  });

  it('requires every word typed', () => {
    expect(find(lessons, 'mat khau tong dai')).toEqual([]);
    expect(find(lessons, 'tong dai 111')).toEqual(['c']);
  });

  it('lets only the last word be unfinished', () => {
    expect(find(lessons, 'mat kh')).toEqual(['a']);
    expect(find(lessons, 'ma khau')).toEqual([]);
    expect(find(lessons, 'mat kh ')).toEqual([]);
  });

  it('finds nothing for an empty query or one of signs only', () => {
    expect(find(lessons, '')).toEqual([]);
    expect(find(lessons, ' ?! ')).toEqual([]);
  });

  it('ranks title, then key terms, then summary, then text, before teaching order', () => {
    const ranked = [
      lesson('text', { order: 1, text: 'Một mật khẩu dài.' }),
      lesson('summary', { order: 2, summary: 'Giữ mật khẩu an toàn.' }),
      lesson('terms', { order: 3, terms: ['Mật khẩu mạnh'] }),
      lesson('title', { order: 4, title: 'Mật khẩu của em' }),
      lesson('other', { order: 5, title: 'Ảnh của bạn' }),
    ];
    expect(find(ranked, 'mật khẩu')).toEqual(['title', 'terms', 'summary', 'text']);
  });

  it('ranks a lesson by its weakest word: both words in key terms beat one in the title and one in the text', () => {
    const ranked = [
      lesson('split', { order: 1, title: 'Bí mật', text: 'khẩu trang' }),
      lesson('terms', { order: 2, terms: ['Mật khẩu'] }),
    ];
    expect(find(ranked, 'mat khau')).toEqual(['terms', 'split']);
  });

  it('keeps teaching order between lessons found in the same place', () => {
    const same = [lesson('first', { order: 1, text: 'mật khẩu' }), lesson('second', { order: 2, text: 'mật khẩu' })];
    expect(find(same, 'mat khau')).toEqual(['first', 'second']);
  });

  it('indexes each lesson once, in the reader’s language or else the original', () => {
    const both = [
      lesson('translated', { locale: 'en', title: 'Passwords' }),
      lesson('translated', { locale: 'vi', title: 'Mật khẩu' }),
      lesson('untranslated', { locale: 'vi', order: 2, text: 'Mật khẩu mạnh.' }),
    ];
    expect(find(both, 'password', 'en')).toEqual(['translated']);
    expect(find(both, 'mat khau', 'en')).toEqual(['untranslated']);
    expect(find(both, 'mat khau', 'vi')).toEqual(['translated', 'untranslated']);
  });
});
