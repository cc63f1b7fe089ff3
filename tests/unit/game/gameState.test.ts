import { describe, expect, it } from 'vitest';
import {
  canRescue,
  CONTESTANT_LIMITS,
  gameReducer,
  lastRoundOut,
  newGame,
  restoreGame,
  scoreOf,
  standings,
  stillIn,
  winners,
  type GameAction,
  type GameMode,
  type GameState,
  V1_SEED,
} from '../../../src/features/game/gameState';

const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'];

function game(mode: GameMode, names: string[] = [], overrides: { questionIds?: string[]; points?: number } = {}): GameState {
  return newGame({
    mode,
    questionIds: overrides.questionIds ?? QUESTIONS,
    seed: 'game-seed',
    names,
    defaultName: (n) => `Đội ${n}`,
    pointsPerCorrect: overrides.points,
  });
}

function play(state: GameState, ...actions: GameAction[]): GameState {
  return actions.reduce(gameReducer, state);
}

/** Reveal, mark these contestants (by name), go on. */
function round(state: GameState, ...names: string[]): GameState {
  const ids = names.map((name) => {
    const found = state.contestants.find((c) => c.name === name);
    if (!found) throw new Error(`no contestant ${name}`);
    return found.id;
  });
  return play(state, { type: 'reveal' }, ...ids.map((id): GameAction => ({ type: 'toggle', id })), { type: 'next' });
}

const names = (list: { name: string }[]) => list.map((c) => c.name);

describe('a new game', () => {
  it('names blank teams by default and trims typed names', () => {
    const state = game('teams', ['  Hoa Mai ', '', 'Sen']);
    expect(names(state.contestants)).toEqual(['Hoa Mai', 'Đội 2', 'Sen']);
    expect(new Set(state.contestants.map((c) => c.id)).size).toBe(3);
  });

  it('keeps the number of teams and players within the limits', () => {
    expect(game('teams', ['A']).contestants).toHaveLength(CONTESTANT_LIMITS.teams.min);
    expect(game('teams', Array.from({ length: 12 }, (_, i) => `T${i}`)).contestants).toHaveLength(8);
    expect(game('elimination', Array.from({ length: 50 }, (_, i) => `P${i}`)).contestants).toHaveLength(40);
    expect(game('class', ['ignored']).contestants).toEqual([]);
  });

  it('gives 10 points per correct answer unless told otherwise, within 1–100', () => {
    expect(game('teams', ['A', 'B']).pointsPerCorrect).toBe(10);
    expect(game('teams', ['A', 'B'], { points: 5 }).pointsPerCorrect).toBe(5);
    expect(game('teams', ['A', 'B'], { points: 0 }).pointsPerCorrect).toBe(1);
    expect(game('teams', ['A', 'B'], { points: 5000 }).pointsPerCorrect).toBe(100);
    expect(game('teams', ['A', 'B'], { points: Number.NaN }).pointsPerCorrect).toBe(10);
  });

  it('starts at the first question, answer hidden; a quiz without questions is over at once', () => {
    expect(game('class')).toMatchObject({ index: 0, revealed: false, finished: false });
    expect(game('class', [], { questionIds: [] }).finished).toBe(true);
  });
});

describe('the whole-class game', () => {
  it('reveals the answer, then goes to the next question, and ends after the last', () => {
    let state = game('class', [], { questionIds: ['q1', 'q2'] });
    state = play(state, { type: 'next' });
    expect(state.index).toBe(0); // "next" before the reveal does nothing
    state = play(state, { type: 'reveal' });
    expect(state.revealed).toBe(true);
    expect(play(state, { type: 'reveal' })).toBe(state);
    state = play(state, { type: 'next' });
    expect(state).toMatchObject({ index: 1, revealed: false, finished: false });
    state = play(state, { type: 'reveal' }, { type: 'next' });
    expect(state.finished).toBe(true);
    expect(winners(state)).toEqual([]);
  });

  it('ignores marks: there are no teams', () => {
    const state = play(game('class'), { type: 'reveal' }, { type: 'toggle', id: 'c1' });
    expect(state.marked).toEqual([]);
  });
});

