/** `**word**` in a question is bold on screen and plain where text must be plain — and never HTML. */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BoldText } from '../../../src/ui/BoldText';
import { boldPieces, withoutBoldMarks } from '../../../src/ui/boldMarks';

describe('bold words in quiz text', () => {
  it('makes the words between ** bold and leaves the rest as text', () => {
    const { container } = render(
      <p>
        <BoldText text="Việc nào **KHÔNG** nên làm khi **người lạ** nhắn tin?" />
      </p>,
    );
    expect(container.innerHTML).toBe('<p>Việc nào <strong>KHÔNG</strong> nên làm khi <strong>người lạ</strong> nhắn tin?</p>');
    expect(container.textContent).toBe('Việc nào KHÔNG nên làm khi người lạ nhắn tin?');
  });

  it('shows markup in the text as text, never as HTML', () => {
    const { container } = render(<BoldText text={'<img src=x onerror="alert(1)"> **<b>đậm</b>**'} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('<b>đậm</b>');
  });

  it('keeps a marker without its pair, or around nothing, as written', () => {
    expect(boldPieces('2 ** 3 = 8')).toEqual([{ text: '2 ** 3 = 8', bold: false }]);
    expect(boldPieces('****')).toEqual([{ text: '****', bold: false }]);
    expect(boldPieces('**a** và **b')).toEqual([
      { text: 'a', bold: true },
      { text: ' và **b', bold: false },
    ]);
    expect(boldPieces('')).toEqual([]);
  });

  it('drops the markers where text is plain', () => {
    expect(withoutBoldMarks('Việc nào **KHÔNG** nên làm?')).toBe('Việc nào KHÔNG nên làm?');
    expect(withoutBoldMarks('2 ** 3')).toBe('2 ** 3');
  });
});
