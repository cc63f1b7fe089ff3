/**
 * The class quiz for one lesson: a saved game to continue, the setup, the game, the end screen.
 * The game state lives here (one reducer) and is saved after every move, so a reload loses nothing.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonBody } from '../../content/types';
import { newId } from '../../db/ids';
import { useUiStore } from '../../stores/uiStore';
import { EndScreen } from './EndScreen';
import { GameScreen } from './GameScreen';
import { canRescue, gameReducer, lastRoundOut, newGame, type GameAction, type GameState } from './gameState';
import { clearSavedGame, loadSavedGame, saveGame } from './gameStorage';
import { ResumePrompt } from './ResumePrompt';
import { SetupForm, type GameSetup } from './SetupForm';

export function ClassQuiz({ lesson }: { lesson: LessonBody }) {
  const { t } = useTranslation('game');
  const questionIds = useMemo(() => lesson.quiz.map((q) => q.id), [lesson.quiz]);
  const [saved, setSaved] = useState(() => loadSavedGame(lesson.id, questionIds));
  const [game, setGame] = useState<GameState | null>(null);
  const [lastSetup, setLastSetup] = useState<GameSetup | undefined>(() => (saved ? setupOf(saved) : undefined));
  const [rescueNotice, setRescueNotice] = useState<string | null>(null);

  useEffect(() => {
    if (game) saveGame(lesson.id, game);
  }, [game, lesson.id]);

  // A game under way is a quiz in progress: an app update waits until it is over (src/pwa/UpdatePrompt.tsx).
  const setQuizInProgress = useUiStore((s) => s.setQuizInProgress);
  const playing = game !== null && !game.finished;
  useEffect(() => setQuizInProgress(playing), [playing, setQuizInProgress]);
  useEffect(() => () => setQuizInProgress(false), [setQuizInProgress]);

  const dispatch = useCallback((action: GameAction) => {
    if (action.type === 'next') setRescueNotice(null);
    setGame((current) => (current ? gameReducer(current, action) : current));
  }, []);

  const rescue = (scope: 'last-round' | 'all') => {
    if (!game || !canRescue(game)) return;
    const count = scope === 'all' ? game.out.length : lastRoundOut(game).length;
    setRescueNotice(t('elimination.rescued', { count }));
    dispatch({ type: 'rescue', scope });
  };

  const start = (setup: GameSetup) => {
    setLastSetup(setup);
    setRescueNotice(null);
    setGame(
      newGame({
        ...setup,
        questionIds,
        seed: newId(),
        defaultName: (n) => (setup.mode === 'teams' ? t('setup.defaultTeam', { n }) : t('setup.defaultPlayer', { n })),
      }),
    );
  };

  if (saved && !game) {
    return (
      <ResumePrompt
        saved={saved}
        onContinue={() => {
          setGame(saved);
          setSaved(null);
        }}
        onNewGame={() => {
          clearSavedGame(lesson.id);
          setSaved(null);
        }}
      />
    );
  }
  if (!game) return <SetupForm questionTotal={questionIds.length} initial={lastSetup} onStart={start} />;
  if (game.finished) {
    return (
      <EndScreen
        game={game}
        lessonId={lesson.id}
        onRescue={rescue}
        onNewGame={() => {
          setLastSetup(setupOf(game));
          setGame(null);
        }}
      />
    );
  }
  return <GameScreen game={game} lesson={lesson} dispatch={dispatch} rescueNotice={rescueNotice} onRescue={rescue} />;
}

function setupOf(game: GameState): GameSetup {
  return { mode: game.mode, names: game.contestants.map((c) => c.name), pointsPerCorrect: game.pointsPerCorrect };
}
