/**
 * Asks for what a locked import or export needs (src/db/transfer.ts: TransferLockedError): the teacher
 * PIN once, or, one locked learner after another, that learner's PIN or picture password — where a
 * teacher PIN is set, "Thầy cô mở giúp" in any learner's prompt opens them all. The prompts check each
 * proof and count wrong tries; the repository function checks them again before it writes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinProof } from '../../db/learners';
import type { TransferLock, TransferProofs } from '../../db/transfer';
import type { Learner } from '../../domain/records';
import { shownNickname } from '../../ui/learnerName';
import { SecretPrompt } from '../../ui/SecretPrompt';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';

interface Props {
  lock: Exclude<TransferLock, { kind: 'set-teacher-pin' }>;
  purpose: 'import' | 'export';
  /** Every learner on this computer (the lock names them by id). */
  learners: readonly Learner[];
  onDone: (proofs: TransferProofs) => void;
  onCancel: () => void;
}

export function TransferUnlock({ lock, purpose, learners, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('settings');
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLParagraphElement>(null);
  const [step, setStep] = useState(0);
  const [given, setGiven] = useState<Record<string, PinProof>>({});

  const locked = lock.kind === 'learners' ? lock.learnerIds.flatMap((id) => learners.filter((learner) => learner.id === id)) : [];
  const current = locked[step];

  // Into the dialog at each step: the PIN field takes focus itself; a picture grid does not, so the title does.
  useEffect(() => {
    if (!box.current?.contains(document.activeElement)) title.current?.focus();
  }, [step]);

  if (lock.kind === 'teacher') {
    const reason = { restore: 'transfer.lock.restore', 'pin-hashes': 'transfer.lock.pinHashes', backup: 'transfer.lock.backup' } as const;
    return (
      <div ref={box} className="transfer-unlock" role="group" aria-labelledby={titleId}>
        <p id={titleId} ref={title} tabIndex={-1} className="confirm__title">
          {ts(reason[lock.reason])}
        </p>
        <TeacherPinPrompt
          label={lock.reason === 'restore' ? t('sharedComputer.teacherPin.prompts.restore') : ts('transfer.lock.teacherPin')}
          onOk={(teacher) => onDone({ teacher })}
          onCancel={onCancel}
        />
      </div>
    );
  }

  const unlocked = (learner: Learner, proof: PinProof) => {
    if (proof.kind === 'teacher-pin') {
      onDone({ teacher: proof });
      return;
    }
    const next = { ...given, [learner.id]: proof };
    setGiven(next);
    if (step + 1 < locked.length) setStep(step + 1);
    else onDone({ learners: next });
  };

  const names = locked.map((learner) => shownNickname(learner.nickname, t)).join(', ');
  const label = (learner: Learner) => {
    const name = shownNickname(learner.nickname, t);
    if (learner.pictureHash !== undefined) return purpose === 'import' ? ts('transfer.lock.picturesImport', { name }) : ts('transfer.lock.picturesExport', { name });
    return purpose === 'import' ? ts('transfer.lock.pinImport', { name }) : ts('transfer.lock.pinExport', { name });
  };

  return (
    <div ref={box} className="transfer-unlock" role="group" aria-labelledby={titleId}>
      <p id={titleId} ref={title} tabIndex={-1} className="confirm__title">
        {purpose === 'import' ? ts('transfer.lock.import', { names }) : ts('transfer.lock.export', { names })}
      </p>
      {current ? (
        <>
          {locked.length > 1 && <p className="muted">{ts('transfer.lock.step', { position: step + 1, count: locked.length })}</p>}
          <SecretPrompt key={current.id} learner={current} label={label(current)} submitLabel={ts('transfer.lock.submit')} onOk={(proof) => unlocked(current, proof)} onCancel={onCancel} />
        </>
      ) : (
        // A learner deleted meanwhile: nothing to ask; the import plans again and says what it needs.
        <button type="button" className="button" onClick={onCancel}>
          {ts('transfer.cancel')}
        </button>
      )}
    </div>
  );
}
