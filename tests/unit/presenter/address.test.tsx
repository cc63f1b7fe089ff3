/**
 * The projector speaks to the room as the lesson does (issue 10, item 7): "em" for the younger bands,
 * "bạn" for lớp 10–12, and the parents' and staff sessions as a meeting of adults, not "cả lớp".
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SlideView } from '../../../src/features/presenter/SlideView';
import { buildPresentation } from '../../../src/features/presenter/slides';
import type { BandId } from '../../../src/content/vocabulary';
import { renderWithProviders } from '../../test-utils';
import { callout, lesson, p, part, section } from './factories';

function slidesFor(band: BandId) {
  const body = lesson([section(part('practice', 10), callout('discussion', [p('Thảo luận.')]))], { band });
  return buildPresentation(body).slides;
}

async function show(band: BandId, type: 'title' | 'closing') {
  const slide = slidesFor(band).find((s) => s.type === type)!;
  return renderWithProviders(<SlideView slide={slide} lessonId="bai-thu" />);
}

describe('the form of address on the projector', () => {
  it.each([
    ['lop-4-5', 'Sau bài học, em có thể:', 'Em còn điều gì muốn hỏi', 'Cả lớp cùng trả lời 2 câu hỏi ôn tập của bài.'],
    ['lop-10-12', 'Sau bài học, bạn có thể:', 'Bạn còn điều gì muốn hỏi', 'Cả lớp cùng trả lời 2 câu hỏi ôn tập của bài.'],
    ['cha-me', 'Sau buổi sinh hoạt, người tham dự có thể:', 'Mọi người còn điều gì muốn hỏi', 'Mọi người cùng trả lời 2 câu hỏi ôn tập của buổi sinh hoạt.'],
  ] as const)('%s: the objectives lead and the closing slide', async (band, objectives, discussion, questions) => {
    const title = await show(band, 'title');
    expect(screen.getByText(objectives)).toBeInTheDocument();
    title.unmount();
    await show(band, 'closing');
    expect(screen.getByText(new RegExp(`^${discussion}`))).toBeInTheDocument();
    expect(screen.getByText(questions)).toBeInTheDocument();
  });
});
