/**
 * Shows the game alone on the projector (the app's header makes way), where the browser allows full
 * screen. After a press, focus goes to `focusAfter` (the question), so Space and Enter run the game as
 * the hint says instead of pressing this button again (src/ui/useFullscreen.ts).
 */
import { useTranslation } from 'react-i18next';
import { useFullscreen } from '../../ui/useFullscreen';

export function FullscreenButton({ focusAfter }: { focusAfter?: () => HTMLElement | null | undefined }) {
  const { t } = useTranslation('game');
  const fullscreen = useFullscreen({ focusAfter });
  if (!fullscreen.supported) return null;
  return (
    <>
      <button type="button" className="button" onClick={fullscreen.toggle}>
        {fullscreen.active ? t('play.exitFullscreen') : t('play.fullscreen')}
      </button>
      {fullscreen.refused && (
        <p className="notice notice--info" role="status">
          {t('fullscreenRefused')}
        </p>
      )}
    </>
  );
}
