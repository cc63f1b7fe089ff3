/**
 * The class quiz game as a pure state machine, so scoring, ties, elimination and rescue are tested
 * without a screen and the whole state can be saved to localStorage as plain JSON after every move.
 *
 * One question goes: shown → revealed (the leader marks teams right / players wrong) → next, which
 * commits the marks. Scores and standings are derived from the committed rounds, never stored twice.
 *
 * "Rung chuông vàng" rules: a player marked wrong is out; when every player still in is wrong in the
 * same round, nobody is out (otherwise the game would end with no winner); between questions the
 * leader may rescue ("Cứu trợ") the players who went out in the latest round, or everyone.
 *
 * Each game shows the options in its own order (optionOrder with the game's seed, chosen at the start
 * and saved with the game), so a class that plays twice cannot answer by position.
 */

export const GAME_MODES = ['class', 'teams', 'elimination'] as const;
export type GameMode = (typeof GAME_MODES)[number];

/** How many teams (team mode) and players or teams ("Rung chuông vàng") a game can have. */
export const CONTESTANT_LIMITS = {
  class: { min: 0, max: 0 },
  teams: { min: 2, max: 8 },
  elimination: { min: 2, max: 40 },
} as const satisfies Record<GameMode, { min: number; max: number }>;

export const DEFAULT_CONTESTANTS = { class: 0, teams: 2, elimination: 10 } as const satisfies Record<GameMode, number>;

/** Points a team earns for each correct answer. */
export const POINTS = { default: 10, min: 1, max: 100 } as const;

/**
 * The saved-game format; bump it when GameState changes shape so an old save is dropped or converted,
 * not misread. 2: `seed` (the options' order).
 */
export const GAME_STATE_VERSION = 2;

/** The seed a version-1 save is given: a game saved before shuffling keeps one order to its end. */
export const V1_SEED = 'saved-game-v1';

export interface Contestant {
  id: string;
  name: string;
}

/** One question played: teams marked correct (team mode) or players who went out (elimination). */
export interface Round {
  questionId: string;
  marked: string[];
  /** Elimination: every player still in was wrong, so nobody went out. */
  allWrong?: boolean;
}

export interface Elimination {
  id: string;
  /** Index of the question the player went out on. */
  question: number;
}

export interface GameState {
  version: typeof GAME_STATE_VERSION;
  mode: GameMode;
  /** The lesson's question ids in order: a save is only restored onto the same quiz. */
  questionIds: string[];
  /** Shuffles the options for this game: optionOrder(question, seed). */
  seed: string;
  contestants: Contestant[];
  pointsPerCorrect: number;
  /** The current question (while playing) or the number of questions played (when finished). */
  index: number;
  revealed: boolean;
  /** Marks for the current question, not yet committed. */
  marked: string[];
  rounds: Round[];
  /** Elimination: players out now, in the order they went out. */
  out: Elimination[];
  rescues: number;
  finished: boolean;
}

export type GameAction =
  | { type: 'reveal' }
  | { type: 'toggle'; id: string }
  | { type: 'next' }
  | { type: 'rescue'; scope: 'last-round' | 'all' }
  | { type: 'finish' };

export interface NewGame {
  mode: GameMode;
  questionIds: readonly string[];
  /** A new random seed for each game (the options' order). */
  seed: string;
  /** Names as typed; blank ones get `defaultName(n)` (1-based). Ignored in whole-class mode. */
  names: readonly string[];
  defaultName: (n: number) => string;
  pointsPerCorrect?: number;
}

export function clampCount(mode: GameMode, count: number): number {
  const { min, max } = CONTESTANT_LIMITS[mode];
  return Number.isFinite(count) ? Math.min(max, Math.max(min, Math.round(count))) : DEFAULT_CONTESTANTS[mode];
}

export function clampPoints(points: number): number {
  return Number.isFinite(points) ? Math.min(POINTS.max, Math.max(POINTS.min, Math.round(points))) : POINTS.default;
}

