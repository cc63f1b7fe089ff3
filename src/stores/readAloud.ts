/**
 * Read-aloud's short-lived state and this computer's reading preferences. What is being read (which
 * button started it, which piece is being spoken) lives here so any screen can highlight its piece and
 * any button can show "Dừng"; the engine that speaks is src/ui/readAloud/speech.ts.
 *
 * The speed and the voice belong to the computer, not to a child (its speakers, its installed voices):
 * they are kept in localStorage like large text, never in a learner's profile or progress file.
 */
import { create } from 'zustand';
import type { BandId, Locale } from '../content/vocabulary';
import { readStored, writeStored } from './safeStorage';

/** Speech rates (1 = the voice's normal speed) a person can choose in Cài đặt. */
export const READING_RATES = { slow: 0.75, normal: 1, fast: 1.25 } as const;
export type ReadingSpeed = keyof typeof READING_RATES;
/** 'auto': slow for the youngest readers, normal for everyone else (readingRate). */
export type SpeedChoice = 'auto' | ReadingSpeed;
export const SPEED_CHOICES: readonly SpeedChoice[] = ['auto', 'slow', 'normal', 'fast'];

/**
 * Bands read slowly by default: lớp 1–3, and the preschool band once it exists (issue 23 §3). A string
 * set, so the rule holds for a band the vocabulary does not list yet.
 */
const SLOW_BANDS: ReadonlySet<string> = new Set(['mam-non', 'lop-1-3']);

/** The rate a lesson of `band` is read at under `choice`. */
export function readingRate(choice: SpeedChoice, band: BandId | undefined): number {
  if (choice !== 'auto') return READING_RATES[choice];
  return band !== undefined && SLOW_BANDS.has(band) ? READING_RATES.slow : READING_RATES.normal;
}

const SPEED_KEY = 'read-aloud-speed';
const voiceKey = (locale: Locale) => `read-aloud-voice-${locale}`;

function storedSpeed(): SpeedChoice {
  const stored = readStored(SPEED_KEY);
  return SPEED_CHOICES.includes(stored as SpeedChoice) ? (stored as SpeedChoice) : 'auto';
}

interface ReadAloudState {
  /** The button whose reading is under way (its owner id), or null. */
  owner: string | null;
  /** The piece being spoken (a Leaf, a heading, a quiz text's key), or null between pieces. */
  current: unknown;
  /** The browser's voices; empty until it has listed them (Chrome lists them after a moment). */
  voices: readonly SpeechSynthesisVoice[];
  /** Whether the list is final enough to say "no voice" (it came, or the browser had a moment to list it). */
  voicesKnown: boolean;
  speed: SpeedChoice;
  /** The chosen voice per language (its voiceURI); missing: the best available (chooseVoice). */
  voiceChoice: Partial<Record<Locale, string>>;
  setSpeed: (speed: SpeedChoice) => void;
  setVoiceChoice: (locale: Locale, voiceURI: string) => void;
}

export const useReadAloudStore = create<ReadAloudState>()((set) => ({
  owner: null,
  current: null,
  voices: [],
  voicesKnown: false,
  speed: 'auto',
  voiceChoice: {},
  setSpeed: (speed) => {
    writeStored(SPEED_KEY, speed);
    set({ speed });
  },
  setVoiceChoice: (locale, voiceURI) => {
    writeStored(voiceKey(locale), voiceURI);
    set((state) => ({ voiceChoice: { ...state.voiceChoice, [locale]: voiceURI } }));
  },
}));

/** The remembered preferences (after the store is made, as in uiStore: hydration renders the defaults). */
export function loadReadingPreferences(): void {
  const voiceChoice: Partial<Record<Locale, string>> = {};
  for (const locale of ['vi', 'en'] as const) {
    const stored = readStored(voiceKey(locale));
    if (stored) voiceChoice[locale] = stored;
  }
  useReadAloudStore.setState({ speed: storedSpeed(), voiceChoice });
}

/** Whether `key` is the piece being read now: the screen that shows it highlights it. */
export function useIsReading(key: unknown): boolean {
  return useReadAloudStore((state) => state.current !== null && state.current === key);
}
