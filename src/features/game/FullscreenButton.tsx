/** Shows the game alone on the projector (the app's header makes way), where the browser allows full screen. */
import { useTranslation } from 'react-i18next';
import { useFullscreen } from '../../ui/useFullscreen';

export function FullscreenButton() {
  const { t } = useTranslation('game');
  const fullscreen = useFullscreen();
  if (!fullscreen.supported) return null;
  return (
    <>
      <button type="button" className="button" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
        {t('play.fullscreen')}
      </button>
      {fullscreen.refused && (
        <p className="notice notice--info" role="status">
          {t('fullscreenRefused')}
        </p>
      )}
    </>
  );
}
