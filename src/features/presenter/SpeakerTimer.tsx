/** The speaker view's timer for the part or activity on screen: counts its minutes down, shows elapsed. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timedName } from './describeSlide';
import type { Slide } from './slides';
import { elapsedMs, formatClock, initialTimer, pauseTimer, remainingMs, resetTimer, startTimer, switchSegment } from './timer';

/** How often a running clock redraws (ms): twice a second keeps the seconds from skipping. */
const TICK = 500;

export function SpeakerTimer({ slide }: { slide: Slide }) {
  const { t } = useTranslation('presenter');
  const { key, minutes } = slide.timing;
  const [timer, setTimer] = useState(() => initialTimer(key));
  const [now, setNow] = useState(() => Date.now());
  // Another part on screen: time now counts for it (set during render, so no frame shows the old one).
  if (timer.segment !== key) setTimer(switchSegment(timer, key, Date.now()));

  useEffect(() => {
    if (!timer.running) return;
    const id = window.setInterval(() => setNow(Date.now()), TICK);
    return () => window.clearInterval(id);
  }, [timer.running]);

  const at = timer.running ? Math.max(now, timer.since ?? now) : now;
  const elapsed = elapsedMs(timer, at);
  const remaining = minutes ? remainingMs(timer, minutes, at) : undefined;
  const over = remaining !== undefined && remaining < 0;
  const name = timedName(slide, t);
  const act = (change: (now: number) => void) => () => {
    const moment = Date.now();
    setNow(moment);
    change(moment);
  };

  return (
    <section className={`speaker-timer${over ? ' speaker-timer--over' : ''}`} aria-labelledby="speaker-timer-title">
      <h2 id="speaker-timer-title">{t('timer.title')}</h2>
      <p className="speaker-timer__for">{minutes ? t('timer.forPart', { name, minutes }) : t('timer.forPartUntimed', { name })}</p>
      {remaining !== undefined ? (
        <p className="speaker-timer__clock" role="timer">
          <span className="speaker-timer__label">{over ? t('timer.over') : t('timer.remaining')}</span>{' '}
          {/* Counting down, a part that has just started shows its full length, not one second less. */}
          {formatClock(over ? remaining : Math.ceil(remaining / 1000) * 1000)}
        </p>
      ) : (
        <p className="muted small">{t('timer.noMinutes')}</p>
      )}
      <p className={remaining === undefined ? 'speaker-timer__clock' : 'speaker-timer__elapsed'} role={remaining === undefined ? 'timer' : undefined}>
        {t('timer.elapsed', { time: formatClock(elapsed) })}
      </p>
      <p className="speaker-timer__buttons">
        {timer.running ? (
          <button type="button" className="button" onClick={act((moment) => setTimer((state) => pauseTimer(state, moment)))}>
            {t('timer.pause')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={act((moment) => setTimer((state) => startTimer(state, moment)))}>
            {elapsed > 0 ? t('timer.resume') : t('timer.start')}
          </button>
        )}
        <button type="button" className="button" onClick={act(() => setTimer((state) => resetTimer(state)))} disabled={elapsed === 0 && !timer.running}>
          {t('timer.reset')}
        </button>
      </p>
    </section>
  );
}
