/** Choosing how to play: the mode, the teams' or players' names, and the points per correct answer. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clampCount, clampPoints, CONTESTANT_LIMITS, DEFAULT_CONTESTANTS, GAME_MODES, POINTS, type GameMode } from './gameState';

type NamedMode = Exclude<GameMode, 'class'>;

export interface GameSetup {
  mode: GameMode;
  names: string[];
  pointsPerCorrect: number;
}

interface Props {
  questionTotal: number;
  /** The previous game's choices, so a rematch needs no retyping. */
  initial?: GameSetup;
  onStart: (setup: GameSetup) => void;
}

export function SetupForm({ questionTotal, initial, onStart }: Props) {
  const { t } = useTranslation('game');
  const [mode, setMode] = useState<GameMode>(initial?.mode ?? 'class');
  // Names per mode; `undefined` means "not typed": it shows and uses the default name in the current language.
  const [names, setNames] = useState<Record<NamedMode, (string | undefined)[]>>(() => ({
    teams: initial?.mode === 'teams' ? initial.names : [],
    elimination: initial?.mode === 'elimination' ? initial.names : [],
  }));
  const [counts, setCounts] = useState<Record<NamedMode, number>>(() => ({
    teams: initial?.mode === 'teams' ? initial.names.length : DEFAULT_CONTESTANTS.teams,
    elimination: initial?.mode === 'elimination' ? initial.names.length : DEFAULT_CONTESTANTS.elimination,
  }));
  const [countText, setCountText] = useState<Record<NamedMode, string>>({ teams: String(counts.teams), elimination: String(counts.elimination) });
  const [pointsText, setPointsText] = useState(String(initial?.pointsPerCorrect ?? POINTS.default));

  const defaultName = (named: NamedMode, n: number) => (named === 'teams' ? t('setup.defaultTeam', { n }) : t('setup.defaultPlayer', { n }));
  const shownNames = (named: NamedMode) => Array.from({ length: counts[named] }, (_, i) => names[named][i] ?? defaultName(named, i + 1));

  const changeCount = (named: NamedMode, text: string) => {
    setCountText((all) => ({ ...all, [named]: text }));
    const value = Number(text);
    const { min, max } = CONTESTANT_LIMITS[named];
    if (Number.isInteger(value) && value >= min && value <= max) setCounts((all) => ({ ...all, [named]: value }));
  };
  const changeName = (named: NamedMode, index: number, value: string) =>
    setNames((all) => {
      const list = [...all[named]];
      list[index] = value;
      return { ...all, [named]: list };
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'class') {
      onStart({ mode, names: [], pointsPerCorrect: POINTS.default });
      return;
    }
    const count = clampCount(mode, counts[mode]);
    const typed = shownNames(mode).slice(0, count);
    onStart({ mode, names: typed.map((name, i) => name.trim() || defaultName(mode, i + 1)), pointsPerCorrect: parsePoints(pointsText) });
  };

  return (
    <form className="game-setup" onSubmit={submit} aria-labelledby="game-setup-title">
      <h2 id="game-setup-title">{t('setup.heading')}</h2>
      <p className="lead">{t('setup.intro')}</p>
      <p>{t('setup.questions', { count: questionTotal })}</p>
      <fieldset className="game-modes">
        <legend>{t('setup.modeLegend')}</legend>
        {GAME_MODES.map((option) => (
          <label key={option} className={`game-mode${mode === option ? ' game-mode--chosen' : ''}`}>
            <input
              type="radio"
              name="game-mode"
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
              aria-labelledby={`game-mode-${option}-name`}
              aria-describedby={`game-mode-${option}`}
            />
            <span id={`game-mode-${option}-name`} className="game-mode__name">
              {t(`modes.${option}.name`)}
            </span>
            <span id={`game-mode-${option}`} className="game-mode__description">
              {t(`modes.${option}.description`)}
            </span>
          </label>
        ))}
      </fieldset>
      {mode !== 'class' && (
        <>
          <div className="field">
            <label htmlFor="game-count">{mode === 'teams' ? t('setup.teamCount') : t('setup.playerCount')}</label>
            <input
              id="game-count"
              type="number"
              inputMode="numeric"
              min={CONTESTANT_LIMITS[mode].min}
              max={CONTESTANT_LIMITS[mode].max}
              value={countText[mode]}
              onChange={(e) => changeCount(mode, e.target.value)}
              onBlur={() => setCountText((all) => ({ ...all, [mode]: String(counts[mode]) }))}
              aria-describedby="game-count-hint"
            />
            <p id="game-count-hint" className="field-hint">
              {t('setup.countHint', CONTESTANT_LIMITS[mode])}
            </p>
          </div>
          <fieldset className="game-names" aria-describedby="game-names-hint">
            <legend>{mode === 'teams' ? t('setup.teamNames') : t('setup.playerNames')}</legend>
            <p id="game-names-hint" className="field-hint">
              {t('setup.namesHint')}
            </p>
            <ol className="game-names__list">
              {shownNames(mode).map((name, i) => (
                <li key={i}>
                  <label htmlFor={`game-name-${i}`}>{mode === 'teams' ? t('setup.teamName', { n: i + 1 }) : t('setup.playerName', { n: i + 1 })}</label>
                  <input id={`game-name-${i}`} type="text" value={name} maxLength={40} autoComplete="off" onChange={(e) => changeName(mode, i, e.target.value)} />
                </li>
              ))}
            </ol>
          </fieldset>
          {mode === 'teams' && (
            <div className="field">
              <label htmlFor="game-points">{t('setup.points')}</label>
              <input
                id="game-points"
                type="number"
                inputMode="numeric"
                min={POINTS.min}
                max={POINTS.max}
                value={pointsText}
                onChange={(e) => setPointsText(e.target.value)}
                onBlur={() => setPointsText(String(parsePoints(pointsText)))}
                aria-describedby="game-points-hint"
              />
              <p id="game-points-hint" className="field-hint">
                {t('setup.pointsHint', { min: POINTS.min, max: POINTS.max })}
              </p>
            </div>
          )}
        </>
      )}
      <button type="submit" className="button button--primary button--large">
        {t('setup.start')}
      </button>
    </form>
  );
}

/** What the points box means: empty is the default, anything else is kept within the allowed range. */
function parsePoints(text: string): number {
  return text.trim() === '' ? POINTS.default : clampPoints(Number(text));
}
