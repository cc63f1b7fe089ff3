/**
 * This computer's settings: how much is stored and whether the browser keeps it, moving progress
 * (export, import, backup), teacher actions (the teacher PIN, the idle time, clearing a learner's lock),
 * the end-of-year reset, and which version of the app this computer has.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import { useLearners } from '../../db/hooks';
import { buildInfo, formatBuildDate } from '../../pwa/buildInfo';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useStorageStatus } from '../../stores/storageStatus';
import { IdleSetting } from './IdleSetting';
import { LearnerSecrets } from './LearnerSecrets';
import { ReadAloudSection } from './ReadAloudSection';
import { ResetComputer } from './ResetComputer';
import { TeacherLockSection } from './TeacherLockSection';
import { TransferSection } from './TransferSection';

interface Estimate {
  used: number;
  quota: number;
}

function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('settings.title'));
  const persisted = useStorageStatus((s) => s.persisted);
  const setPersisted = useStorageStatus((s) => s.setPersisted);
  const learners = useLearners();
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const canPersist = typeof navigator !== 'undefined' && Boolean(navigator.storage?.persist);

  useEffect(() => {
    navigator.storage
      ?.estimate?.()
      .then((e) => setEstimate({ used: e.usage ?? 0, quota: e.quota ?? 0 }))
      .catch(() => setEstimate(null));
  }, [learners]);

  const askPersist = async () => setPersisted(await navigator.storage.persist().catch(() => false));
  const locale = i18n.language === 'vi' ? 'vi-VN' : 'en-GB';

  return (
    <div className="settings-page">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>

      <section aria-labelledby="storage-title">
        <h2 id="storage-title">{t('settings.storageTitle')}</h2>
        <p>{estimate ? t('settings.used', { used: formatBytes(estimate.used, locale), quota: formatBytes(estimate.quota, locale) }) : t('settings.usedUnknown')}</p>
        <p>{!canPersist ? t('settings.persistUnknown') : persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
        {canPersist && !persisted && (
          <button type="button" className="button" onClick={() => void askPersist()}>
            {t('settings.askPersist')}
          </button>
        )}
      </section>

      <ReadAloudSection />

      <TransferSection />

      <section aria-labelledby="teacher-title">
        <h2 id="teacher-title">{t('settings.teacherTitle')}</h2>
        <p>
          <Link href={paths.teacher()}>{t('teacher.title')}: {t('teacher.modeLabel')}</Link>
        </p>
        <TeacherLockSection />
        <IdleSetting />
        <LearnerSecrets />
        <ResetComputer />
      </section>

      <p className="muted">{t('settings.version', { version: buildInfo.version, date: formatBuildDate(buildInfo.date, i18n.language === 'vi' ? 'vi' : 'en') })}</p>
    </div>
  );
}
