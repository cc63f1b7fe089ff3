/**
 * Picture answers on screen (issue 23 §2): the options of a picture question are large cards, each the
 * label of its radio or checkbox, with the picture's description as its alt text — so a click anywhere
 * on the card chooses it, and the keyboard works as on any option (arrows in a radio group, Space on a
 * checkbox). The review and the class quiz show the pictures too.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types';
import { ensureCurrentLearner } from '../../../src/db/learners';
import { optionOrder } from '../../../src/domain/quiz';
import { QuestionBoard } from '../../../src/features/game/QuestionBoard';
import { QuizRunner } from '../../../src/features/quiz/QuizRunner';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { ReviewItem } from '../../../src/ui/ReviewItem';
import { lessonBody } from '../../factories';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const picture = (name: string, alt: string) => ({ src: `/assets/${name}.svg`, alt, width: 240, height: 200 });

const WHO: Question = {
  id: 'q1',
  type: 'single',
  question: 'Em buồn nhiều ngày. Em có thể tìm ai?',
  options: [
    { text: 'Thầy cô hoặc 111', correct: true, picture: picture('thay-co', 'Cô giáo ngồi bên cạnh lắng nghe một bạn nhỏ') },
    { text: 'Một ứng dụng AI', correct: false, picture: picture('ai', 'Màn hình máy tính bảng có một khuôn mặt rô-bốt') },
    { text: 'Không ai cả', correct: false, picture: picture('mot-minh', 'Một bạn nhỏ ngồi một mình trong góc phòng') },
  ],
  explanation: 'Thầy cô và 111 luôn lắng nghe em.',
};

const FEELINGS: Question = {
  id: 'q2',
  type: 'multiple',
  question: 'Hình nào cho thấy một bạn đang thấy không ổn?',
  options: [
    { text: 'Bạn đang khóc', correct: true, picture: picture('khoc', 'Khuôn mặt có giọt nước mắt') },
    { text: 'Bạn đang sợ', correct: true, picture: picture('so', 'Khuôn mặt mở to mắt, miệng tròn') },
    { text: 'Bạn đang cười', correct: false, picture: picture('cuoi', 'Khuôn mặt cười tươi') },
  ],
  explanation: 'Buồn và sợ là khi em cần kể với người lớn.',
};

/** The cards of the question on screen, in the order shown. */
function cards(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.options--pictures > .option')];
}

describe('picture answers in the quiz', () => {
  let learnerId: string;
  beforeEach(async () => {
    freshDatabase();
    learnerId = (await ensureCurrentLearner())!.id;
    useStorageStatus.setState({ problem: null, ready: true });
  });

  async function openQuiz(quiz: Question[]) {
    const user = userEvent.setup();
    await renderWithProviders(<QuizRunner lesson={lessonBody({ id: 'picture-lesson', band: 'lop-1-3', quiz })} learnerId={learnerId} />);
    await screen.findByRole('heading', { name: quiz[0]!.question });
    return user;
  }

  it('lays the options out as cards, each picture with its description, named with its label', async () => {
    await openQuiz([WHO]);
    expect(cards()).toHaveLength(3);
    for (const option of WHO.options) {
      const image = screen.getByRole('img', { name: option.picture!.alt });
      expect(image).toHaveAttribute('src', option.picture!.src);
      // The picture is inside the option's label: its radio is named by the picture and the label together.
      expect(screen.getByRole('radio', { name: `${option.picture!.alt} ${option.text}` })).toBe(image.closest('label')!.querySelector('input'));
    }
  });

  it('chooses an option when its picture is clicked, anywhere on the card', async () => {
    const user = await openQuiz([WHO]);
    await user.click(screen.getByRole('img', { name: WHO.options[1]!.picture!.alt }));
    expect(screen.getByRole('radio', { name: /Một ứng dụng AI/ })).toBeChecked();
    expect(cards().find((card) => card.classList.contains('option--chosen'))).toHaveTextContent('Một ứng dụng AI');
    await user.click(screen.getByText('Thầy cô hoặc 111'));
    expect(screen.getByRole('radio', { name: /Thầy cô hoặc 111/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Chính xác!', { selector: '.feedback__verdict' })).toBeInTheDocument();
  });

  it('is answered with the keyboard alone: arrows move through the cards, Space ticks a card', async () => {
    const user = await openQuiz([WHO, FEELINGS]);
    await user.tab();
    const radios = screen.getAllByRole('radio');
    expect(radios[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(radios[1]).toHaveFocus();
    expect(radios[1]).toBeChecked();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');

    await screen.findByRole('heading', { name: FEELINGS.question });
    await user.tab();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes[0]).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(boxes.filter((box) => (box as HTMLInputElement).checked)).toEqual([boxes[0], boxes[1]]);
  });
});

describe('picture answers elsewhere', () => {
  it('shows the pictures in the review of a missed question', async () => {
    await renderWithProviders(
      <ul>
        <ReviewItem question={WHO} order={[2, 0, 1]} selected={[2]} band="lop-1-3" />
      </ul>,
    );
    const shown = screen.getAllByRole('img').map((image) => image.getAttribute('alt'));
    expect(shown).toEqual([2, 0, 1].map((i) => WHO.options[i]!.picture!.alt));
    expect(screen.getByRole('img', { name: WHO.options[0]!.picture!.alt }).closest('li')).toHaveTextContent('Thầy cô hoặc 111');
  });

  it('shows the pictures as cards on the class quiz board, in the game order', async () => {
    const order = optionOrder(WHO, 'game-seed');
    await renderWithProviders(<QuestionBoard question={WHO} order={order} position={1} total={1} revealed={false} contentLocale="vi" />);
    const list = document.querySelector('.game-options--pictures')!;
    expect(within(list as HTMLElement).getAllByRole('img').map((image) => image.getAttribute('alt'))).toEqual(order.map((i) => WHO.options[i]!.picture!.alt));
  });
});