describe('the team game', () => {
  it('gives points only to the teams marked correct, when the question is committed', () => {
    let state = game('teams', ['Hoa Mai', 'Sen', 'Cúc']);
    state = play(state, { type: 'reveal' }, { type: 'toggle', id: 'c1' }, { type: 'toggle', id: 'c3' });
    expect(scoreOf(state, 'c1')).toBe(0); // pending until "next"
    state = play(state, { type: 'next' });
    expect([scoreOf(state, 'c1'), scoreOf(state, 'c2'), scoreOf(state, 'c3')]).toEqual([10, 0, 10]);
    state = round(state, 'Hoa Mai');
    expect(scoreOf(state, 'c1')).toBe(20);
  });

  it('lets the leader undo a mark before going on, and not mark before the reveal', () => {
    let state = game('teams', ['A', 'B']);
    state = play(state, { type: 'toggle', id: 'c1' });
    expect(state.marked).toEqual([]);
    state = play(state, { type: 'reveal' }, { type: 'toggle', id: 'c1' }, { type: 'toggle', id: 'c2' }, { type: 'toggle', id: 'c1' }, { type: 'next' });
    expect([scoreOf(state, 'c1'), scoreOf(state, 'c2')]).toEqual([0, 10]);
  });

  it('ignores a mark for a team that does not exist', () => {
    const state = play(game('teams', ['A', 'B']), { type: 'reveal' }, { type: 'toggle', id: 'c9' });
    expect(state.marked).toEqual([]);
  });

  it('uses the configured points per correct answer', () => {
    const state = round(game('teams', ['A', 'B'], { points: 25 }), 'A', 'B');
    expect(scoreOf(state, 'c1')).toBe(25);
  });

  it('ranks teams by score, sharing a rank on a tie (1, 1, 3)', () => {
    let state = game('teams', ['A', 'B', 'C', 'D']);
    state = round(state, 'B', 'C');
    state = round(state, 'B', 'C', 'D');
    state = round(state, 'A');
    expect(standings(state).map((s) => [s.contestant.name, s.score, s.rank])).toEqual([
      ['B', 20, 1],
      ['C', 20, 1],
      ['A', 10, 3],
      ['D', 10, 3],
    ]);
  });

  it('names one winner, or every team sharing the top score', () => {
    let state = round(game('teams', ['A', 'B', 'C']), 'B');
    expect(names(winners(state))).toEqual(['B']);
    state = round(state, 'C');
    expect(names(winners(state))).toEqual(['B', 'C']);
  });

  it('calls every team a winner when nobody scored', () => {
    expect(names(winners(game('teams', ['A', 'B'])))).toEqual(['A', 'B']);
  });

  it('ends after the last question, committing its marks', () => {
    let state = game('teams', ['A', 'B'], { questionIds: ['q1', 'q2'] });
    state = round(state, 'A');
    state = round(state, 'B', 'A');
    expect(state.finished).toBe(true);
    expect(state.index).toBe(2);
    expect(scoreOf(state, 'c1')).toBe(20);
    expect(play(state, { type: 'reveal' })).toBe(state);
  });

  it('can be ended early; marks already made on a revealed question still count', () => {
    let state = round(game('teams', ['A', 'B']), 'A');
    state = play(state, { type: 'reveal' }, { type: 'toggle', id: 'c2' }, { type: 'finish' });
    expect(state.finished).toBe(true);
    expect(state.rounds).toHaveLength(2);
    expect([scoreOf(state, 'c1'), scoreOf(state, 'c2')]).toEqual([10, 10]);
    const unrevealed = play(round(game('teams', ['A', 'B']), 'A'), { type: 'finish' });
    expect(unrevealed.rounds).toHaveLength(1);
  });
});

