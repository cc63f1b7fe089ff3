/**
 * Short-lived UI state shared across screens. Stored learner data never goes here (it lives in Dexie);
 * large text is a display preference, remembered in localStorage so it applies before first paint.
 */
import { create } from 'zustand';
import { readStored, writeStored } from './safeStorage';

const LARGE_TEXT_KEY = 'large-text';
const TEACHER_MODE_KEY = 'teacher-mode';

interface UiState {
  largeText: boolean;
  /** True while a child is in the middle of a quiz: an app update must not reload the page then. */
  quizInProgress: boolean;
  /**
   * Shows teaching tools (presenter, class quiz, plans, report), keeping them out of children's way.
   * Where a teacher PIN is set, the screen that turns it on asks for the PIN first (src/db/teacherLock.ts).
   */
  teacherMode: boolean;
  /** The idle switch-back just brought the app to "Ai đang học?": that page says why, until someone is chosen. */
  idleSwitched: boolean;
  toggleLargeText: () => void;
  setTeacherMode: (on: boolean) => void;
  setQuizInProgress: (inProgress: boolean) => void;
  setIdleSwitched: (switched: boolean) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  largeText: false,
  quizInProgress: false,
  teacherMode: false,
  idleSwitched: false,
  setTeacherMode: (on) => {
    writeStored(TEACHER_MODE_KEY, on ? 'on' : 'off');
    set({ teacherMode: on });
  },
  toggleLargeText: () =>
    set((state) => {
      writeStored(LARGE_TEXT_KEY, state.largeText ? 'off' : 'on');
      return { largeText: !state.largeText };
    }),
  setQuizInProgress: (quizInProgress) => set({ quizInProgress }),
  setIdleSwitched: (idleSwitched) => set({ idleSwitched }),
}));

// Remembered preferences apply after the store is made, so its initial state (zustand's server
// snapshot) stays the defaults a prerendered page was built with: React hydrates with those, then
// re-renders with these (src/main.tsx). index.html's inline script has applied large text before the
// first paint.
useUiStore.setState({ largeText: readStored(LARGE_TEXT_KEY) === 'on', teacherMode: readStored(TEACHER_MODE_KEY) === 'on' });
