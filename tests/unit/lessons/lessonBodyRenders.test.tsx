/**
 * The long, static lesson body is not drawn again when the page around it re-renders (issue 21: right
 * after hydration the app re-renders with stored preferences, the learner and progress; walking every
 * block again made the lesson's start a long task). Its first part, the key terms, counts its renders.
 */
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { initStorage } from '../../../src/db/storage';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { useUiStore } from '../../../src/stores/uiStore';
import type * as KeyTermsModule from '../../../src/ui/KeyTerms';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const renders = vi.hoisted(() => ({ keyTerms: 0 }));
vi.mock('../../../src/ui/KeyTerms', async (importOriginal) => {
  const original = await importOriginal<typeof KeyTermsModule>();
  return {
    ...original,
    KeyTerms: (props: Parameters<typeof original.KeyTerms>[0]) => {
      renders.keyTerms++;
      return original.KeyTerms(props);
    },
  };
});

describe('the lesson body', () => {
  beforeEach(async () => {
    freshDatabase();
    useStorageStatus.setState({ problem: null, ready: false });
    useUiStore.setState({ largeText: false, teacherMode: false });
    await initStorage();
  });

  it('is not drawn again when the page around it re-renders with the same lesson', async () => {
    window.history.replaceState(null, '', '/lesson/fixture-personal-data');
    await renderWithProviders(<App />);
    await screen.findByRole('region', { name: 'Từ khóa' });
    const before = renders.keyTerms;
    // The app re-renders with large text (the shell and the lesson page around the body)…
    act(() => useUiStore.setState({ largeText: true }));
    expect(document.documentElement.classList.contains('large-text')).toBe(true);
    act(() => useUiStore.setState({ teacherMode: true }));
    await screen.findByRole('navigation', { name: 'Công cụ giáo viên' });
    // …and the body is left as it was drawn.
    expect(renders.keyTerms).toBe(before);
  });
});
