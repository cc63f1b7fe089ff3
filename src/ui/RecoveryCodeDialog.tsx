/**
 * Shows the teacher PIN's recovery code once (src/db/teacherLock.ts keeps only its hash): a modal dialog
 * with the code in large letters, a print button that prints the code alone (with a line to write the
 * computer's name on), and "Tôi đã ghi lại mã", the only way out — Escape does not close it, so a stray
 * key cannot lose a code that is never shown again. Tab stays inside; when it closes, focus goes to
 * `returnFocus` (or back where it was, if that is still on the page).
 */
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n';
import { longDate } from '../i18n/dates';
import './recoveryCodeDialog.css';

/** The class on <html> while the code is printed: the print style then hides everything else. */
const PRINTING_CLASS = 'printing-recovery-code';

interface Props {
  code: string;
  onDone: () => void;
  /** Where focus goes once the dialog closes, when the element that had it is gone. */
  returnFocus?: RefObject<HTMLElement | null>;
}

export function RecoveryCodeDialog({ code, onDone, returnFocus }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  const returnTo = useRef(returnFocus);
  returnTo.current = returnFocus;

  useEffect(() => {
    opener.current = document.activeElement;
    dialog.current?.focus();
    return () => {
      document.documentElement.classList.remove(PRINTING_CLASS);
      const back = opener.current instanceof HTMLElement && opener.current.isConnected ? opener.current : returnTo.current?.current;
      back?.focus();
    };
  }, []);

  const print = () => {
    const root = document.documentElement;
    root.classList.add(PRINTING_CLASS);
    window.addEventListener('afterprint', () => root.classList.remove(PRINTING_CLASS), { once: true });
    window.print();
  };

  const keepFocusInside = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab') return;
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === event.currentTarget)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  // Read letter by letter, group by group: "K 7 Q M, 3 X P D, …".
  const spelled = code
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
  const today = longDate(Date.now(), locale);

  return (
    <div className="recovery-backdrop">
      <div
        ref={dialog}
        className="recovery-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        tabIndex={-1}
        onKeyDown={keepFocusInside}
      >
        <h2 id={`${id}-title`} className="recovery-dialog__title">
          {t('sharedComputer.recovery.title')}
        </h2>
        <p className="recovery-dialog__print-only">{t('sharedComputer.recovery.printHeading', { date: today })}</p>
        <p id={`${id}-body`}>{t('sharedComputer.recovery.body')}</p>
        <p className="recovery-dialog__code-line">
          <span className="recovery-dialog__label">{t('sharedComputer.recovery.codeLabel')}:</span>{' '}
          <span className="recovery-dialog__code" aria-hidden="true" data-testid="recovery-code">
            {code}
          </span>
          <span className="visually-hidden">{spelled}</span>
        </p>
        <p>{t('sharedComputer.recovery.perComputer')}</p>
        <p className="recovery-dialog__print-only">{t('sharedComputer.recovery.printComputer')}</p>
        <p className="recovery-dialog__actions">
          <button type="button" className="button" onClick={print}>
            {t('sharedComputer.recovery.print')}
          </button>
          <button type="button" className="button button--primary" onClick={onDone}>
            {t('sharedComputer.recovery.done')}
          </button>
        </p>
      </div>
    </div>
  );
}
