/**
 * Export one learner or everyone, back up the computer, and import a file — validated completely
 * before anything is written, with the user deciding about learners who share a nickname. The locks are
 * the repository's (src/db/transfer.ts): when it refuses with TransferLockedError, this asks for what it
 * names (TransferUnlock) and tries again with the proofs; cancelling changes nothing.
 */
import { Suspense, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../ui/download';
import { useLearners } from '../../db/hooks';
import type { ImportDecision, ImportPlan, LearnerImportPlan, ProfileChange, TransferLock, TransferProofs } from '../../db/transfer';
import { progressFileName } from '../../domain/fileNames';
import { PROGRESS_FILE_MAX_BYTES } from '../../domain/limits';
import type { TextPosition, TransferErrorCode } from '../../domain/parseProgressFile';
import type { TransferFile } from '../../domain/progressFile';
import { shownNickname, tellApart } from '../../ui/learnerName';
import { lookAlikes } from '../../domain/sameNickname';
import { useLocale } from '../../i18n';
import { TransferUnlock } from './TransferUnlock';
import { SendResults } from '../../ui/SendResults';
import { StatusText } from '../../ui/LiveRegion';
import { SaveAlert } from '../../ui/SaveAlert';
import { useSaveAction } from '../../ui/useSaveAction';

/** Export and import bring the file schema (zod): loaded when used, not with the settings screen. */
const loadTransfer = () => import('../../db/transfer');
const loadParser = () => import('../../domain/parseProgressFile');
const EVERYONE = '*';

type AskableLock = Exclude<TransferLock, { kind: 'set-teacher-pin' }>;

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'rejected'; reason: TransferErrorCode | 'stillLocked'; detail?: string; at?: TextPosition }
  /** `lock`: what the import asked for when it was last tried (then the prompts show instead of the buttons). */
  | { step: 'planned'; file: TransferFile; plan: ImportPlan; decisions: Record<string, ImportDecision>; accepted: string[]; lock?: AskableLock }
  | { step: 'done'; learners: number; attempts: number };

type ExportKind = 'learners' | 'backup';

