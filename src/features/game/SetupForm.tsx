/**
 * Choosing how to play: the mode, the teams' or players' names, and the points per correct answer.
 * A number out of range is said next to its box and the game does not start: the box keeps what was
 * typed, so what the leader sees is what would be played.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTESTANT_LIMITS, DEFAULT_CONTESTANTS, GAME_MODES, POINTS, type GameMode } from './gameState';

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
  // Problems show once a start was refused, and then follow what is typed.
  const [showProblems, setShowProblems] = useState(false);
  const countField = useRef<HTMLInputElement>(null);
  const pointsField = useRef<HTMLInputElement>(null);

  const defaultName = (named: NamedMode, n: number) => (named === 'teams' ? t('setup.defaultTeam', { n }) : t('setup.defaultPlayer', { n }));
  const shownNames = (named: NamedMode) => Array.from({ length: counts[named] }, (_, i) => names[named][i] ?? defaultName(named, i + 1));

  const changeCount = (named: NamedMode, text: string) => {
    setCountText((all) => ({ ...all, [named]: text }));
    // The name boxes follow a valid count; while it is out of range they stay as they were.
    const value = wholeIn(text, CONTESTANT_LIMITS[named]);
    if (value !== undefined) setCounts((all) => ({ ...all, [named]: value }));
  };
  const changeName = (named: NamedMode, index: number, value: string) =>
    setNames((all) => {
      const list = [...all[named]];
      list[index] = value;
      return { ...all, [named]: list };
    });

  const count = mode === 'class' ? undefined : wholeIn(countText[mode], CONTESTANT_LIMITS[mode]);
  // Points count in team mode only; an empty box means the default.
  const points = mode !== 'teams' || pointsText.trim() === '' ? POINTS.default : wholeIn(pointsText, POINTS);
  const countProblem =
    mode !== 'class' && count === undefined ? t(mode === 'teams' ? 'setup.teamCountError' : 'setup.playerCountError', CONTESTANT_LIMITS[mode]) : undefined;
  const pointsProblem = points === undefined ? t('setup.pointsError', { min: POINTS.min, max: POINTS.max }) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'class') {
      onStart({ mode, names: [], pointsPerCorrect: POINTS.default });
      return;
    }
    if (count === undefined || points === undefined) {
      setShowProblems(true);
      (count === undefined ? countField : pointsField).current?.focus();
      return;
    }
    const typed = shownNames(mode).slice(0, count);
    onStart({ mode, names: typed.map((name, i) => name.trim() || defaultName(mode, i + 1)), pointsPerCorrect: points });
  };
  const invalid = (problem: string | undefined, id: string) => ({
    'aria-invalid': showProblems && problem !== undefined ? true : undefined,
    'aria-describedby': showProblems && problem !== undefined ? `${id}-hint ${id}-error` : `${id}-hint`,
  });

  // noValidate: the browser's own bubble speaks the browser's language and vanishes; the message stays.
  return (
    <form className="game-setup" onSubmit={submit} aria-labelledby="game-setup-title" noValidate>
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
              ref={countField}
              id="game-count"
              type="number"
              inputMode="numeric"
              min={CONTESTANT_LIMITS[mode].min}
              max={CONTESTANT_LIMITS[mode].max}
              value={countText[mode]}
              onChange={(e) => changeCount(mode, e.target.value)}
              {...invalid(countProblem, 'game-count')}
            />
            <p id="game-count-hint" className="field-hint">
              {t('setup.countHint', CONTESTANT_LIMITS[mode])}
            </p>
            {showProblems && countProblem && (
              <p id="game-count-error" className="field-error">
                {countProblem}
              </p>
            )}
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
                ref={pointsField}
                id="game-points"
                type="number"
                inputMode="numeric"
                min={POINTS.min}
                max={POINTS.max}
                value={pointsText}
                onChange={(e) => setPointsText(e.target.value)}
                {...invalid(pointsProblem, 'game-points')}
              />
              <p id="game-points-hint" className="field-hint">
                {t('setup.pointsHint', { min: POINTS.min, max: POINTS.max })}
              </p>
              {showProblems && pointsProblem && (
                <p id="game-points-error" className="field-error">
                  {pointsProblem}
                </p>
              )}
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

/** The whole number typed in a box when it lies within the limits, else undefined (never clamped silently). */
function wholeIn(text: string, { min, max }: { min: number; max: number }): number | undefined {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}
