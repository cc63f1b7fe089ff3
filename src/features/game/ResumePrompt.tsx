/** After a reload: carry on with the saved game, or put it away and set up a new one. */
import { useTranslation } from 'react-i18next';
import { questionCount, type GameState } from './gameState';

interface Props {
  saved: GameState;
  onContinue: () => void;
  onNewGame: () => void;
}

export function ResumePrompt({ saved, onContinue, onNewGame }: Props) {
  const { t } = useTranslation('game');
  return (
    <section className="game-resume notice" aria-labelledby="game-resume-title">
      <h2 id="game-resume-title">{t('resume.heading')}</h2>
      <p>{t('resume.body', { mode: t(`modes.${saved.mode}.name`), current: saved.index + 1, total: questionCount(saved) })}</p>
      <button type="button" className="button button--primary button--large" onClick={onContinue}>
        {t('resume.continue')}
      </button>
      <button type="button" className="button button--large" onClick={onNewGame}>
        {t('resume.newGame')}
      </button>
    </section>
  );
}
