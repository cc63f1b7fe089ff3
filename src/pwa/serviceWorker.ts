/**
 * Registers the service worker (production builds only) and forwards its events to usePwaStore.
 * With registerType 'prompt' the new worker waits until the user presses "Update": nothing ever
 * reloads the page by itself.
 */
import { registerSW } from 'virtual:pwa-register';
import { usePwaStore } from './pwaStore';
import { serviceWorkerSupported } from './support';

const UPDATE_CHECK_INTERVAL = 60 * 60 * 1000; // ms: school PCs stay open all day

export function startServiceWorker(): void {
  if (!serviceWorkerSupported()) return;
  const updateSW = registerSW({
    onNeedRefresh: () => usePwaStore.setState({ needRefresh: true }),
    onOfflineReady: () => usePwaStore.setState({ offlineReady: true }),
    // E.g. storage blocked by a browser policy, or a full disk: say that offline use is not available.
    onRegisterError: () => usePwaStore.setState({ registerFailed: true }),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      window.setInterval(() => {
        // A failed background check changes nothing on screen and is simply tried again next hour.
        if (navigator.onLine) registration.update().catch(() => usePwaStore.setState({ lastUpdateCheckFailedAt: Date.now() }));
      }, UPDATE_CHECK_INTERVAL);
    },
  });
  usePwaStore.setState({ applyUpdate: () => updateSW(true) });
}
