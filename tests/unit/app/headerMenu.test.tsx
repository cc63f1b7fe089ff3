/**
 * The header's "Danh mục" button (shown on phones by header-menu.css; jsdom applies no CSS, so this
 * checks the state and keyboard behaviour, and the e2e test checks the folding in Chromium).
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { freshDatabase, renderWithProviders } from '../../test-utils';

describe('the header menu on a phone', () => {
  beforeEach(() => {
    freshDatabase();
    window.history.replaceState(null, '', '/');
  });

  it('unfolds and folds the tools, says so with aria-expanded, and closes on Escape or a followed link', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<App />);
    const button = screen.getByRole('button', { name: 'Danh mục' });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', nav.id);
    expect(nav).not.toHaveClass('app-header__tools--open');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveClass('app-header__tools--open');

    // A button in the menu leaves it open; Escape anywhere in it folds it back.
    await user.click(screen.getByRole('button', { name: /Chữ to/ }));
    expect(nav).toHaveClass('app-header__tools--open');
    await user.keyboard('{Escape}');
    expect(nav).not.toHaveClass('app-header__tools--open');
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(nav).toHaveClass('app-header__tools--open');
    await user.click(screen.getByRole('link', { name: 'Cài đặt' }));
    // The help entry stays outside the fold, always there.
    expect(nav).not.toContainElement(screen.getByRole('link', { name: /Cần giúp đỡ\? Gọi 111/ }));
    expect(nav).not.toHaveClass('app-header__tools--open');
    expect(window.location.pathname).toBe('/settings');
  });
});
