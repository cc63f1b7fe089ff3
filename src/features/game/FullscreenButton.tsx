/** Shows the game alone on the projector (no app header), where the browser allows full screen. */
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export function FullscreenButton({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation('game');
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));

  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void target.current?.requestFullscreen().catch(() => undefined);
  };
  return (
    <button type="button" className="button" aria-pressed={active} onClick={toggle}>
      {t('play.fullscreen')}
    </button>
  );
}
