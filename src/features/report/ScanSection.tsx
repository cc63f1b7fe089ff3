/**
 * "Quét mã QR": the teacher's phone reads learners' result codes with its camera (src/domain/resultCodes.ts),
 * one after another, sequences in any order with "2/3" shown, and each complete set joins the report
 * as a file would — stored on this device (src/db/scans.ts) until the teacher clears it. A refused code
 * says why and changes nothing. No camera, or no permission: said, with the file route above.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadStore } from '../../db/loadStore';
import { SaveAlert } from '../../ui/SaveAlert';
import { CancelButton, useConfirmFocus } from '../../ui/useConfirmFocus';
import { useSaveAction } from '../../ui/useSaveAction';
import { CodeCollector, type ScanOutcome, type ScanProblem } from './scanCodes';

interface Props {
  /** The sets already stored on this device. */
  kept: readonly string[];
  /** The file field above: where a teacher without a camera goes instead. */
  fileInputId: string;
}

/**
 * The stored scans, and the button that clears them — behind a confirmation, since nothing brings them
 * back but scanning every pupil again (the teacher's decision; nothing clears them otherwise).
 */
function KeptScans({ count, onCleared }: { count: number; onCleared: () => void }) {
  const { t } = useTranslation('report');
  const [asking, setAsking] = useState(false);
  const [cleared, setCleared] = useState(false);
  const clearing = useSaveAction();
  const focus = useConfirmFocus(asking && count > 0);
  if (count === 0) return cleared ? <ClearedNote /> : null;
  const confirm = () =>
    clearing.run(async () => {
      await (await loadStore()).scans.clearScans();
      onCleared();
      setAsking(false);
      setCleared(true);
    });
  return (
    <div className="report-scan__kept">
      <p>{t('scan.kept', { count })}</p>
      {!asking ? (
        <p>
          <button ref={focus.opener} type="button" className="button" onClick={() => setAsking(true)}>
            {t('scan.clear')}
          </button>
        </p>
      ) : (
        <div role="alertdialog" aria-labelledby="report-scan-clear-title" className="confirm">
          <p id="report-scan-clear-title" className="confirm__title">
            {t('scan.clearQuestion', { count })}
          </p>
          <SaveAlert error={clearing.error} />
          <button type="button" className="button button--danger" aria-disabled={clearing.busy || undefined} onClick={() => void confirm()}>
            {t('scan.clearConfirm')}
          </button>
          <CancelButton
            focusRef={focus.cancel}
            label={t('scan.cancel')}
            onCancel={() => {
              clearing.clear();
              setAsking(false);
            }}
          />
        </div>
      )}
    </div>
  );
}

/** Said once the scans are gone; it takes the focus the vanished buttons had. */
function ClearedNote() {
  const { t } = useTranslation('report');
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => note.current?.focus(), []);
  return (
    <p ref={note} tabIndex={-1} role="status" className="report-scan__kept">
      {t('scan.cleared')}
    </p>
  );
}

type Message = { kind: 'info'; text: string } | { kind: 'error'; text: string };

export function ScanSection({ kept, fileInputId }: Props) {
  const { t } = useTranslation('report');
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [noCamera, setNoCamera] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const keptRef = useRef(kept);
  keptRef.current = kept;
  const collector = useRef<CodeCollector | null>(null);

  const problemText = (reason: ScanProblem) => {
    const known = ['foreign', 'future-version', 'damaged', 'score-mismatch', 'invalid'] as const;
    return t(`scan.errors.${(known as readonly string[]).includes(reason) ? (reason as (typeof known)[number]) : 'other'}`);
  };

  useEffect(() => {
    if (!open) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    setMessage({ kind: 'info', text: t('scan.starting') });
    setNoCamera(false);
    stopButton.current?.focus();
    const outcome = async (result: ScanOutcome | undefined) => {
      if (!result) return;
      if (result.kind === 'part') setMessage({ kind: 'info', text: t('scan.progress', { have: result.have, total: result.total }) });
      else if (result.kind === 'again') setMessage({ kind: 'info', text: t('scan.again') });
      else if (result.kind === 'refused') setMessage({ kind: 'error', text: problemText(result.reason) });
      else {
        await (await loadStore()).scans.saveScan(result.set, result.text);
        setMessage({ kind: 'info', text: t('scan.added', { names: learnerNames(result.file.learners) }) });
      }
    };
    void (async () => {
      const [codes, parser, camera] = await Promise.all([import('../../domain/resultCodes'), import('../../domain/parseProgressFile'), import('./camera')]);
      const reading = new CodeCollector(codes, parser.parseTransferFile, (set) => keptRef.current.includes(set));
      collector.current = reading;
      if (cancelled || !video.current) return;
      try {
        stop = await camera.startScanner(video.current, (text) => {
          outcome(reading.add(text)).catch((error: unknown) => {
            // Not stored: the set may be scanned again.
            reading.forget();
            console.error('a scanned code could not be kept', error);
            setMessage({ kind: 'error', text: t('scan.errors.other') });
          });
        });
        if (cancelled) stop();
        else setMessage({ kind: 'info', text: t('scan.ready') });
      } catch (error) {
        // No camera, or the permission refused: said, with the file route.
        console.warn('the camera could not be opened', error);
        if (!cancelled) {
          setMessage({ kind: 'error', text: t('scan.noCamera') });
          setNoCamera(true);
        }
      }
    })();
    return () => {
      cancelled = true;
      collector.current = null;
      stop?.();
    };
    // t and problemText change with the language only; the scan goes on across it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // Scanning stopped: focus goes back to the button that started it (Stop, which had it, is gone).
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) startButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const close = () => {
    setOpen(false);
    setMessage(null);
    setNoCamera(false);
  };

  return (
    <section aria-labelledby="report-scan-title" className="no-print report-scan">
      <h2 id="report-scan-title">{t('scan.title')}</h2>
      <p>{t('scan.intro')}</p>
      {!open ? (
        <p>
          <button ref={startButton} type="button" className="button button--primary" onClick={() => setOpen(true)}>
            {t('scan.start')}
          </button>
        </p>
      ) : (
        <>
          <video ref={video} className="report-scan__video" muted playsInline aria-label={t('scan.video')} />
          <p>
            <button ref={stopButton} type="button" className="button" onClick={close}>
              {t('scan.stop')}
            </button>
          </p>
        </>
      )}
      {open && (
        // Only while the camera is open, so the page keeps one status line (the files') otherwise.
        <p role="status" className={`report-scan__message${message?.kind === 'error' ? ' report-scan__message--error' : ''}`}>
          {message?.text}
        </p>
      )}
      {noCamera && (
        <p>
          <button type="button" className="button" onClick={() => document.getElementById(fileInputId)?.focus()}>
            {t('scan.useFiles')}
          </button>
        </p>
      )}
      <KeptScans count={kept.length} onCleared={() => collector.current?.forget()} />
    </section>
  );
}

function learnerNames(learners: readonly { nickname: string; classLabel?: string }[]): string {
  return learners.map((learner) => (learner.classLabel ? `${learner.nickname} (${learner.classLabel})` : learner.nickname)).join(', ');
}
