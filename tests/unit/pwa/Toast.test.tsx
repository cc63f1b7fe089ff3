import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Toast } from '../../../src/pwa/Toast';

describe('a toast at the foot of the window', () => {
  it('makes room at the page’s foot while it shows, and gives it back when it goes', () => {
    // jsdom lays nothing out: the toast is given a height.
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 96 });
    try {
      const { unmount } = render(<Toast>Ứng dụng đã sẵn sàng.</Toast>);
      expect(screen.getByRole('status')).toHaveTextContent('Ứng dụng đã sẵn sàng.');
      expect(document.documentElement.style.getPropertyValue('--toast-space')).toBe('96px');
      act(() => unmount());
      expect(document.documentElement.style.getPropertyValue('--toast-space')).toBe('');
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', original);
    }
  });
});
