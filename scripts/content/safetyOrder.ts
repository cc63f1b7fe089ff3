/**
 * The one safety sequence (content/README.md, "The safety sequence"): stop; tell a trusted adult or call
 * 111; keep the evidence; then report and block. An outside reading found the gravest advice given in a
 * different order in each band, with the trusted adult third. This check holds the order where the words
 * state one: in the lessons about abuse and 111, AI fakes of a real child and scams (and the parents'
 * and staff sessions on warning signs, disclosures, and AI, scams and wellbeing), a numbered list of
 * steps, and a quiz's right answer, that speak of blocking and of an adult or 111 must name the adult or
 * 111 first. Explanations and wrong options may describe the wrong order on purpose ("blocking first
 * loses the messages"), and are not read.
 */
import type { TopicId } from '../../src/content/vocabulary.ts';
import type { DiagnosticList } from './diagnostics.ts';
import type { LoadedLesson } from './load.ts';

/** Where the sequence is the lesson's subject. */
export const SAFETY_TOPICS: readonly TopicId[] = ['no-go-tell', 'who-helps-me', 'ai-and-me', 'recognising-abuse', 'hotline-111', 'scams-and-money', 'warning-signs', 'disclosure', 'ai-scams-wellbeing'];

const BLOCKING = { vi: /(?<!\p{L})chặn(?!\p{L})/iu, en: /(?<!\p{L})block(s|ed|ing)?(?!\p{L})/iu } as const;
const TELLING = {
  vi: /111|người lớn|bố mẹ|cha mẹ|thầy cô|thầy giáo|cô giáo|phụ huynh|ông bà/iu,
  en: /111|adult|grown-up|parent|teacher|carer|guardian/iu,
} as const;
const NUMBERED_STEP = /^\s{0,3}\d{1,2}[.)]\s/;
const FENCE = /^\s*```/;

export function checkSafetyOrder({ lesson, source, parsed }: LoadedLesson, list: DiagnosticList): void {
  const { quiz } = lesson;
  if (!SAFETY_TOPICS.includes(lesson.topic)) return;
  const blocking = BLOCKING[lesson.locale];
  const telling = TELLING[lesson.locale];
  const report = (line: number) =>
    list.error(
      { line, column: 1 },
      'blocking comes before telling a trusted adult or calling 111',
      'follow the safety sequence: stop; tell a trusted adult or call 111; keep the evidence; then report and block (content/README.md)',
    );
  const check = (text: string, line: number) => {
    const block = text.search(blocking);
    const tell = text.search(telling);
    if (block !== -1 && tell !== -1 && block < tell) report(line);
  };

  // Numbered lists of the body: the steps, in the order a child is told to take them.
  const lines = source.split('\n');
  // The front matter is not advice: start after its closing "---".
  const bodyStart = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') + 1 : 0;
  let steps: { text: string; line: number }[] = [];
  const flush = () => {
    const block = steps.findIndex((step) => blocking.test(step.text));
    const tell = steps.findIndex((step) => telling.test(step.text));
    const blockingStep = steps[block];
    if (blockingStep && tell !== -1 && (block < tell || (block === tell && blockingStep.text.search(blocking) < blockingStep.text.search(telling)))) report(blockingStep.line);
    steps = [];
  };
  let inFence = false;
  lines.forEach((text, index) => {
    if (index < bodyStart) return;
    if (FENCE.test(text)) inFence = !inFence;
    if (inFence) return;
    if (NUMBERED_STEP.test(text)) steps.push({ text, line: index + 1 });
    else if (/^\s+\S/.test(text) && steps.length > 0) steps[steps.length - 1]!.text += ` ${text.trim()}`;
    else if (text.trim() !== '' || !steps.length) flush();
  });
  flush();

  // The right answers of the quiz: what the child learns is the thing to do.
  for (const question of quiz) {
    for (const option of question.options) {
      if (option.correct) check(option.text, parsed.questionLines[question.id] ?? parsed.quizLine ?? 1);
    }
  }
}
