/**
 * Deleting a profile, behind a confirmation that counts exactly what will be lost. Where a teacher PIN
 * is set and the learner has results, the confirmation asks for it (the learner's own secret is not
 * enough to throw their work away).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadStore } from '../../db/loadStore';
import type { LearnerFootprint, PinProof } from '../../db/learners';
import type { TeacherProof } from '../../db/teacherLock';
import type { Learner } from '../../domain/records';
import { navigate } from '../../router/navigation';
import { paths } from '../../router/routes';
import { TeacherPinPrompt } from '../../ui/TeacherPinPrompt';
import { useConfirmFocus } from '../../ui/useConfirmFocus';
import { shownNickname } from '../../ui/learnerName';

/** `proof`: the learner's secret (or the teacher PIN), already asked for by the edit page when the profile has one. */
export function DeleteLearner({ learner, proof }: { learner: Learner; proof?: PinProof }) {
  const { t } = useTranslation();
  const [footprint, setFootprint] = useState<(LearnerFootprint & { needsTeacher: boolean }) | null>(null);
  const [teacherProof, setTeacherProof] = useState<TeacherProof | undefined>(proof?.kind === 'teacher-pin' ? proof : undefined);
  const [failed, setFailed] = useState(false);
  const focus = useConfirmFocus(footprint !== null);

  const ask = async () => {
    const { learners } = await loadStore();
    setFootprint({ ...(await learners.learnerFootprint(learner.id)), needsTeacher: await learners.deleteNeedsTeacher(learner.id) });
  };
  const confirm = async () => {
    try {
      const { learners } = await loadStore();
      await learners.deleteLearner(learner.id, teacherProof ?? proof);
      // Someone must be current for the next quiz: the oldest remaining profile, or a new default one.
      await learners.ensureCurrentLearner();
      navigate(paths.learners());
    } catch {
      setFailed(true);
    }
  };

  return (
    <section className="danger-zone" aria-labelledby="delete-learner">
      <h2 id="delete-learner">{t('learners.delete')}</h2>
      {footprint === null ? (
        <button ref={focus.opener} type="button" className="button button--danger" onClick={() => void ask()}>
          {t('learners.delete')}
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-learner-title" aria-describedby="delete-learner-body" className="confirm">
          <p id="delete-learner-title" className="confirm__title">
            {t('learners.deleteTitle', { name: shownNickname(learner.nickname, t) })}
          </p>
          <p id="delete-learner-body">{t('learners.deleteBody', { name: shownNickname(learner.nickname, t), ...footprint })}</p>
          {failed && <p role="alert">{t('learners.errors.saveFailed')}</p>}
          {footprint.needsTeacher && !teacherProof ? (
            <TeacherPinPrompt label={t('sharedComputer.teacherPin.prompts.deleteLearner', { name: shownNickname(learner.nickname, t) })} onOk={setTeacherProof} />
          ) : (
            <button type="button" className="button button--danger" onClick={() => void confirm()}>
              {t('learners.deleteConfirm')}
            </button>
          )}
          <button ref={focus.cancel} type="button" className="button" onClick={() => setFootprint(null)}>
            {t('learners.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
