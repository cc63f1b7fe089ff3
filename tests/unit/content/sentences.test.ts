/** Where read-aloud (and the compiler's paragraph cuts) end a sentence, in Vietnamese and English. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/content/sentences';

describe('splitSentences', () => {
  it.each([
    ['Vietnamese, with capitals that carry marks', 'Em hãy hỏi bố mẹ. Đừng gửi ảnh cho người lạ! Ở nhà có ai không?', ['Em hãy hỏi bố mẹ.', 'Đừng gửi ảnh cho người lạ!', 'Ở nhà có ai không?']],
    ['English', 'Ask an adult first. Never share your password! Who can help?', ['Ask an adult first.', 'Never share your password!', 'Who can help?']],
    ['an ellipsis and closing quotes', 'Bạn ấy nói: “Bí mật nhé…” Em hãy kể với cô giáo.', ['Bạn ấy nói: “Bí mật nhé…”', 'Em hãy kể với cô giáo.']],
    ['a sentence opening with a quote', 'Em nói "Không". "Tớ sẽ hỏi mẹ" là câu trả lời đúng.', ['Em nói "Không".', '"Tớ sẽ hỏi mẹ" là câu trả lời đúng.']],
  ])('cuts %s at its sentence ends', (_, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it.each([
    ['a number', 'Gọi 111. Tổng đài miễn phí.', ['Gọi 111.', 'Tổng đài miễn phí.']],
    ['a lower-case word after a full stop (a web address, an abbreviation)', 'Vào trang web.com rồi hỏi thầy cô.', ['Vào trang web.com rồi hỏi thầy cô.']],
    ['a decimal number', 'Chỉ mất 2.5 phút thôi.', ['Chỉ mất 2.5 phút thôi.']],
  ])('keeps %s inside its sentence', (_, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('gives nothing for blank text and one sentence for text without an end mark', () => {
    expect(splitSentences('  ')).toEqual([]);
    expect(splitSentences('Địa chỉ nhà em')).toEqual(['Địa chỉ nhà em']);
  });
});
