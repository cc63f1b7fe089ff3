/**
 * "Cần giúp đỡ? Gọi 111" on every screen: the projected screens hide the app's header (and in full
 * screen the class quiz does too), so they carry the help line in the page itself.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { initStorage } from '../../../src/db/storage';
import { freshDatabase, renderWithProviders } from '../../test-utils';

describe('the help line on the projected screens', () => {
  beforeEach(() => {
    freshDatabase();
    window.localStorage.clear();
  });

  it.each([
    ['the presenter', '/lesson/fixture-hotline/present'],
    ['the speaker view', '/lesson/fixture-hotline/speaker'],
    ['the class quiz', '/lesson/fixture-hotline/class-quiz'],
  ])('is on %s, inside the page rather than the header', async (_name, path) => {
    await initStorage();
    window.history.replaceState(null, '', path);
    await renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1 });
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Cần giúp đỡ? Gọi 111' })).toHaveAttribute('href', '/help');
  });
});
