/**
 * loadStore (src/db/loadStore.ts): the database chunk is loaded once and shared, handed over a task after
 * it has run (issue 21: running Dexie and opening the database were one long task), and a chunk that
 * failed to load (offline, a deploy that removed it) is asked for again next time rather than never.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../src/db/store');
  vi.resetModules();
});

describe('loadStore', () => {
  it('loads the database code once and shares it', async () => {
    const { loadStore } = await import('../../../src/db/loadStore');
    const first = loadStore();
    expect(loadStore()).toBe(first);
    await expect(first).resolves.toHaveProperty('initStorage');
  });

  it('hands the module over in a later task than the one the chunk ran in', async () => {
    vi.resetModules();
    const order: string[] = [];
    vi.doMock('../../../src/db/store', () => {
      order.push('chunk ran');
      // A message posted while the chunk runs is delivered before the module is handed over.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        order.push('next task');
        channel.port1.close();
      };
      channel.port2.postMessage(null);
      return { initStorage: () => undefined };
    });
    const { loadStore } = await import('../../../src/db/loadStore');
    await loadStore();
    order.push('handed over');
    expect(order).toEqual(['chunk ran', 'next task', 'handed over']);
  });

  it('asks for the chunk again after a load that failed', async () => {
    vi.resetModules();
    let fail = true;
    vi.doMock('../../../src/db/store', () => {
      if (fail) throw new Error('chunk unavailable');
      return { initStorage: () => undefined };
    });
    const { loadStore } = await import('../../../src/db/loadStore');
    await expect(loadStore()).rejects.toThrow();
    fail = false;
    vi.resetModules();
    await expect(loadStore()).resolves.toHaveProperty('initStorage');
  });
});
