/**
 * A stand-in for the browser's speech synthesis (window.speechSynthesis and SpeechSynthesisUtterance),
 * which jsdom does not have, with the Web Speech API's events as Chrome fires them: `start` when an
 * utterance begins, `boundary` at a word inside it (only some engines send them: Chrome on Windows does,
 * speech-dispatcher does not), `end` when it is done, and on cancel() `error` with "interrupted" for the
 * one being spoken and "canceled" for those still queued. The test says when the one speaking reaches a
 * word (boundary()) and ends (finish()).
 */
type Listener = (event: Event) => void;

export class FakeUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  constructor(public text: string) {
    super();
  }
  fire(type: string, error?: string, charIndex?: number): void {
    const event = new Event(type);
    if (error) Object.assign(event, { error });
    if (charIndex !== undefined) Object.assign(event, { charIndex, name: 'word' });
    this.dispatchEvent(event);
  }
}

export function fakeVoice(name: string, lang: string, options: { localService?: boolean; default?: boolean } = {}): SpeechSynthesisVoice {
  return { name, lang, voiceURI: name, localService: options.localService ?? true, default: options.default ?? false } as SpeechSynthesisVoice;
}

export class FakeSpeech {
  private voices: SpeechSynthesisVoice[] = [];
  private listeners: Listener[] = [];
  queue: FakeUtterance[] = [];
  speakingNow: FakeUtterance | null = null;
  /** Every utterance ever given to speak(), in order. */
  spoken: FakeUtterance[] = [];
  cancels = 0;

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }
  addEventListener(type: string, listener: Listener): void {
    if (type === 'voiceschanged') this.listeners.push(listener);
  }
  /** The browser has listed its voices (Chrome does so a moment after the page asks). */
  setVoices(voices: SpeechSynthesisVoice[]): void {
    this.voices = voices;
    for (const listener of this.listeners) listener(new Event('voiceschanged'));
  }
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (!this.speakingNow) this.next();
  }
  cancel(): void {
    this.cancels++;
    const speaking = this.speakingNow;
    const queued = this.queue;
    this.speakingNow = null;
    this.queue = [];
    speaking?.fire('error', 'interrupted');
    for (const utterance of queued) utterance.fire('error', 'canceled');
  }
  /** The utterance being spoken reaches the word at `charIndex`. */
  boundary(charIndex: number): void {
    if (!this.speakingNow) throw new Error('nothing is being spoken');
    this.speakingNow.fire('boundary', undefined, charIndex);
  }
  /** The utterance being spoken has ended; the next one starts. */
  finish(): void {
    const speaking = this.speakingNow;
    if (!speaking) throw new Error('nothing is being spoken');
    this.speakingNow = null;
    speaking.fire('end');
    this.next();
  }
  /** The engine fails on the utterance being spoken. */
  fail(error: string): void {
    const speaking = this.speakingNow;
    if (!speaking) throw new Error('nothing is being spoken');
    this.speakingNow = null;
    speaking.fire('error', error);
    this.next();
  }
  reset(): void {
    this.queue = [];
    this.speakingNow = null;
    this.spoken = [];
    this.cancels = 0;
  }
  private next(): void {
    this.speakingNow = this.queue.shift() ?? null;
    this.speakingNow?.fire('start');
  }
}

/** Puts the stand-in where the app looks for speech synthesis; returns it. */
export function installFakeSpeech(): FakeSpeech {
  const speech = new FakeSpeech();
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  return speech;
}
