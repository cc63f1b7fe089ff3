/**
 * "Ai đang học?": the learners of this computer as large cards; choosing one (with its PIN or picture
 * password) switches. After the idle switch-back it says why the app came back here.
 *
 * A locked learner's card also says, with the date, what happened to the profile since the learner last
 * opened it with their own secret (src/db/audit.ts): a teacher PIN set, the locks reset, the profile
 * opened or changed with the teacher PIN — in words that do not alarm a child, linked to the card's
 * button as its description (its name stays "Học với hồ sơ …").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import type { AuditEvent } from '../../db/audit';
import { useCurrentLearner, useLearnerNotices, useLearners } from '../../db/hooks';
import type { PinProof } from '../../db/learners';
import { loadStore } from '../../db/loadStore';
import { useLocale } from '../../i18n';
import { longDate } from '../../i18n/dates';
import type { Learner } from '../../domain/records';
import { Link } from '../../router/Link';
import { navigate } from '../../router/navigation';
import { paths } from '../../router/routes';
import { Avatar } from '../../ui/Avatar';
import { LockIcon } from '../../ui/icons';
import { useUiStore } from '../../stores/uiStore';
import { SecretPrompt } from '../../ui/SecretPrompt';
import './learners.css';
import { shownNickname, tellApart } from '../../ui/learnerName';
import { lookAlikes } from '../../domain/sameNickname';
import { StatusText } from '../../ui/LiveRegion';
import { SaveAlert } from '../../ui/SaveAlert';
import { useSaveAction } from '../../ui/useSaveAction';

export function LearnersPage() {
  const { t } = useTranslation();
  usePageTitle(t('learners.title'));
  const learners = useLearners();
  const notices = useLearnerNotices();
  const current = useCurrentLearner();
  const [asking, setAsking] = useState<string | null>(null);
  const save = useSaveAction();
  const idleSwitched = useUiStore((s) => s.idleSwitched);
  const setIdleSwitched = useUiStore((s) => s.setIdleSwitched);
  const locale = useLocale();
  // Two cards that would read the same ("Minh · 7A" twice, or "Minh" and "minh") say what tells them apart.
  const alike = lookAlikes(learners.map((learner) => ({ ...learner, nickname: shownNickname(learner.nickname, t) })));

  const choose = (id: string, proof?: PinProof) =>
    save.run(async () => {
      const store = await loadStore();
      await store.learners.switchLearner(id, proof);
      setIdleSwitched(false);
      navigate(paths.home());
    });
  const open = (learner: Learner) => (learner.pinHash || learner.pictureHash ? setAsking(learner.id) : void choose(learner.id));

  return (
    <div className="learners-page">
      <h1 tabIndex={-1}>{t('learners.title')}</h1>
      {idleSwitched && (
        <StatusText className="notice notice--info" text={t('sharedComputer.idle.switched')} />
      )}
      <p className="lead">{t('learners.intro')}</p>
      <SaveAlert error={save.error} />
      <ul className="learner-grid">
        {learners.map((learner) => {
          const isCurrent = current.kind === 'learner' && current.learner.id === learner.id;
          return (
            <li key={learner.id} className={`learner-card${isCurrent ? ' learner-card--current' : ''}${asking === learner.id ? ' learner-card--asking' : ''}`}>
              {/* Named by what it shows (nickname, class, lock), after "Học với hồ sơ" for the ear: a label
                  that left the visible words out would not match what a voice-control user says. */}
              <button
                type="button"
                className="learner-card__open"
                aria-current={isCurrent ? 'true' : undefined}
                aria-describedby={notices.has(learner.id) ? `learner-notice-${learner.id}` : undefined}
                onClick={() => open(learner)}
              >
                <span className="visually-hidden">{t('learners.openPrefix')}</span> <Avatar id={learner.avatar} size={88} />{' '}
                <span className="learner-card__name">{shownNickname(learner.nickname, t)}</span>{' '}
                {learner.classLabel && <span className="learner-card__class">{learner.classLabel}</span>}{' '}
                {alike.has(learner.id) && <span className="learner-card__detail">{tellApart(learner, t, locale)}</span>}{' '}
                {(learner.pinHash || learner.pictureHash) && (
                  <span className="learner-card__pin">
                    <LockIcon /> {learner.pictureHash ? t('sharedComputer.secret.hasPictures') : t('learners.hasPin')}
                  </span>
                )}
              </button>
              {notices.has(learner.id) && <CardNotice id={`learner-notice-${learner.id}`} events={notices.get(learner.id)!} />}
              {asking === learner.id && (
                <SecretPrompt
                  learner={learner}
                  label={learner.pictureHash ? t('sharedComputer.picturePassword.enter', { name: shownNickname(learner.nickname, t) }) : t('learners.enterPin', { name: shownNickname(learner.nickname, t) })}
                  onCancel={() => setAsking(null)}
                  onOk={(proof) => void choose(learner.id, proof)}
                />
              )}
              <Link className="learner-card__edit" href={paths.editLearner(learner.id)} aria-label={t('learners.editTitle', { name: shownNickname(learner.nickname, t) })}>
                {t('learners.edit')}
              </Link>
            </li>
          );
        })}
        <li className="learner-card learner-card--add">
          <Link className="learner-card__open" href={paths.newLearner()}>
            <span className="learner-card__plus" aria-hidden="true">
              +
            </span>
            <span className="learner-card__name">{t('learners.add')}</span>
          </Link>
        </li>
      </ul>
      <p>
        <button type="button" className="button" onClick={() => void choose('guest')}>
          {t('learners.guest')}
        </button>
      </p>
    </div>
  );
}

const NOTICE_KEYS = {
  'teacher-pin-set': 'sharedComputer.cardNotice.teacherPinSet',
  'locks-reset': 'sharedComputer.cardNotice.locksReset',
  'learner-opened': 'sharedComputer.cardNotice.learnerOpened',
  'learner-changed': 'sharedComputer.cardNotice.learnerChanged',
  'learner-lock-removed': 'sharedComputer.cardNotice.learnerLockRemoved',
} as const satisfies Partial<Record<AuditEvent['kind'], string>>;

/** What happened to a locked profile, once per kind (the latest date), and whom to tell. */
function CardNotice({ id, events }: { id: string; events: AuditEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const latest = new Map<keyof typeof NOTICE_KEYS, number>();
  for (const event of events) if (event.kind in NOTICE_KEYS) latest.set(event.kind as keyof typeof NOTICE_KEYS, event.at);
  return (
    <div id={id} className="learner-card__notice">
      {[...latest].map(([kind, at]) => (
        <p key={kind}>{t(NOTICE_KEYS[kind], { date: longDate(at, locale) })}</p>
      ))}
      <p>{t('sharedComputer.cardNotice.tell')}</p>
    </div>
  );
}
