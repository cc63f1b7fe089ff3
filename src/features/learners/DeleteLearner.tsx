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
import { CancelButton, useConfirmFocus } from '../../ui/useConfirmFocus';
import { shownNickname } from '../../ui/learnerName';
import { SaveAlert } from '../../ui/SaveAlert';
import { useSaveAction } from '../../ui/useSaveAction';

/** `proof`: the learner's secret (or the teacher PIN), already asked for by the edit page when the profile has one. */
export function DeleteLearner({ learner, proof }: { learner: Learner; proof?: PinProof }) {
  const { t } = useTranslation();
  const [footprint, setFootprint] = useState<(LearnerFootprint & { needsTeacher: boolean }) | null>(null);
  const [teacherProof, setTeacherProof] = useState<TeacherProof | undefined>(proof?.kind === 'teacher-pin' ? proof : undefined);
  const save = useSaveAction();
  const focus = useConfirmFocus(footprint !== null);

  const ask = () =>
    save.run(async () => {
      const { learners } = await loadStore();
      setFootprint({ ...(await learners.learnerFootprint(learner.id)), needsTeacher: await learners.deleteNeedsTeacher(learner.id) });
    });
  const confirm = () =>
    save.run(async () => {
      const { learners } = await loadStore();
      // One transaction: the learner, their answers, and (if they were current) the next current learner.
      await learners.deleteLearner(learner.id, teacherProof ?? proof);
      navigate(paths.learners());
    });

  return (
    <section className="danger-zone" aria-labelledby="delete-learner">
      <h2 id="delete-learner">{t('learners.delete')}</h2>
      {footprint === null ? (
        <>
          <SaveAlert error={save.error} />
          <button ref={focus.opener} type="button" className="button button--danger" aria-disabled={save.busy || undefined} onClick={() => void ask()}>
            {t('learners.delete')}
          </button>
        </>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-learner-title" aria-describedby="delete-learner-body" className="confirm">
          <p id="delete-learner-title" className="confirm__title">
            {t('learners.deleteTitle', { name: shownNickname(learner.nickname, t) })}
          </p>
          <p id="delete-learner-body">{t('learners.deleteBody', { name: shownNickname(learner.nickname, t), ...footprint })}</p>
          <SaveAlert error={save.error} />
          {footprint.needsTeacher && !teacherProof ? (
            <TeacherPinPrompt label={t('sharedComputer.teacherPin.prompts.deleteLearner', { name: shownNickname(learner.nickname, t) })} onOk={setTeacherProof} />
          ) : (
            <button type="button" className="button button--danger" aria-disabled={save.busy || undefined} onClick={() => void confirm()}>
              {t('learners.deleteConfirm')}
            </button>
          )}
          <CancelButton
            focusRef={focus.cancel}
            label={t('learners.cancel')}
            onCancel={() => {
              save.clear();
              setFootprint(null);
            }}
          />
        </div>
      )}
    </section>
  );
}