describe('Rung chuông vàng', () => {
  const PLAYERS = ['An', 'Bình', 'Chi', 'Dũng', 'Giang'];

  it('puts the players marked wrong out when the question is committed', () => {
    let state = play(game('elimination', PLAYERS), { type: 'reveal' }, { type: 'toggle', id: 'c2' });
    expect(names(stillIn(state))).toHaveLength(5);
    state = play(state, { type: 'next' });
    expect(names(stillIn(state))).toEqual(['An', 'Chi', 'Dũng', 'Giang']);
    expect(state.out).toEqual([{ id: 'c2', question: 0 }]);
  });

  it('cannot mark a player who is already out', () => {
    const state = play(round(game('elimination', PLAYERS), 'Bình'), { type: 'reveal' }, { type: 'toggle', id: 'c2' });
    expect(state.marked).toEqual([]);
  });

  it('keeps everyone in when every player still in answered wrongly', () => {
    let state = round(game('elimination', PLAYERS), 'An', 'Bình', 'Chi');
    state = round(state, 'Dũng', 'Giang');
    expect(names(stillIn(state))).toEqual(['Dũng', 'Giang']);
    expect(state.rounds[1]).toMatchObject({ marked: [], allWrong: true });
    expect(state.finished).toBe(false);
  });

  it('ends when one player is left, who is the winner', () => {
    const state = round(game('elimination', PLAYERS), 'An', 'Bình', 'Chi', 'Dũng');
    expect(state.finished).toBe(true);
    expect(names(winners(state))).toEqual(['Giang']);
  });

  it('ends when the questions run out, with everyone still in as winners', () => {
    let state = game('elimination', PLAYERS, { questionIds: ['q1', 'q2'] });
    state = round(state, 'An');
    state = round(state, 'Bình');
    expect(state.finished).toBe(true);
    expect(names(winners(state))).toEqual(['Chi', 'Dũng', 'Giang']);
  });

  it('rescues the players out in the latest round only, between questions', () => {
    let state = round(game('elimination', PLAYERS), 'An');
    state = round(state, 'Bình', 'Chi');
    expect(lastRoundOut(state).map((o) => o.id)).toEqual(['c2', 'c3']);
    expect(play(state, { type: 'reveal' }, { type: 'rescue', scope: 'last-round' }).out).toHaveLength(3); // not mid-reveal
    state = play(state, { type: 'rescue', scope: 'last-round' });
    expect(names(stillIn(state))).toEqual(['Bình', 'Chi', 'Dũng', 'Giang']);
    expect(state.rescues).toBe(1);
    // A second "last round" rescue brings back the round before.
    state = play(state, { type: 'rescue', scope: 'last-round' });
    expect(state.out).toEqual([]);
    expect(canRescue(state)).toBe(false);
  });

  it('rescues everyone who is out', () => {
    let state = round(game('elimination', PLAYERS), 'An');
    state = round(state, 'Bình');
    state = play(state, { type: 'rescue', scope: 'all' });
    expect(names(stillIn(state))).toEqual(PLAYERS);
  });

  it('lets the leader rescue after the last player standing, so the game goes on', () => {
    let state = round(game('elimination', PLAYERS), 'An');
    state = round(state, 'Bình', 'Chi', 'Dũng');
    expect(state.finished).toBe(true);
    expect(canRescue(state)).toBe(true);
    state = play(state, { type: 'rescue', scope: 'last-round' });
    expect(state.finished).toBe(false);
    expect(state.index).toBe(2);
    expect(names(stillIn(state))).toEqual(['Bình', 'Chi', 'Dũng', 'Giang']);
  });

  it('does not rescue when the questions have run out or the leader ended the game with several left', () => {
    let state = game('elimination', PLAYERS, { questionIds: ['q1'] });
    state = round(state, 'An', 'Bình', 'Chi', 'Dũng');
    expect(state.finished).toBe(true);
    expect(canRescue(state)).toBe(false);
    expect(play(state, { type: 'rescue', scope: 'all' })).toBe(state);

    const ended = play(round(game('elimination', PLAYERS), 'An'), { type: 'finish' });
    expect(canRescue(ended)).toBe(false);
  });

  it('has nothing to rescue before anyone is out, and never in team mode', () => {
    const start = game('elimination', PLAYERS);
    expect(play(start, { type: 'rescue', scope: 'all' })).toBe(start);
    const teams = round(game('teams', ['A', 'B']), 'A');
    expect(play(teams, { type: 'rescue', scope: 'all' })).toBe(teams);
  });
});

