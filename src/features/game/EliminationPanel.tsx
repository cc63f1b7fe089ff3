/**
 * "Rung chuông vàng" beside the question: who is still in, toggles for who answered wrongly (after
 * the reveal), who is out and since which question, and the rescue ("Cứu trợ") buttons.
 */
import { useTranslation } from 'react-i18next';
import { canRescue, lastRoundOut, stillIn, type GameState } from './gameState';
import { listNames } from './listNames';
import { CrossIcon } from '../../ui/icons';

interface Props {
  game: GameState;
  onToggle: (id: string) => void;
  onRescue: (scope: 'last-round' | 'all') => void;
  /** What the latest rescue did, announced once. */
  rescueNotice: string | null;
}

export function EliminationPanel({ game, onToggle, onRescue, rescueNotice }: Props) {
  const { t, i18n } = useTranslation('game');
  const playing = stillIn(game);
  const previous = game.revealed ? undefined : game.rounds[game.rounds.length - 1];
  const nameOf = (id: string) => game.contestants.find((c) => c.id === id)?.name ?? id;

  return (
    // Beside the question a long list of players scrolls inside the panel (game.css): it takes focus, so the
    // arrow keys can scroll it where the browser does not make scrolling boxes focusable itself.
    <div className="game-panel" role="region" aria-labelledby="game-remaining" tabIndex={0}>
      <p id="game-remaining" className="game-remaining">
        {t('elimination.remaining', { count: playing.length, total: game.contestants.length })}
      </p>
      <div role="status" className="game-panel__status">
        {previous?.allWrong && <p>{t('elimination.allWrong')}</p>}
        {previous && previous.marked.length > 0 && <p>{t('elimination.lastOut', { names: listNames(previous.marked.map(nameOf), i18n.language) })}</p>}
        {rescueNotice && <p>{rescueNotice}</p>}
      </div>
      {game.revealed ? (
        <div role="group" aria-labelledby="game-mark-title" aria-describedby="game-mark-hint" className="game-marks game-marks--grid">
          <h2 id="game-mark-title" className="game-panel__title">
            {t('elimination.markLegend')}
          </h2>
          <p id="game-mark-hint" className="game-panel__hint">
            {t('elimination.markHint')}
          </p>
          <div className="game-marks__buttons">
            {playing.map((player) => {
              const pressed = game.marked.includes(player.id);
              return (
                <button key={player.id} type="button" className="game-toggle game-toggle--wrong" aria-pressed={pressed} onClick={() => onToggle(player.id)}>
                  <span className="game-toggle__name">{player.name}</span>
                  <span className="game-toggle__state" aria-hidden="true">
                    {pressed && (
                      <>
                        <CrossIcon /> {t('elimination.wrong')}
                      </>
                    )}
                  </span>
                </button>
              );
            })}
          </div>
        </div>
      ) : (
        <section aria-labelledby="game-in-title">
          <h2 id="game-in-title" className="game-panel__title">
            {t('elimination.inTitle')}
          </h2>
          <p className="game-panel__hint">{t('elimination.waitReveal')}</p>
          <ul className="game-chips">
            {playing.map((player) => (
              <li key={player.id} className="game-chip">
                {player.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      <OutList game={game} />
      {canRescue(game) && <RescueControls game={game} onRescue={onRescue} />}
    </div>
  );
}

export function OutList({ game }: { game: GameState }) {
  const { t } = useTranslation('game');
  return (
    <section aria-labelledby="game-out-title">
      <h2 id="game-out-title" className="game-panel__title">
        {t('elimination.outTitle')}
      </h2>
      {game.out.length === 0 ? (
        <p className="game-panel__hint">{t('elimination.noneOut')}</p>
      ) : (
        <ul className="game-chips">
          {game.out.map((o) => (
            <li key={o.id} className="game-chip game-chip--out">
              {game.contestants.find((c) => c.id === o.id)?.name} <span className="game-chip__when">({t('elimination.outAt', { n: o.question + 1 })})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RescueControls({ game, onRescue }: { game: GameState; onRescue: (scope: 'last-round' | 'all') => void }) {
  const { t } = useTranslation('game');
  const lastRound = lastRoundOut(game).length;
  return (
    <section className="game-rescue" aria-labelledby="game-rescue-title">
      <h2 id="game-rescue-title" className="game-panel__title">
        {t('elimination.rescueTitle')}
      </h2>
      <p className="game-panel__hint">{t('elimination.rescueHint')}</p>
      {lastRound < game.out.length && (
        <button type="button" className="button" onClick={() => onRescue('last-round')}>
          {t('elimination.rescueLast', { count: lastRound })}
        </button>
      )}
      <button type="button" className="button" onClick={() => onRescue('all')}>
        {t('elimination.rescueAll', { count: game.out.length })}
      </button>
    </section>
  );
}
