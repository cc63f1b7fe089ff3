/** Tells the user when they are offline, and when this page cannot work offline at all (plain http). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePwaStore } from './pwaStore';
import { serviceWorkerSupported } from './support';
import { useOnline } from './useOnline';
import { OfflineIcon } from '../ui/icons';
import { useAnnounce } from '../ui/LiveRegion';

export function ConnectionNotices() {
  const { t } = useTranslation();
  const online = useOnline();
  const [insecureDismissed, setInsecureDismissed] = useState(false);
  const registerFailed = usePwaStore((s) => s.registerFailed);
  const [registerFailedDismissed, setRegisterFailedDismissed] = useState(false);
  const insecure = !serviceWorkerSupported() && typeof window !== 'undefined' && !window.isSecureContext;

  return (
    <>
      {!online && <OfflineIndicator text={t('pwa.offline')} />}
      {insecure && !insecureDismissed && (
        <div className="notice notice--info" role="note">
          <p>{t('pwa.insecure')}</p>
          <button type="button" className="button" onClick={() => setInsecureDismissed(true)}>
            {t('pwa.close')}
          </button>
        </div>
      )}
      {registerFailed && !registerFailedDismissed && (
        <div className="notice notice--error" role="alert">
          <p>{t('pwa.registerFailed')}</p>
          <button type="button" className="button" onClick={() => setRegisterFailedDismissed(true)}>
            {t('pwa.close')}
          </button>
        </div>
      )}
    </>
  );
}

/** "Đang không có mạng…": shown, and said once through the app's live region when the connection goes. */
function OfflineIndicator({ text }: { text: string }) {
  useAnnounce(text);
  return (
    <p className="offline-indicator">
      <OfflineIcon /> {text}
    </p>
  );
}
