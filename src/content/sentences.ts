/**
 * Where a sentence ends, one rule for the compiler (which cuts a paragraph into sentences, so slides
 * and printouts may break between them and read-aloud can highlight them) and for read-aloud (which
 * speaks a list item, a table cell or a quiz text one sentence at a time).
 */

/** The end of a sentence: punctuation (and closing quotes), spaces, then a capital letter (or opening quote). */
export const SENTENCE_END = /[.!?…]["”’»)]*(\s+)(?=["“«(]?\p{Lu})/gu;

/** A text cut into its sentences, each trimmed; no empty ones. Vietnamese capitals (Đ, Ơ …) count as capitals. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const cut = match.index + match[0].length;
    sentences.push(text.slice(from, cut));
    from = cut;
  }
  sentences.push(text.slice(from));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}
