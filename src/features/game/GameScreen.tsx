/**
 * The game in play: the question on the big screen, "Hiện đáp án" then "Câu tiếp theo", and the mode's
 * panel (scoreboard or players). Focus follows the flow so Space/Enter alone can run the whole game.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonBody } from '../../content/types';
import { optionOrder } from '../../domain/quiz';
import { EliminationPanel } from './EliminationPanel';
import { FullscreenButton } from './FullscreenButton';
import { questionCount, type GameAction, type GameState } from './gameState';
import { QuestionBoard } from './QuestionBoard';
import { TeamPanel } from './TeamPanel';
import { useGameKeys } from './useGameKeys';
import { SHORTCUT_SCOPE } from '../../ui/shortcutKeys';
import { announce } from '../../ui/announce';

interface Props {
  game: GameState;
  lesson: LessonBody;
  dispatch: (action: GameAction) => void;
  /** What the latest rescue did (null once the next question starts). */
  rescueNotice: string | null;
  onRescue: (scope: 'last-round' | 'all') => void;
}

export function GameScreen({ game, lesson, dispatch, rescueNotice, onRescue }: Props) {
  const { t } = useTranslation('game');
  const container = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reveal = useRef<HTMLDivElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const keepPlaying = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const total = questionCount(game);
  const isLast = game.index + 1 >= total;
  // By id, so a language switch mid-game shows the same question in the other language.
  const question = lesson.quiz.find((q) => q.id === game.questionIds[game.index]) ?? lesson.quiz[game.index];

  // A new question fills the screen (the app header scrolls away). With the answer shown it still fits
  // (useFitToScreen), so it stays where it is, top at the top — the browser's scroll anchoring may have
  // moved it as the explanation came in; only an answer that could not fit is scrolled to. Layout effects,
  // so this happens before the frame is painted (passive ones may run after it).
  useLayoutEffect(() => {
    heading.current?.focus({ preventScroll: true });
    container.current?.scrollIntoView?.({ block: 'start' });
  }, [game.index]);
  useLayoutEffect(() => {
    if (!game.revealed) return;
    nextButton.current?.focus({ preventScroll: true });
    container.current?.scrollIntoView?.({ block: 'start' });
    const shown = reveal.current?.getBoundingClientRect();
    if (shown && shown.bottom > window.innerHeight) reveal.current?.scrollIntoView?.({ block: 'nearest' });
  }, [game.revealed]);
  useLayoutEffect(() => {
    if (confirmingEnd) keepPlaying.current?.focus();
    else if (wasConfirming.current) endButton.current?.focus();
    wasConfirming.current = confirmingEnd;
  }, [confirmingEnd]);

  // Every mark is said through the app's live region ("Đội Xanh: đúng, +10"): a number key moves no focus,
  // so the toggle's new state would otherwise go unheard.
  const toggle = (id: string) => {
    const name = game.contestants.find((c) => c.id === id)?.name ?? id;
    const marking = !game.marked.includes(id);
    if (game.mode === 'teams') announce(marking ? t('teams.marked', { team: name, points: game.pointsPerCorrect }) : t('teams.unmarked', { team: name }));
    else announce(marking ? t('elimination.marked', { name }) : t('elimination.unmarked', { name }));
    dispatch({ type: 'toggle', id });
  };

  useGameKeys(!confirmingEnd, {
    onAdvance: () => dispatch({ type: game.revealed ? 'next' : 'reveal' }),
    onNumber: (n) => {
      const team = game.mode === 'teams' && game.revealed ? game.contestants[n - 1] : undefined;
      if (team) toggle(team.id);
      return team !== undefined;
    },
  });

  if (!question) return null;
  return (
    <div ref={container} className={`game game--${game.mode}${hasLongNames(game) ? ' game--long-names' : ''}`} aria-label={t('play.label')} role="region" {...SHORTCUT_SCOPE}>
      <div className="game__main">
        <QuestionBoard
          question={question}
          order={optionOrder(question, game.seed)}
          position={game.index + 1}
          total={total}
          revealed={game.revealed}
          contentLocale={lesson.locale}
          headingRef={heading}
          revealRef={reveal}
        >
          <div className="game__controls">
            {game.revealed ? (
              <button key="next" ref={nextButton} type="button" className="button button--primary button--large" onClick={() => dispatch({ type: 'next' })}>
                {isLast ? t('play.seeResults') : t('play.next')}
              </button>
            ) : (
              <button key="reveal" type="button" className="button button--primary button--large" onClick={() => dispatch({ type: 'reveal' })}>
                {t('play.reveal')}
              </button>
            )}
            {confirmingEnd ? (
              <div className="game-confirm" role="group" aria-labelledby="game-confirm-text">
                <p id="game-confirm-text">{t('play.confirmEnd')}</p>
                <button type="button" className="button" onClick={() => dispatch({ type: 'finish' })}>
                  {t('play.confirmEndYes')}
                </button>
                <button ref={keepPlaying} type="button" className="button" onClick={() => setConfirmingEnd(false)}>
                  {t('play.confirmEndNo')}
                </button>
              </div>
            ) : (
              <button ref={endButton} type="button" className="button" onClick={() => setConfirmingEnd(true)}>
                {t('play.endGame')}
              </button>
            )}
            <FullscreenButton focusAfter={() => heading.current} />
          </div>
        </QuestionBoard>
        <p className="game__keys muted small">{game.mode === 'teams' ? t('play.keysHintTeams') : t('play.keysHint')}</p>
      </div>
      {game.mode === 'teams' && <TeamPanel game={game} onToggle={toggle} />}
      {game.mode === 'elimination' && (
        <EliminationPanel game={game} onToggle={toggle} onRescue={onRescue} rescueNotice={rescueNotice} />
      )}
    </div>
  );
}

/** Names longer than this (characters) get the wider side panel (game.css), so each fits on two lines. */
const SHORT_NAME = 16;

function hasLongNames(game: GameState): boolean {
  return game.contestants.some((c) => c.name.length > SHORT_NAME);
}