export function newGame({ mode, questionIds, seed, names, defaultName, pointsPerCorrect = POINTS.default }: NewGame): GameState {
  const count = mode === 'class' ? 0 : clampCount(mode, names.length);
  const contestants = Array.from({ length: count }, (_, i) => ({ id: `c${i + 1}`, name: names[i]?.trim() || defaultName(i + 1) }));
  return {
    version: GAME_STATE_VERSION,
    mode,
    questionIds: [...questionIds],
    seed,
    contestants,
    pointsPerCorrect: clampPoints(pointsPerCorrect),
    index: 0,
    revealed: false,
    marked: [],
    rounds: [],
    out: [],
    rescues: 0,
    finished: questionIds.length === 0,
  };
}

export function gameReducer(state: GameState, action: GameAction): GameState {
  switch (action.type) {
    case 'reveal':
      return state.finished || state.revealed ? state : { ...state, revealed: true };
    case 'toggle':
      if (!state.revealed || state.finished || !markable(state).some((c) => c.id === action.id)) return state;
      return {
        ...state,
        marked: state.marked.includes(action.id) ? state.marked.filter((id) => id !== action.id) : [...state.marked, action.id],
      };
    case 'next':
      return state.revealed && !state.finished ? commitQuestion(state, false) : state;
    case 'finish':
      if (state.finished) return state;
      return state.revealed ? commitQuestion(state, true) : { ...state, finished: true };
    case 'rescue':
      return rescue(state, action.scope);
  }
}

/** Who the leader can mark on this question: every team, or the players still in. */
export function markable(state: GameState): Contestant[] {
  if (state.mode === 'teams') return state.contestants;
  if (state.mode === 'elimination') return stillIn(state);
  return [];
}

export function stillIn(state: GameState): Contestant[] {
  return state.contestants.filter((c) => !state.out.some((o) => o.id === c.id));
}

export function scoreOf(state: GameState, id: string): number {
  return state.rounds.filter((round) => round.marked.includes(id)).length * state.pointsPerCorrect;
}

export interface Standing {
  contestant: Contestant;
  score: number;
  /** Competition ranking: tied teams share a rank, the next rank skips (1, 1, 3). */
  rank: number;
}

/** Teams by score, highest first; tied teams keep the order they were named in. */
export function standings(state: GameState): Standing[] {
  const scored = state.contestants.map((contestant) => ({ contestant, score: scoreOf(state, contestant.id) }));
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  return sorted.map((entry) => ({ ...entry, rank: 1 + scored.filter((other) => other.score > entry.score).length }));
}

/** Team mode: every team with the top score (several on a tie). Elimination: everyone still in. */
export function winners(state: GameState): Contestant[] {
  if (state.mode === 'teams') return standings(state).filter((s) => s.rank === 1).map((s) => s.contestant);
  if (state.mode === 'elimination') return stillIn(state);
  return [];
}

export function questionCount(state: GameState): number {
  return state.questionIds.length;
}

/** Players a "rescue the last round" would bring back: those who went out on the latest question anyone did. */
export function lastRoundOut(state: GameState): Elimination[] {
  const latest = Math.max(-1, ...state.out.map((o) => o.question));
  return state.out.filter((o) => o.question === latest);
}

/**
 * Rescue happens between questions (never mid-reveal) while a question is left to play; after the
 * game has ended only when it ended because one player was left, so the show can go on.
 */
export function canRescue(state: GameState): boolean {
  if (state.mode !== 'elimination' || state.revealed || state.out.length === 0 || state.index >= questionCount(state)) return false;
  return !state.finished || stillIn(state).length <= 1;
}

