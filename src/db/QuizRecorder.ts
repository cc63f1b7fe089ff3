/**
 * Saves one quiz run as it happens: start, each answer, finish. Writes run in order from a queue; if
 * one fails (full disk, closed database) the queue stops, the user is told, and "try again" resumes
 * from the failed write — so an answer is never dropped silently, and never saved twice. What the user
 * is told is up to the `reporter` the screen passes in (src/stores/storageStatus.ts has one).
 */
import { AttemptFinishedError, type AnswerInput, type LessonRef } from './attempts';
import { newId } from './ids';
import { loadStore } from './loadStore';
import type { QuizAttempt } from '../domain/records';

type Write = () => Promise<void>;

/** How the recorder tells the rest of the app about storage; it decides nothing about the screen. */
export interface WriteReporter {
  /** False when storage is known to be unavailable: then nothing is queued (the quiz runs unsaved). */
  canWrite(): boolean;
  /** A write failed; `retry` resumes from it. */
  failed(error: unknown, retry: () => Promise<void>): void;
  /** Every queued write is saved, including any that failed before. */
  saved(): void;
}

export class QuizRecorder {
  private readonly queue: Write[] = [];
  private flushing: Promise<void> | null = null;
  private attempt: QuizAttempt | undefined;
  private finished: QuizAttempt | undefined;
  /**
   * The attempt's id, known before its first write (the resumed attempt's, or a new one): the quiz
   * shuffles the options with it, so the order is the same after a reload.
   */
  readonly attemptId: string;

  constructor(
    private readonly learnerId: string | undefined,
    private readonly lesson: LessonRef,
    private readonly reporter: WriteReporter,
    resumed?: QuizAttempt,
  ) {
    this.attempt = resumed;
    this.attemptId = resumed?.id ?? newId();
  }

  start(): Promise<void> {
    return this.enqueue(async () => {
      this.attempt ??= await (await loadStore()).startAttempt(this.requireLearner(), this.lesson, Date.now(), this.attemptId);
    });
  }

  answer(input: AnswerInput): Promise<void> {
    return this.enqueue(async () => {
      try {
        await (await loadStore()).recordAnswer(this.requireAttempt(), input);
      } catch (error) {
        // The attempt was finished in another tab: nothing is lost that the stored result lacks, and the
        // quiz shows that result (QuizRunner watches the attempt). Not a storage problem.
        if (!(error instanceof AttemptFinishedError)) throw error;
      }
    });
  }

  /**
   * The stored attempt's id once the first answer has started it: this recorder's own id, or the id of the
   * attempt the same quiz had open in another tab (startAttempt joins it).
   */
  get storedAttemptId(): string | undefined {
    return this.attempt?.id;
  }

  finish(): Promise<void> {
    return this.enqueue(async () => {
      this.finished = await (await loadStore()).finishAttempt(this.requireAttempt().id);
    });
  }

  /** The stored, scored attempt once `finish` has been saved. */
  get result(): QuizAttempt | undefined {
    return this.finished;
  }

  /** Resolves when every queued write has been saved (or has failed and been reported). */
  settled(): Promise<void> {
    return this.flushing ?? Promise.resolve();
  }

  private enqueue(write: Write): Promise<void> {
    if (!this.learnerId || !this.reporter.canWrite()) return Promise.resolve();
    this.queue.push(write);
    return this.flush();
  }

  private flush(): Promise<void> {
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const write = this.queue[0] as Write;
      try {
        await write();
      } catch (error) {
        this.reporter.failed(error, () => this.flush());
        return;
      }
      this.queue.shift();
    }
    // Everything is saved, including writes that failed before: the warning no longer applies.
    this.reporter.saved();
  }

  private requireLearner(): string {
    if (!this.learnerId) throw new Error('no learner');
    return this.learnerId;
  }

  private requireAttempt(): QuizAttempt {
    if (!this.attempt) throw new Error('the quiz attempt was not started');
    return this.attempt;
  }
}
