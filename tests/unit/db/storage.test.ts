import { describe, expect, it } from 'vitest';
import { AppDatabase, SCHEMA_V1, setDatabase } from '../../../src/db/db';
import { startStorage } from '../../../src/app/startStorage';
import { initStorage } from '../../../src/db/storage';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import Dexie from 'dexie';

describe('starting storage', () => {
  it('tells the user when an old tab blocks the upgrade, and clears the notice once it is closed', async () => {
    const name = `blocked-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    // An old tab that does not give way to the new version (Dexie would close itself; raw code may not).
    old.on('versionchange', () => false);

    useStorageStatus.setState({ problem: null, ready: false });
    setDatabase(new AppDatabase(name));
    const starting = startStorage();
    await expect.poll(() => useStorageStatus.getState().problem).toBe('blocked');

    old.close();
    await starting;
    expect(useStorageStatus.getState()).toMatchObject({ problem: null, ready: true });
  });
});

describe('the database layer at start-up', () => {
  it('reports a database it cannot open as a result, and decides nothing about the screen', async () => {
    useStorageStatus.setState({ problem: null, ready: false });
    const db = new AppDatabase(`broken-${Math.random().toString(36).slice(2)}`);
    const failure = new Error('blocked by the browser');
    failure.name = 'InvalidStateError';
    db.open = () => Promise.reject(failure) as never;
    setDatabase(db);
    expect(await initStorage()).toEqual({ ok: false, error: failure });
    expect(useStorageStatus.getState()).toMatchObject({ problem: null, ready: false });

    await startStorage();
    expect(useStorageStatus.getState()).toMatchObject({ problem: 'unavailable', detail: 'InvalidStateError', ready: true });
  });
});
