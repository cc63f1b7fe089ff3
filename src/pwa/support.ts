/** Service workers need a secure context: https or localhost. Plain-http LAN servers get none. */
export function serviceWorkerSupported(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && window.isSecureContext;
}
