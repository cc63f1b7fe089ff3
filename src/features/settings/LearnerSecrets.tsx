/**
 * Removing a PIN or picture password a child forgot: the teacher's action, behind the teacher PIN where
 * one is set (without one, anyone can do it, and the screen says so).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLearners, useTeacherLock } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import type { TeacherProof } from '../../db/teacherLock';
import type { Learner } from '../../domain/records';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';
import { shownNickname } from '../../ui/learnerName';
import { StatusText } from '../../ui/LiveRegion';
import { SaveAlert } from '../../ui/SaveAlert';
import { useSaveAction } from '../../ui/useSaveAction';

export function LearnerSecrets() {
  const { t } = useTranslation();
  const learners = useLearners();
  const lockSet = useTeacherLock()?.set === true;
  const [asking, setAsking] = useState<Learner | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const save = useSaveAction();
  const locked = learners.filter((learner) => learner.pinHash !== undefined || learner.pictureHash !== undefined);

  const clear = async (learner: Learner, proof?: TeacherProof) => {
    setAsking(null);
    setMessage(null);
    await save.run(async () => {
      await (await loadStore()).learners.clearLearnerSecret(learner.id, proof);
      setMessage(t('sharedComputer.secrets.cleared', { name: shownNickname(learner.nickname, t) }));
    });
  };

  return (
    <div className="learner-secrets" role="group" aria-labelledby="learner-secrets-title">
      <h3 id="learner-secrets-title">{t('sharedComputer.secrets.title')}</h3>
      {locked.length === 0 ? (
        <p>{t('sharedComputer.secrets.none')}</p>
      ) : (
        <ul>
          {locked.map((learner) => (
            <li key={learner.id}>
              <button type="button" className="button" aria-disabled={save.busy || undefined} onClick={() => (lockSet ? setAsking(learner) : void clear(learner))}>
                {t('sharedComputer.secrets.clear', { name: shownNickname(learner.nickname, t) })}
              </button>{' '}
              <span className="muted small">({learner.pictureHash ? t('sharedComputer.secrets.kindPictures') : t('sharedComputer.secrets.kindPin')})</span>
              {asking?.id === learner.id && (
                <TeacherPinPrompt label={t('sharedComputer.teacherPin.prompts.clearSecret', { name: shownNickname(learner.nickname, t) })} onOk={(proof) => void clear(learner, proof)} onCancel={() => setAsking(null)} />
              )}
            </li>
          ))}
        </ul>
      )}
      {message && <StatusText text={message} />}
      <SaveAlert error={save.error} />
    </div>
  );
}