export function TransferSection() {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('settings');
  const learners = useLearners();
  const locale = useLocale();
  const alike = lookAlikes(learners.map((learner) => ({ ...learner, nickname: shownNickname(learner.nickname, t) })));
  const [who, setWho] = useState(EVERYONE);
  /** What the last export or unlock did, announced (role=status). */
  const [exported, setExported] = useState<string | null>(null);
  const [exportLock, setExportLock] = useState<{ kind: ExportKind; learnerIds?: string[]; lock: AskableLock } | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const exporting = useSaveAction();
  const importing = useSaveAction();
  /** Where focus goes back once a prompt closes: the button that opened it. */
  const [focusBack, setFocusBack] = useState<'learners' | 'backup' | 'apply' | 'done' | null>(null);
  const buttons = {
    learners: useRef<HTMLButtonElement>(null),
    backup: useRef<HTMLButtonElement>(null),
    apply: useRef<HTMLButtonElement>(null),
    done: useRef<HTMLParagraphElement>(null),
  };

  useEffect(() => {
    if (!focusBack) return;
    buttons[focusBack].current?.focus();
    setFocusBack(null);
    // The refs are stable; only a new request moves focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusBack, state, exportLock]);

  const exportFile = async (kind: ExportKind, learnerIds: string[] | undefined, proofs?: TransferProofs) => {
    setExported(null);
    const done = await exporting.run(async () => {
      const transfer = await loadTransfer();
      try {
        const file = await transfer.buildExport({ kind, learnerIds, proofs });
        const name = progressFileName(file);
        downloadFile(name, transfer.serialiseExport(file), 'application/json');
        setExportLock(null);
        setExported(ts('transfer.exported', { name }));
        setFocusBack(kind);
      } catch (error) {
        // A lock is asked for here; any other failure is said by the export's alert.
        if (!(error instanceof transfer.TransferLockedError)) throw error;
        setExportLock(null);
        if (error.lock.kind === 'set-teacher-pin') {
          setExported(ts('transfer.lock.setTeacherPinFirst'));
          setFocusBack(kind);
        } else {
          setExportLock({ kind, learnerIds, lock: error.lock });
          setExported(ts('transfer.lock.asking'));
        }
      }
    });
    if (!done) {
      setExportLock(null);
      setFocusBack(kind);
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    if (chosen.size > PROGRESS_FILE_MAX_BYTES) {
      setState({ step: 'rejected', reason: 'too-large' });
      return;
    }
    setState({ step: 'reading' });
    const done = await importing.run(async () => {
      const [transfer, parser] = await Promise.all([loadTransfer(), loadParser()]);
      const parsed = parser.parseTransferFile(await chosen.arrayBuffer());
      if (!parsed.ok) {
        setState({ step: 'rejected', reason: parsed.reason, detail: parsed.detail, at: parsed.at });
        return;
      }
      const plan = await transfer.planImport(parsed.file);
      setState({ step: 'planned', file: parsed.file, plan, decisions: {}, accepted: [] });
    });
    if (!done) setState({ step: 'idle' });
  };

  const apply = async (proofs?: TransferProofs) => {
    if (state.step !== 'planned') return;
    const done = await importing.run(async () => {
      const transfer = await loadTransfer();
      try {
        const summary = await transfer.applyImport(state.file, state.decisions, { acceptProfiles: state.accepted }, proofs);
        setState({ step: 'done', learners: summary.learners.length, attempts: summary.attemptsAdded + summary.attemptsCompleted });
        setFocusBack('done');
      } catch (error) {
        // A lock is asked for here; any other failure is said by the import's alert, the plan kept to try again.
        if (!(error instanceof transfer.TransferLockedError && error.lock.kind !== 'set-teacher-pin')) throw error;
        // Asked again with proofs in hand: a lock changed meanwhile (it never happens twice by design).
        if (proofs) setState({ step: 'rejected', reason: 'stillLocked' });
        else {
          setState({ ...state, lock: error.lock });
          setExported(ts('transfer.lock.asking'));
        }
      }
    });
    if (!done) {
      const { lock: _asked, ...rest } = state;
      setState(rest);
      setFocusBack('apply');
    }
  };

  const cancelImportLock = () => {
    if (state.step !== 'planned') return;
    const { lock: _asked, ...rest } = state;
    setState(rest);
    setExported(ts('transfer.lock.cancelled'));
    setFocusBack('apply');
  };

  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{ts('transfer.title')}</h2>
      <p className="muted">{ts('transfer.intro')}</p>

      <h3>{ts('transfer.exportTitle')}</h3>
      <p className="field">
        <label htmlFor="export-who">{ts('transfer.exportWho')}</label>
        <select id="export-who" value={who} onChange={(e) => setWho(e.target.value)}>
          <option value={EVERYONE}>{ts('transfer.everyone')}</option>
          {learners.map((learner) => (
            <option key={learner.id} value={learner.id}>
              {shownNickname(learner.nickname, t)}
              {learner.classLabel ? ` (${learner.classLabel})` : ''}
              {alike.has(learner.id) ? ` – ${tellApart(learner, t, locale)}` : ''}
            </option>
          ))}
        </select>{' '}
        <button ref={buttons.learners} type="button" className="button" disabled={exportLock !== null} onClick={() => void exportFile('learners', who === EVERYONE ? undefined : [who])}>
          {ts('transfer.export')}
        </button>
      </p>
      {/* The same results without a file: QR codes the teacher's phone scans (issue 24). */}
      <Suspense fallback={null}>
        <SendResults heading="h4" renderUnlock={(lock, onDone, onCancel) => <TransferUnlock lock={lock} purpose="export" learners={learners} onDone={onDone} onCancel={onCancel} />} />
      </Suspense>

      <h3>{ts('transfer.backupTitle')}</h3>
      <p>{ts('transfer.backupBody')}</p>
      <p>
        <button ref={buttons.backup} type="button" className="button" disabled={exportLock !== null} onClick={() => void exportFile('backup', undefined)}>
          {ts('transfer.backup')}
        </button>
      </p>
      {exportLock && (
        <TransferUnlock
          lock={exportLock.lock}
          purpose="export"
          learners={learners}
          onDone={(proofs) => void exportFile(exportLock.kind, exportLock.learnerIds, proofs)}
          onCancel={() => {
            setFocusBack(exportLock.kind);
            setExportLock(null);
            setExported(ts('transfer.lock.cancelledExport'));
          }}
        />
      )}
      <p role="status">{exported}</p>
      <SaveAlert error={exporting.error} />

      <h3>{ts('transfer.importTitle')}</h3>
      <p>{ts('transfer.importBody')}</p>
      <p className="field">
        <label htmlFor="import-file">{ts('transfer.chooseFile')}</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void chooseFile(e)} />
      </p>
      <SaveAlert error={importing.error} />
      <ImportStatus
        state={state}
        setState={setState}
        onApply={() => void apply()}
        busy={importing.busy}
        applyRef={buttons.apply}
        doneRef={buttons.done}
        unlock={
          state.step === 'planned' && state.lock ? (
            <TransferUnlock lock={state.lock} purpose="import" learners={learners} onDone={(proofs) => void apply(proofs)} onCancel={cancelImportLock} />
          ) : null
        }
      />
    </section>
  );
}

function ImportStatus(props: {
  state: ImportState;
  setState: (s: ImportState) => void;
  onApply: () => void;
  /** The import is being written: the button holds still. */
  busy: boolean;
  applyRef: React.RefObject<HTMLButtonElement | null>;
  doneRef: React.RefObject<HTMLParagraphElement | null>;
  /** The prompts for a locked import, shown in place of the buttons. */
  unlock: React.ReactNode;
}) {
  const { state, setState, onApply, busy, applyRef, doneRef, unlock } = props;
  const { t } = useTranslation();
  const { t: ts } = useTranslation('settings');
  const locale = useLocale();
  switch (state.step) {
    case 'idle':
      return null;
    case 'reading':
      return <StatusText text={ts('transfer.reading')} />;
    case 'rejected':
      return (
        <div className="notice notice--error" role="alert">
          <p>{ts(`transfer.errors.${state.reason}`)}</p>
          {state.at && <p className="small">{ts('transfer.damagedAt', { line: state.at.line, column: state.at.column })}</p>}
          {state.detail && state.reason === 'invalid' && <p className="small">{ts('transfer.detail', { detail: state.detail })}</p>}
        </div>
      );
    case 'done':
      return (
        <p ref={doneRef} tabIndex={-1} className="notice notice--info" role="status">
          {ts('transfer.done', { learners: state.learners, attempts: state.attempts })}
        </p>
      );
    case 'planned': {
      const undecided = state.plan.needsDecision.filter((id) => !state.decisions[id]);
      const decide = (id: string, decision: ImportDecision) => setState({ ...state, decisions: { ...state.decisions, [id]: decision } });
      const accept = (id: string, yes: boolean) => setState({ ...state, accepted: yes ? [...state.accepted, id] : state.accepted.filter((a) => a !== id) });
      return (
        <div className="import-plan" role="group" aria-labelledby="import-plan-title">
          <p id="import-plan-title" className="confirm__title">
            {ts('transfer.planTitle', { count: state.plan.learners.length })}
          </p>
          <ul>
            {state.plan.learners.map((learner) => (
              <li key={learner.fileLearnerId}>
                {learner.match === 'new' && ts('transfer.planNew', { name: shownNickname(learner.nickname, t), attempts: learner.attempts.new })}
                {learner.match === 'same-id' && ts('transfer.planSameId', { name: shownNickname(learner.nickname, t), attempts: learner.attempts.new, known: learner.attempts.present })}
                {learner.match === 'same-nickname' && (
                  <fieldset>
                    <legend>{ts('transfer.planSameNickname', { name: shownNickname(learner.nickname, t) })}</legend>
                    {learner.candidates.map((candidate) => (
                      <label key={candidate.id} className="block">
                        <input
                          type="radio"
                          name={`decide-${learner.fileLearnerId}`}
                          checked={state.decisions[learner.fileLearnerId] === `merge-into:${candidate.id}`}
                          onChange={() => decide(learner.fileLearnerId, `merge-into:${candidate.id}`)}
                        />{' '}
                        {ts('transfer.sameLearner')}
                        {/* Two profiles here it could be ("Minh" and "minh", or two "Minh · 7A"): which is which. */}
                        {learner.candidates.length > 1 && ` (${shownNickname(candidate.nickname, t)}${candidate.classLabel ? ` · ${candidate.classLabel}` : ''}, ${tellApart(candidate, t, locale)})`}
                      </label>
                    ))}
                    <label className="block">
                      <input
                        type="radio"
                        name={`decide-${learner.fileLearnerId}`}
                        checked={state.decisions[learner.fileLearnerId] === 'keep-separate'}
                        onChange={() => decide(learner.fileLearnerId, 'keep-separate')}
                      />{' '}
                      {ts('transfer.otherLearner')}
                    </label>
                  </fieldset>
                )}
                <ProfileChangeConsent learner={learner} target={targetOf(learner, state.decisions)} accepted={state.accepted.includes(learner.fileLearnerId)} onChange={accept} />
              </li>
            ))}
          </ul>
          {undecided.length > 0 && <p className="muted">{ts('transfer.chooseFirst')}</p>}
          {unlock ?? (
            <>
              <button ref={applyRef} type="button" className="button button--primary" disabled={undecided.length > 0} aria-disabled={busy || undefined} onClick={onApply}>
                {ts('transfer.apply')}
              </button>
              <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
                {ts('transfer.cancel')}
              </button>
            </>
          )}
        </div>
      );
    }
  }
}

/** The stored learner a file learner will merge into, once known. */
function targetOf(learner: LearnerImportPlan, decisions: Record<string, ImportDecision>): string | undefined {
  if (learner.match === 'same-id') return learner.candidates[0]?.id;
  const decision = decisions[learner.fileLearnerId];
  return decision?.startsWith('merge-into:') ? decision.slice('merge-into:'.length) : undefined;
}

/** A file may change an existing learner's nickname, class or PIN only with a yes (src/domain/importMerge.ts). */
function ProfileChangeConsent({ learner, target, accepted, onChange }: { learner: LearnerImportPlan; target: string | undefined; accepted: boolean; onChange: (id: string, yes: boolean) => void }) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('settings');
  const change: ProfileChange | undefined = target === undefined ? undefined : learner.profileChanges[target];
  const stored = learner.candidates.find((candidate) => candidate.id === target);
  if (!change || !stored) return null;
  const classText = (label: string | undefined) => (label === undefined ? ts('transfer.noClass') : `“${label}”`);
  return (
    <fieldset className="profile-change">
      <legend>{ts('transfer.profileChangeTitle', { name: shownNickname(stored.nickname, t) })}</legend>
      <ul>
        {change.nickname && <li>{ts('transfer.changeNickname', { from: change.nickname.from, to: change.nickname.to })}</li>}
        {change.classLabel && <li>{ts('transfer.changeClass', { from: classText(change.classLabel.from), to: classText(change.classLabel.to) })}</li>}
        {change.pinAdded && <li>{ts('transfer.changePin')}</li>}
      </ul>
      <label className="block">
        <input type="checkbox" checked={accepted} onChange={(event) => onChange(learner.fileLearnerId, event.target.checked)} /> {ts('transfer.acceptChange')}
      </label>
    </fieldset>
  );
}
