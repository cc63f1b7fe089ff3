/**
 * Picture answers (issue 23 §2): a quiz option may show a picture above its label, for children who do
 * not read yet. The compiler checks the picture and its description (scripts/content/quiz.ts) and that
 * every option of such a question has one; the quiz, the class quiz, the review and the worksheet show
 * it with this component, and lay such a question's options out as cards (optionPicture.css).
 */
import type { QuizOption, Question } from '../content/types';
import './optionPicture.css';

/** Whether a question's options are picture answers (the compiler lets all or none of them have one). */
export function hasPictures(question: Question): boolean {
  return question.options.some((option) => option.picture !== undefined);
}

interface Props {
  option: QuizOption | undefined;
  /** `card`: the quiz's and the class quiz's large cards; `small`: beside a line of the review. */
  size?: 'card' | 'small' | 'print';
}

/** The option's picture, or nothing. Its description is its alt text: the label says the rest. */
export function OptionPicture({ option, size = 'card' }: Props) {
  const picture = option?.picture;
  if (!picture) return null;
  // The space after it keeps the description and the label two words apart in the option's name.
  return (
    <>
      <img
        className={`option-picture option-picture--${size}`}
        src={picture.src}
        alt={picture.alt}
        width={picture.width}
        height={picture.height}
        decoding="async"
        draggable={false}
      />{' '}
    </>
  );
}
