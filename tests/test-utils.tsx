/** Render helpers: a real i18n instance and a fresh, empty database for every test. */
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '../src/content/vocabulary';
import { AppDatabase, setDatabase } from '../src/db/db';
import { initStorage } from '../src/db/storage';
import { setupI18n } from '../src/i18n';
import { FEATURE_NAMESPACES } from '../src/app/screens';
import { useStorageStatus } from '../src/stores/storageStatus';
import { useUiStore } from '../src/stores/uiStore';

let databaseCount = 0;

/** A database of its own for each test, so tests never see each other's rows. */
export function freshDatabase(): AppDatabase {
  databaseCount += 1;
  const db = new AppDatabase(`test-${databaseCount}-${Math.random().toString(36).slice(2)}`);
  setDatabase(db);
  return db;
}

export async function renderWithProviders(ui: ReactElement, { language = 'vi', ...options }: RenderOptions & { language?: Locale } = {}) {
  const i18n = await setupI18n(language);
  // Screens rendered on their own start with their namespaces loaded, through the same backend and
  // registrations as the app (src/app/featureNamespaces.ts), so a namespace nobody registered fails here too.
  await i18n.loadNamespaces([...FEATURE_NAMESPACES]);
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>, options) };
}

/**
 * The app as a new computer opens it: a fresh database, nothing in localStorage, teacher mode as given,
 * and storage started (the status store back to "not ready" first).
 */
export async function freshComputer({ teacherMode = false }: { teacherMode?: boolean } = {}): Promise<void> {
  freshDatabase();
  window.localStorage.clear();
  useUiStore.setState({ teacherMode });
  useStorageStatus.setState({ problem: null, ready: false });
  await initStorage();
}
