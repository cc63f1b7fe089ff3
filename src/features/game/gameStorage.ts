/**
 * The game in progress, one per lesson, in localStorage so a reload (or a projector PC that went to
 * sleep) does not lose the scores. Same safe access as src/stores/preferences.ts: localStorage throws
 * in some private modes and when storage is blocked, and then the game simply is not saved.
 */
import { restoreGame, type GameState } from './gameState';

const PREFIX = 'mang-an-toan:class-quiz:';

export function loadSavedGame(lessonId: string, questionIds: readonly string[]): GameState | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + lessonId);
    return raw === null ? null : restoreGame(JSON.parse(raw), questionIds);
  } catch {
    return null;
  }
}

/** Saves a game still being played; a finished game is removed (there is nothing left to continue). */
export function saveGame(lessonId: string, game: GameState): void {
  if (game.finished) {
    clearSavedGame(lessonId);
    return;
  }
  try {
    window.localStorage.setItem(PREFIX + lessonId, JSON.stringify(game));
  } catch {
    // Not saved: see the module comment.
  }
}

export function clearSavedGame(lessonId: string): void {
  try {
    window.localStorage.removeItem(PREFIX + lessonId);
  } catch {
    // Nothing to remove when storage is blocked.
  }
}
