/**
 * "Em còn học không?": a modal dialog that counts down (src/domain/idle.ts: IDLE_COUNTDOWN) and then
 * calls `onLeave`. The "still learning" button has focus, Escape means the same, and Tab stays inside.
 * The seconds are a role="timer" (not announced every second); the question and what will happen are
 * read once when the dialog opens.
 *
 * It is a real modal: drawn in <body> beside the app, whose every part is made inert while it shows, so
 * neither Tab nor a screen reader's reading keys reach the page behind it. When the child stays, focus
 * goes back to where it was (when they leave, the new page's heading takes it).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLatest } from '../../ui/useLatest';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { IDLE_COUNTDOWN } from '../../domain/idle';
import './idle.css';

export function IdleCountdown({ guest, onStay, onLeave }: { guest: boolean; onStay: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const stayButton = useRef<HTMLButtonElement>(null);
  const [deadline] = useState(() => Date.now() + IDLE_COUNTDOWN);
  const [seconds, setSeconds] = useState(Math.ceil(IDLE_COUNTDOWN / 1000));
  const leave = useLatest(onLeave);

  const dialog = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const backdrop = dialog.current?.parentElement;
    if (!backdrop) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Everything else in <body> (the app's root, and anything another script put there) goes inert.
    const others = [...document.body.children].filter((element) => element !== backdrop && !element.hasAttribute('inert'));
    for (const element of others) element.setAttribute('inert', '');
    return () => {
      for (const element of others) element.removeAttribute('inert');
      if (before?.isConnected && !before.closest('[inert]')) before.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    stayButton.current?.focus();
    const tick = () => {
      const left = deadline - Date.now();
      if (left <= 0) {
        window.clearInterval(timer);
        leave.current();
      } else setSeconds(Math.ceil(left / 1000));
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, leave]);

  const keepFocusInside = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onStay();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return createPortal(
    <div className="idle-backdrop">
      <div ref={dialog} className="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onKeyDown={keepFocusInside}>
        <h2 id={`${id}-title`} className="idle-dialog__title">
          {t('sharedComputer.idle.title')}
        </h2>
        <p id={`${id}-body`}>{guest ? t('sharedComputer.idle.bodyGuest') : t('sharedComputer.idle.body')}</p>
        <p className="idle-dialog__seconds" role="timer">
          {t('sharedComputer.idle.remaining', { seconds })}
        </p>
        <p className="idle-dialog__actions">
          <button ref={stayButton} type="button" className="button button--primary button--large" onClick={onStay}>
            {t('sharedComputer.idle.stay')}
          </button>
          <button type="button" className="button" onClick={onLeave}>
            {t('sharedComputer.idle.leave')}
          </button>
        </p>
      </div>
    </div>,
    document.body,
  );
}
