/** Who is learning, always visible in the header, and the quick way to switch. */
import { useTranslation } from 'react-i18next';
import { useCurrentLearner } from '../../db/hooks';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { Avatar } from '../../ui/Avatar';
import { SwitchIcon } from '../../ui/icons';
import { shownNickname } from '../../ui/learnerName';

export function CurrentLearnerChip() {
  const { t } = useTranslation();
  const current = useCurrentLearner();
  // Keep the chip's place while the profile loads, so the header does not grow and push the page down.
  if (current.kind === 'loading') return <span className="learner-chip learner-chip--loading" aria-hidden="true" />;
  const name = current.kind === 'learner' ? shownNickname(current.learner.nickname, t) : current.kind === 'guest' ? t('learners.guestLabel') : t('learners.title');
  return (
    <Link className={`learner-chip${current.kind === 'guest' ? ' learner-chip--guest' : ''}`} href={paths.learners()} aria-label={`${t('learners.currentLabel')}: ${name}. ${t('learners.switch')}`}>
      {current.kind === 'learner' && <Avatar id={current.learner.avatar} size={28} />}
      <span className="learner-chip__name">{name}</span>
      <SwitchIcon className="learner-chip__switch" />
    </Link>
  );
}
