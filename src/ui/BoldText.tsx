/** Lesson words with their `**bold**` words in <strong> (src/ui/boldMarks.ts): React elements, never HTML. */
import { Fragment } from 'react';
import { boldPieces } from './boldMarks';

export function BoldText({ text }: { text: string }) {
  return (
    <>
      {boldPieces(text).map((piece, i) => (piece.bold ? <strong key={i}>{piece.text}</strong> : <Fragment key={i}>{piece.text}</Fragment>))}
    </>
  );
}
