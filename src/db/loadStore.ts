/**
 * The database code, fetched on first use (precached by the service worker like every chunk).
 *
 * Its first use waits one task after the chunk has run: right after a page hydrates, running the chunk
 * (Dexie itself) and then opening the database in the same task made one long task, ~200 ms with the
 * CPU 4× slower (issue 21); split, the browser can draw and answer a tap in between. Later calls get the
 * loaded module at once. A chunk that fails to load is asked for again next time.
 */
import type * as StoreModule from './store';

let loading: Promise<typeof StoreModule> | undefined;

export function loadStore(): Promise<typeof StoreModule> {
  loading ??= import('./store').then(afterThisTask, (error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Resolves in a later task (a message, not a timer: no 4 ms clamp, and tests' fake timers leave it alone). */
function afterThisTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(value);
    };
    channel.port2.postMessage(null);
  });
}

export type Store = Awaited<ReturnType<typeof loadStore>>;
