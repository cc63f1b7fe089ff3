/**
 * A word in a question or an option may be bold: `**KHÔNG**` in "Việc nào **KHÔNG** nên làm?". The text
 * stays text — it is cut into plain and bold pieces, never read as HTML or Markdown, so nothing else in
 * a lesson's words can become markup. A `**` without its pair, or around nothing, stays as written.
 * BoldText shows the pieces; where text must be plain (an announcement, a title), the markers go.
 */

/** `**` + at least one character that is not `*` + `**`, the shortest match first. */
const BOLD = /\*\*([^*]+?)\*\*/g;

export interface TextPiece {
  text: string;
  bold: boolean;
}

export function boldPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(BOLD)) {
    if (match.index > from) pieces.push({ text: text.slice(from, match.index), bold: false });
    pieces.push({ text: match[1] as string, bold: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), bold: false });
  return pieces;
}

/** The text as it reads aloud: bold markers removed, nothing else changed. */
export function withoutBoldMarks(text: string): string {
  return text.replace(BOLD, '$1');
}