describe('restoring a saved game', () => {
  function saveAndLoad(state: GameState, questionIds = QUESTIONS): GameState | null {
    return restoreGame(JSON.parse(JSON.stringify(state)), questionIds);
  }

  it('restores a game in the middle of a question, marks and all', () => {
    let state = round(game('elimination', ['An', 'Bình', 'Chi']), 'An');
    state = play(state, { type: 'rescue', scope: 'all' }, { type: 'reveal' }, { type: 'toggle', id: 'c3' });
    expect(saveAndLoad(state)).toEqual(state);
    const teams = play(round(game('teams', ['A', 'B']), 'B'), { type: 'reveal' });
    expect(saveAndLoad(teams)).toEqual(teams);
  });

  it('plays on from a restored game exactly as before the reload', () => {
    const state = play(round(game('teams', ['A', 'B']), 'B'), { type: 'reveal' }, { type: 'toggle', id: 'c1' });
    const restored = saveAndLoad(state)!;
    expect(scoreOf(play(restored, { type: 'next' }), 'c1')).toBe(10);
    expect(scoreOf(play(restored, { type: 'next' }), 'c2')).toBe(10);
  });

  it("keeps the game's seed, so the options stay where they were after a reload", () => {
    const state = game('teams', ['A', 'B']);
    expect(state.seed).toBe('game-seed');
    expect(saveAndLoad(state)?.seed).toBe('game-seed');
  });

  it('carries on a game saved before options were shuffled, in one order from then on', () => {
    const { seed: _, ...saved } = { ...round(game('teams', ['A', 'B']), 'B'), version: 1 };
    const restored = restoreGame(JSON.parse(JSON.stringify(saved)), QUESTIONS);
    expect(restored).toEqual({ ...saved, version: 2, seed: V1_SEED });
    expect(scoreOf(restored!, 'c2')).toBe(10);
  });

  it('drops a finished game', () => {
    expect(saveAndLoad(round(game('class', [], { questionIds: ['q1'] })), ['q1'])).toBeNull();
  });

  it('drops a game for a quiz whose questions changed', () => {
    const state = game('teams', ['A', 'B']);
    expect(saveAndLoad(state, ['q1', 'q2', 'q3', 'q4'])).toBeNull();
    expect(saveAndLoad(state, ['q2', 'q1', 'q3', 'q4', 'q5'])).toBeNull();
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['another version', { version: 99 }],
    ['no seed', { seed: undefined }],
    ['a seed that is not text', { seed: 7 }],
    ['an unknown mode', { mode: 'bingo' }],
    ['one team only', { contestants: [{ id: 'c1', name: 'A' }] }],
    ['a duplicate team id', { contestants: [{ id: 'c1', name: 'A' }, { id: 'c1', name: 'B' }] }],
    ['a blank team name', { contestants: [{ id: 'c1', name: ' ' }, { id: 'c2', name: 'B' }] }],
    ['a question past the end', { index: 7 }],
    ['a negative question', { index: -1 }],
    ['rounds that do not match the question', { index: 2 }],
    ['a mark for an unknown team', { marked: ['c9'] }],
    ['points out of range', { pointsPerCorrect: 1000 }],
    ['points as text', { pointsPerCorrect: '10' }],
    ['a round scoring an unknown team', { index: 1, rounds: [{ questionId: 'q1', marked: ['zz'] }] }],
    ['an elimination in the future', { index: 1, rounds: [{ questionId: 'q1', marked: [] }], out: [{ id: 'c1', question: 3 }] }],
  ])('rejects a save with %s', (_, patch) => {
    const base = game('teams', ['A', 'B']);
    const damaged = patch !== null && typeof patch === 'object' ? { ...base, ...patch } : patch;
    expect(restoreGame(damaged, QUESTIONS)).toBeNull();
  });
});
