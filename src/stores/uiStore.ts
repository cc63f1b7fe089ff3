/**
 * Short-lived UI state shared across screens. Stored learner data never goes here (it lives in Dexie);
 * large text is a display preference, remembered in localStorage so it applies before first paint.
 */
import { create } from 'zustand';
import { readPreference, writePreference } from './preferences';

const LARGE_TEXT_KEY = 'large-text';

interface UiState {
  largeText: boolean;
  /** True while a child is in the middle of a quiz: an app update must not reload the page then. */
  quizInProgress: boolean;
  toggleLargeText: () => void;
  setQuizInProgress: (inProgress: boolean) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  largeText: readPreference(LARGE_TEXT_KEY) === 'on',
  quizInProgress: false,
  toggleLargeText: () =>
    set((state) => {
      writePreference(LARGE_TEXT_KEY, state.largeText ? 'off' : 'on');
      return { largeText: !state.largeText };
    }),
  setQuizInProgress: (quizInProgress) => set({ quizInProgress }),
}));