function rescue(state: GameState, scope: 'last-round' | 'all'): GameState {
  if (!canRescue(state)) return state;
  const back = new Set((scope === 'all' ? state.out : lastRoundOut(state)).map((o) => o.id));
  return { ...state, out: state.out.filter((o) => !back.has(o.id)), rescues: state.rescues + 1, finished: false };
}

function commitQuestion(state: GameState, endNow: boolean): GameState {
  const questionId = state.questionIds[state.index] ?? '';
  let out = state.out;
  let round: Round = { questionId, marked: [] };
  if (state.mode === 'teams') {
    round = { questionId, marked: state.contestants.filter((c) => state.marked.includes(c.id)).map((c) => c.id) };
  } else if (state.mode === 'elimination') {
    const playing = stillIn(state);
    const wrong = playing.filter((c) => state.marked.includes(c.id)).map((c) => c.id);
    const allWrong = wrong.length > 0 && wrong.length === playing.length;
    round = allWrong ? { questionId, marked: [], allWrong } : { questionId, marked: wrong };
    out = [...out, ...round.marked.map((id) => ({ id, question: state.index }))];
  }
  const index = state.index + 1;
  const oneLeft = state.mode === 'elimination' && state.contestants.length - out.length <= 1;
  return {
    ...state,
    index,
    revealed: false,
    marked: [],
    rounds: [...state.rounds, round],
    out,
    finished: endNow || oneLeft || index >= questionCount(state),
  };
}

/**
 * A saved game read back from storage, or null when it is missing, damaged, finished, from another
 * format version, or for a quiz whose questions have changed since it was saved.
 */
export function restoreGame(saved: unknown, questionIds: readonly string[]): GameState | null {
  // A game saved by the version before shuffling carries on, in an order of its own from now on.
  if (isRecord(saved) && saved.version === 1 && saved.seed === undefined) saved = { ...saved, version: GAME_STATE_VERSION, seed: V1_SEED };
  if (!isGameState(saved) || saved.finished) return null;
  if (saved.questionIds.length !== questionIds.length || saved.questionIds.some((id, i) => id !== questionIds[i])) return null;
  return saved;
}

function isGameState(value: unknown): value is GameState {
  if (!isRecord(value) || value.version !== GAME_STATE_VERSION) return false;
  const { mode, questionIds, seed, contestants, pointsPerCorrect, index, revealed, marked, rounds, out, rescues, finished } = value;
  if (typeof mode !== 'string' || !(GAME_MODES as readonly string[]).includes(mode)) return false;
  if (!isStringArray(questionIds) || typeof seed !== 'string' || !Array.isArray(contestants) || !contestants.every(isContestant)) return false;
  const limits = CONTESTANT_LIMITS[mode as GameMode];
  const ids = new Set(contestants.map((c) => c.id));
  if (contestants.length < limits.min || contestants.length > limits.max || ids.size !== contestants.length) return false;
  if (!isWhole(pointsPerCorrect) || pointsPerCorrect !== clampPoints(pointsPerCorrect)) return false;
  if (!isWhole(index) || index < 0 || index > questionIds.length || (index === questionIds.length && finished !== true)) return false;
  if (typeof revealed !== 'boolean' || typeof finished !== 'boolean' || !isWhole(rescues) || rescues < 0) return false;
  if (!isStringArray(marked) || !marked.every((id) => ids.has(id))) return false;
  if (!Array.isArray(rounds) || rounds.length !== index || !rounds.every((r) => isRound(r, ids))) return false;
  return Array.isArray(out) && out.every((o) => isRecord(o) && typeof o.id === 'string' && ids.has(o.id) && isWhole(o.question) && o.question < index);
}

function isRound(value: unknown, ids: Set<string>): boolean {
  return isRecord(value) && typeof value.questionId === 'string' && isStringArray(value.marked) && value.marked.every((id) => ids.has(id)) && (value.allWrong === undefined || typeof value.allWrong === 'boolean');
}

function isContestant(value: unknown): value is Contestant {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string' && value.name.trim() !== '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
