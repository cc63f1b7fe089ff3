/**
 * Saves one quiz run as it happens: start, each answer, finish. Writes run in order from a queue; if
 * one fails (full disk, closed database) the queue stops, the user is told, and "try again" resumes
 * from the failed write — so an answer is never dropped silently, and never saved twice.
 */
import { useStorageStatus } from '../stores/storageStatus';
import type { AnswerInput, LessonRef } from './attempts';
import { loadStore } from './loadStore';
import type { QuizAttempt } from './types';

type Write = () => Promise<void>;

export class QuizRecorder {
  private readonly queue: Write[] = [];
  private flushing: Promise<void> | null = null;
  private attempt: QuizAttempt | undefined;
  private finished: QuizAttempt | undefined;

  constructor(
    private readonly learnerId: string | undefined,
    private readonly lesson: LessonRef,
    resumed?: QuizAttempt,
  ) {
    this.attempt = resumed;
  }

  start(): Promise<void> {
    return this.enqueue(async () => {
      this.attempt ??= await (await loadStore()).startAttempt(this.requireLearner(), this.lesson);
    });
  }

  answer(input: AnswerInput): Promise<void> {
    return this.enqueue(async () => {
      await (await loadStore()).recordAnswer(this.requireAttempt(), input);
    });
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
    if (!this.learnerId || useStorageStatus.getState().problem === 'unavailable') return Promise.resolve();
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
        useStorageStatus.getState().markWriteFailed(error, () => this.flush());
        return;
      }
      this.queue.shift();
    }
    // Everything is saved, including writes that failed before: the warning no longer applies.
    useStorageStatus.getState().clearWriteFailure();
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
