/** The database code, fetched on first use (precached by the service worker like every chunk). */
export const loadStore = () => import('./store');

export type Store = Awaited<ReturnType<typeof loadStore>>;
