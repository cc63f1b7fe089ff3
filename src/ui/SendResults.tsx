/**
 * "Gửi kết quả cho thầy cô": a learner's results (or every learner's) as QR codes the teacher's phone scans
 * from the screen (docs/export-format.md). The results are exported as for a file — the same repository
 * function, so the same locks: a locked learner's own secret or the teacher PIN first — then cut to what
 * the class report needs and encoded (src/domain/resultCodes.ts). One code, or a numbered sequence shown
 * one at a time, large, with "next" and "previous". The export, the encoder and the QR library load only
 * when the button is pressed.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferLock, TransferProofs } from '../db/transfer';
import type { Learner } from '../domain/records';
import { shownNickname } from './learnerName';
import { SaveAlert } from './SaveAlert';
import { SecretPrompt } from './SecretPrompt';
import { useSaveAction } from './useSaveAction';
import './sendResults.css';

export type ResultsLock = Extract<TransferLock, { kind: 'learners' }>;

interface Props {
  /** The one learner whose results are sent (their skills map); every learner on the computer when absent. */
  learner?: Learner;
  /** Asks for what a locked export of everyone needs (Cài đặt's TransferUnlock); a lone learner's secret is asked here. */
  renderUnlock?: (lock: ResultsLock, onDone: (proofs: TransferProofs) => void, onCancel: () => void) => ReactNode;
  /** The panel's heading, one level below the section it sits in. */
  heading?: 'h2' | 'h3' | 'h4';
}

/** A QR code's modules, row by row (true = dark). */
type Matrix = boolean[][];

type State =
  | { step: 'closed' }
  | { step: 'preparing' }
  | { step: 'unlock'; lock: ResultsLock }
  | { step: 'problem'; problem: 'empty' | 'tooMany' | 'failed' | 'cancelled' }
  | { step: 'shown'; codes: Matrix[]; index: number };

export function SendResults({ learner, renderUnlock, heading: Heading = 'h2' }: Props) {
  const { t } = useTranslation('results');
  const core = useTranslation().t;
  const [state, setState] = useState<State>({ step: 'closed' });
  const making = useSaveAction();
  const openButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const [focus, setFocus] = useState<'open' | 'heading' | null>(null);

  useEffect(() => {
    if (focus === 'open') openButton.current?.focus();
    if (focus === 'heading') heading.current?.focus();
    if (focus) setFocus(null);
  }, [focus, state]);

  const make = async (proofs?: TransferProofs) => {
    setState({ step: 'preparing' });
    const done = await making.run(async () => {
      const [transfer, encoding, { default: qrcode }] = await Promise.all([import('../db/transfer'), import('../domain/resultCodes'), import('qrcode-generator')]);
      const now = Date.now();
      let file;
      try {
        file = await transfer.buildExport({ kind: 'learners', learnerIds: learner ? [learner.id] : undefined, proofs, now });
      } catch (error) {
        // A lock is asked for; any other failure is said by the alert.
        if (!(error instanceof transfer.TransferLockedError) || error.lock.kind !== 'learners' || proofs) throw error;
        setState({ step: 'unlock', lock: error.lock });
        return;
      }
      const learners = file.learners.map((one) => encoding.resultsOf(one, now));
      if (learners.every((one) => one.attempts.length === 0)) {
        setState({ step: 'problem', problem: 'empty' });
        setFocus('heading');
        return;
      }
      let texts: string[];
      try {
        texts = encoding.encodeResults(learners, now, file.appVersion);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        setState({ step: 'problem', problem: 'tooMany' });
        setFocus('heading');
        return;
      }
      const codes = texts.map((text) => {
        // Level M: a monitor's glare and moiré cost a few modules; the text is all in QR's alphanumeric set.
        const code = qrcode(0, 'M');
        code.addData(text, 'Alphanumeric');
        code.make();
        const size = code.getModuleCount();
        return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
      });
      setState({ step: 'shown', codes, index: 0 });
      setFocus('heading');
    });
    if (!done) setState({ step: 'problem', problem: 'failed' });
  };

  const close = () => {
    setState({ step: 'closed' });
    setFocus('open');
  };

  const cancelUnlock = () => {
    setState({ step: 'problem', problem: 'cancelled' });
    setFocus('open');
  };

  return (
    <div className="send-results">
      <p>
        <button ref={openButton} type="button" className="button" aria-expanded={state.step !== 'closed'} onClick={() => void make()} aria-disabled={making.busy}>
          {learner ? t('open') : t('openEveryone')}
        </button>{' '}
        <span className="muted small">{t('openNote')}</span>
      </p>
      {state.step === 'preparing' && <p role="status">{t('preparing')}</p>}
      <SaveAlert error={making.error} />
      {state.step === 'unlock' &&
        (learner ? (
          <SecretPrompt learner={learner} label={t('unlockLearner', { name: shownNickname(learner.nickname, core) })} submitLabel={t('open')} onOk={(proof) => void make({ learners: { [learner.id]: proof } })} onCancel={cancelUnlock} />
        ) : (
          renderUnlock?.(state.lock, (proofs) => void make(proofs), cancelUnlock)
        ))}
      {state.step === 'problem' && state.problem !== 'failed' && <p role="status">{t(state.problem)}</p>}
      {state.step === 'shown' && (
        <section className="send-results__panel" aria-labelledby={titleId}>
          <Heading id={titleId} ref={heading} tabIndex={-1}>
            {t('title')}
          </Heading>
          <p>{t('intro')}</p>
          <p>{state.codes.length > 1 ? t('sequence', { total: state.codes.length }) : t('single')}</p>
          <QrCode matrix={state.codes[state.index] ?? []} label={t('alt', { index: state.index + 1, total: state.codes.length })} />
          <p className="send-results__counter" aria-live="polite">
            {t('counter', { index: state.index + 1, total: state.codes.length })}
          </p>
          <p className="send-results__buttons">
            {state.codes.length > 1 && (
              <>
                <button type="button" className="button" disabled={state.index === 0} onClick={() => setState({ ...state, index: state.index - 1 })}>
                  {t('previous')}
                </button>
                <button type="button" className="button button--primary" disabled={state.index === state.codes.length - 1} onClick={() => setState({ ...state, index: state.index + 1 })}>
                  {t('next')}
                </button>
              </>
            )}
            <button type="button" className="button" onClick={close}>
              {t('close')}
            </button>
          </p>
          <p className="muted small">{t('privacy')}</p>
        </section>
      )}
    </div>
  );
}

/**
 * One code as an SVG of its dark modules, with the quiet zone of four modules QR needs, black on white
 * whatever the theme or the high-contrast mode (a phone reads dark on light).
 */
function QrCode({ matrix, label }: { matrix: Matrix; label: string }) {
  const quiet = 4;
  const size = matrix.length + quiet * 2;
  let path = '';
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }),
  );
  return (
    <svg className="send-results__code" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" data-modules={matrix.length}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
