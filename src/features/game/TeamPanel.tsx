/**
 * Team mode beside the question: the live scoreboard, and after the reveal one toggle per team for
 * "answered correctly". Up to 8 teams with names of 40 characters fit a 1024×768 projector beside the
 * question, so after the reveal each toggle carries its team's score and the table steps back to the
 * screen reader (one list on screen, not two: tests/e2e/game-fit.test.ts measures it).
 */
import { useTranslation } from 'react-i18next';
import { scoreOf, standings, type GameState } from './gameState';
import { CheckIcon } from '../../ui/icons';

interface Props {
  game: GameState;
  onToggle: (id: string) => void;
}

export function TeamPanel({ game, onToggle }: Props) {
  const { t } = useTranslation('game');
  return (
    <div className="game-panel">
      {game.revealed ? (
        <div role="group" aria-labelledby="game-mark-title" aria-describedby="game-mark-hint" className="game-marks">
          <h2 id="game-mark-title" className="game-panel__title">
            {t('teams.markLegend')}
          </h2>
          <p id="game-mark-hint" className="game-panel__hint">
            {t('teams.markHint')}
          </p>
          <p className="game-marks__head" aria-hidden="true">
            <span>{t('teams.team')}</span>
            <span>{t('teams.score')}</span>
          </p>
          {game.contestants.map((team, i) => {
            const pressed = game.marked.includes(team.id);
            return (
              <button
                key={team.id}
                type="button"
                className="game-toggle game-toggle--correct"
                aria-pressed={pressed}
                aria-keyshortcuts={String(i + 1)}
                onClick={() => onToggle(team.id)}
              >
                <span className="game-toggle__key">{i + 1}</span>
                <span className="game-toggle__name">{team.name}</span>
                {/* The scoreboard (read by screen readers) says the score; here it is for the room. */}
                <span className="game-toggle__score" aria-hidden="true">
                  {scoreOf(game, team.id)}
                  {pressed && (
                    <span className="game-toggle__state">
                      <CheckIcon /> +{game.pointsPerCorrect}
                    </span>
                  )}
                </span>
              </button>
            );
          })}
        </div>
      ) : (
        <p className="game-panel__hint">{t('teams.waitReveal')}</p>
      )}
      <Scoreboard game={game} caption={t('teams.scoreboard')} showPending hidden={game.revealed} />
    </div>
  );
}

/** Teams in the order they were named (so the leader finds them), or ranked on the end screen. */
export function Scoreboard({
  game,
  caption,
  ranked = false,
  showPending = false,
  hidden = false,
}: {
  game: GameState;
  caption: string;
  ranked?: boolean;
  showPending?: boolean;
  /** Off the screen but read by screen readers (the toggles show the scores then). */
  hidden?: boolean;
}) {
  const { t } = useTranslation('game');
  const rows = standings(game);
  const ordered = ranked ? rows : game.contestants.flatMap((c) => rows.filter((r) => r.contestant.id === c.id));
  return (
    // The wrapper hides it: a table is never narrower than its content, whatever its own width says.
    <div className={hidden ? 'visually-hidden' : undefined}>
      <table className="game-scoreboard">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {ranked && <th scope="col">{t('teams.rank')}</th>}
            <th scope="col">{t('teams.team')}</th>
            <th scope="col">{t('teams.score')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map(({ contestant, rank }) => (
            <tr key={contestant.id} className={rank === 1 && scoreOf(game, contestant.id) > 0 ? 'game-scoreboard__leader' : undefined}>
              {ranked && <td>{rank}</td>}
              <th scope="row">{contestant.name}</th>
              <td className="game-scoreboard__score">
                {scoreOf(game, contestant.id)}
                {showPending && game.revealed && game.marked.includes(contestant.id) && (
                  <span className="game-scoreboard__pending"> {t('teams.pending', { points: game.pointsPerCorrect })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
