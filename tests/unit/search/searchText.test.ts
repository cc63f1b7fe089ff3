import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, foldedWords, foldQuery, foldText } from '../../../src/content/searchText';

describe('folding search text', () => {
  it.each([
    ['Mật khẩu', 'mat khau'],
    ['ĐỪNG đăng ảnh', 'dung dang anh'],
    ['Người lạ trên mạng', 'nguoi la tren mang'],
    ['  Tổng đài   111! ', 'tong dai 111'],
    ['“Bí mật” – chia sẻ/xoá?', 'bi mat chia se xoa'],
    ['Wi-Fi, e-mail', 'wi fi e mail'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds composed and decomposed Vietnamese alike', () => {
    const composed = 'mật khẩu'.normalize('NFC');
    const decomposed = 'mật khẩu'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(foldText(decomposed)).toBe(foldText(composed));
  });

  it('splits into words and has none for blank text', () => {
    expect(foldedWords('Đăng bài có trách nhiệm')).toEqual(['dang', 'bai', 'co', 'trach', 'nhiem']);
    expect(foldedWords(' ,.; ')).toEqual([]);
  });

  it('treats the last word typed as unfinished until a space or a sign follows it', () => {
    expect(foldQuery('Mật kh')).toEqual({ words: ['mat', 'kh'], lastIsPrefix: true });
    expect(foldQuery('mật ')).toEqual({ words: ['mat'], lastIsPrefix: false });
    expect(foldQuery('111.')).toEqual({ words: ['111'], lastIsPrefix: false });
  });

  it('writes the lessons of each word compactly and reads them back', () => {
    const lists = [[0, 3, 4], [1], [2, 40, 1000]];
    const text = encodePostings(lists);
    expect(text).toBe('0,3,1;1;2,12,qo');
    expect(decodePostings(text)).toEqual(lists);
    expect(decodePostings(encodePostings([]))).toEqual([]);
  });
});
