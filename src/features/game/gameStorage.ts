/**
 * The game in progress, one per lesson, in localStorage so a reload (or a projector PC that went to
 * sleep) does not lose the scores. Where storage is blocked the game simply is not saved
 * (src/stores/safeStorage.ts).
 */
import { readStored, removeStored, writeStored } from '../../stores/safeStorage';
import { restoreGame, type GameState } from './gameState';

const PREFIX = 'class-quiz:';

export function loadSavedGame(lessonId: string, questionIds: readonly string[]): GameState | null {
  const raw = readStored(PREFIX + lessonId);
  try {
    return raw === null ? null : restoreGame(JSON.parse(raw), questionIds);
  } catch {
    // A damaged save (an older app, a half-written value) is no game to continue.
    return null;
  }
}

/** Saves a game still being played; a finished game is removed (there is nothing left to continue). */
export function saveGame(lessonId: string, game: GameState): void {
  if (game.finished) {
    clearSavedGame(lessonId);
    return;
  }
  writeStored(PREFIX + lessonId, JSON.stringify(game));
}

export function clearSavedGame(lessonId: string): void {
  removeStored(PREFIX + lessonId);
}
