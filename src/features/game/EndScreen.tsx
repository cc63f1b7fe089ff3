/** The end of a game: the winners (several on a tie), final scores or who was out, and a new game. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { OutList, RescueControls } from './EliminationPanel';
import { FullscreenButton } from './FullscreenButton';
import { canRescue, questionCount, scoreOf, winners, type GameState } from './gameState';
import { listNames } from './listNames';
import { Scoreboard } from './TeamPanel';

interface Props {
  game: GameState;
  lessonId: string;
  onNewGame: () => void;
  onRescue: (scope: 'last-round' | 'all') => void;
}

export function EndScreen({ game, lessonId, onNewGame, onRescue }: Props) {
  const { t } = useTranslation('game');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="game-end" aria-labelledby="game-end-title">
      <h2 id="game-end-title" ref={heading} tabIndex={-1}>
        {t('end.heading')}
      </h2>
      <Verdict game={game} />
      <p className="muted">{t('end.played', { played: game.rounds.length, total: questionCount(game) })}</p>
      {game.mode === 'teams' && <Scoreboard game={game} caption={t('end.finalScores')} ranked />}
      {game.mode === 'elimination' && <OutList game={game} />}
      {canRescue(game) && (
        <>
          <p>{t('end.rescueToContinue')}</p>
          <RescueControls game={game} onRescue={onRescue} />
        </>
      )}
      <p className="game-end__actions">
        <button type="button" className="button button--primary button--large" onClick={onNewGame}>
          {t('end.newGame')}
        </button>
        <Link className="button button--large" href={paths.lesson(lessonId)}>
          {t('backToLesson')}
        </Link>
        {/* The results stay on the projector in full screen; the leader leaves it from here. */}
        <FullscreenButton />
      </p>
    </section>
  );
}

function Verdict({ game }: { game: GameState }) {
  const { t, i18n } = useTranslation('game');
  const top = winners(game);
  const names = listNames(
    top.map((c) => c.name),
    i18n.language,
  );
  let text: string;
  if (game.mode === 'class') text = t('end.classDone');
  else if (top.length === 0) text = t('end.noneStanding');
  else if (game.mode === 'teams') {
    const points = scoreOf(game, top[0]?.id ?? '');
    text = top.length > 1 ? t('end.teamTie', { names, points }) : t('end.teamWinner', { names, points });
  } else text = top.length > 1 ? t('end.severalStanding', { names }) : t('end.lastStanding', { names });
  return <p className="game-end__verdict">{text}</p>;
}
