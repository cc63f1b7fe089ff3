/**
 * Read-aloud through the browser's speech synthesis (the Web Speech API): offline wherever the
 * computer's own voice speaks the lesson's language (Windows' voices, espeak-ng through
 * speech-dispatcher on Linux), online only for a browser's network voices.
 *
 * One utterance per sentence, queued at once: each utterance's `start` marks its piece as the one being
 * read (so the highlight moves even where `boundary` events never come, as with speech-dispatcher), and
 * the last one's `end` ends the reading. Every reading has a generation number; stopping bumps it, so
 * the `error: interrupted` and late events of a cancelled queue change nothing. The utterances are held
 * until the reading ends: Chrome drops the events of an utterance that was garbage-collected.
 *
 * One reading at a time: a new one stops the last; so do a navigation (another page), leaving the page
 * and the help path's quick exit (stopReading).
 */
import { splitSentences } from '../../content/sentences';
import type { BandId, Locale } from '../../content/vocabulary';
import { onNavigate } from '../../router/navigation';
import { loadReadingPreferences, readingRate, useReadAloudStore } from '../../stores/readAloud';

/** One thing to read and what the screen highlights while it is read (an object or a string key). */
export interface Piece {
  key: unknown;
  text: string;
}

export interface Reading {
  /** The button that started it: it shows "Dừng" while this reading lasts. */
  owner: string;
  pieces: readonly Piece[];
  /** The language of the text (the lesson's): the voice and the utterances' lang follow it. */
  locale: Locale;
  /** The lesson's band: the default speed follows it. */
  band?: BandId;
  /** Called once if the engine fails (not when stopped): the caller tells the person. */
  onFailed?: (error: string) => void;
}

/** The language tag an utterance carries. */
const LANGUAGE_TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
/** How long the browser may take to list its voices before "no voice" is said (Chrome lists them after a moment). */
export const VOICE_LIST_WAIT = 3000; // ms

let generation = 0;
let held: SpeechSynthesisUtterance[] = [];
let started = false;

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** Whether a voice speaks `locale` ("vi", "vi-VN", "vi_VN", "vi-VN-x-south" all speak Vietnamese). */
export function speaks(voice: Pick<SpeechSynthesisVoice, 'lang'>, locale: Locale): boolean {
  const lang = voice.lang.toLowerCase().replace(/_/g, '-');
  return lang === locale || lang.startsWith(`${locale}-`);
}

/** Whether a voice speaks the language's standard form ("vi", "vi-VN"), not a regional one ("vi-VN-x-central"). */
function standard(voice: Pick<SpeechSynthesisVoice, 'lang'>, locale: Locale): boolean {
  const lang = voice.lang.toLowerCase().replace(/_/g, '-');
  return lang === locale || lang === LANGUAGE_TAGS[locale].toLowerCase();
}

/**
 * The voice for `locale`: the one chosen in Cài đặt if this computer still has it, else one on the
 * computer itself (it works offline) — the system's default first, then the standard language before
 * a regional one (espeak-ng lists "Vietnamese (Central)" before "Vietnamese (Northern)", tagged vi) —
 * else any.
 */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], locale: Locale, chosen?: string): SpeechSynthesisVoice | undefined {
  const candidates = voices.filter((voice) => speaks(voice, locale));
  const rank = (voice: SpeechSynthesisVoice) => (voice.localService ? 0 : 4) + (voice.default ? 0 : 2) + (standard(voice, locale) ? 0 : 1);
  return candidates.find((voice) => voice.voiceURI === chosen) ?? [...candidates].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Starts watching the browser's voice list and loads the reading preferences: once, on the first
 * read-aloud control shown (after hydration, so the prerendered page and the first render agree).
 */
export function startReadAloud(): void {
  if (started) return;
  started = true;
  loadReadingPreferences();
  const speech = synthesis();
  const store = useReadAloudStore;
  if (!speech) {
    store.setState({ voicesKnown: true });
    return;
  }
  const update = () => {
    const voices = speech.getVoices();
    if (voices.length > 0) store.setState({ voices, voicesKnown: true });
  };
  speech.addEventListener('voiceschanged', () => {
    store.setState({ voices: speech.getVoices(), voicesKnown: true });
  });
  update();
  if (!store.getState().voicesKnown) setTimeout(() => store.setState({ voicesKnown: true }), VOICE_LIST_WAIT);
  onNavigate(stopReading);
  window.addEventListener('pagehide', stopReading);
}

/** Reads the pieces aloud, after stopping whatever was being read. Does nothing without a voice for the language. */
export function readAloud({ owner, pieces, locale, band, onFailed }: Reading): void {
  stopReading();
  const speech = synthesis();
  const { voices, voiceChoice, speed } = useReadAloudStore.getState();
  const voice = chooseVoice(voices, locale, voiceChoice[locale]);
  const sentences = pieces.flatMap((piece) => splitSentences(piece.text).map((text) => ({ piece, text })));
  if (!speech || !voice || sentences.length === 0) return;

  const run = ++generation;
  const current = () => run === generation;
  const rate = readingRate(speed, band);
  useReadAloudStore.setState({ owner, current: null });
  held = sentences.map(({ piece, text }, i) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = LANGUAGE_TAGS[locale];
    utterance.voice = voice;
    utterance.rate = rate;
    utterance.addEventListener('start', () => {
      if (current()) useReadAloudStore.setState({ current: piece.key });
    });
    utterance.addEventListener('end', () => {
      if (current() && i === sentences.length - 1) finish();
    });
    utterance.addEventListener('error', (event) => {
      // A cancelled queue reports 'interrupted' (the one speaking) and 'canceled' (the rest): not failures.
      if (!current() || event.error === 'interrupted' || event.error === 'canceled') return;
      finish();
      onFailed?.(event.error);
    });
    return utterance;
  });
  for (const utterance of held) speech.speak(utterance);
}

/** Stops the reading under way, if any: the highlight goes, its button says "Nghe" again. */
export function stopReading(): void {
  const reading = useReadAloudStore.getState().owner !== null;
  finish();
  if (reading) synthesis()?.cancel();
}

function finish(): void {
  generation++;
  held = [];
  if (useReadAloudStore.getState().owner !== null) useReadAloudStore.setState({ owner: null, current: null });
}
