import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Toast } from '../../../src/pwa/Toast';
import { LiveRegion } from '../../../src/ui/LiveRegion';

describe('a toast at the foot of the window', () => {
  it('makes room at the page’s foot while it shows, and gives it back when it goes', () => {
    // jsdom lays nothing out: the toast is given a height.
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 96 });
    try {
      const { unmount } = render(<Toast message="Ứng dụng đã sẵn sàng." onDismiss={() => {}} />);
      expect(screen.getByText('Ứng dụng đã sẵn sàng.')).toBeInTheDocument();
      expect(document.documentElement.style.getPropertyValue('--toast-space')).toBe('96px');
      act(() => unmount());
      expect(document.documentElement.style.getPropertyValue('--toast-space')).toBe('');
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', original);
    }
  });

  it('says its message through the app’s live region, which was there before it', () => {
    render(<LiveRegion />);
    const region = screen.getByRole('status');
    expect(region).not.toHaveTextContent('Đã có phiên bản mới của ứng dụng.');
    render(<Toast message="Đã có phiên bản mới của ứng dụng." onDismiss={() => {}} />);
    expect(region).toHaveTextContent('Đã có phiên bản mới của ứng dụng.');
  });

  it('closes with Escape, unless something else used that Escape', async () => {
    const onDismiss = vi.fn();
    render(
      <>
        <div onKeyDown={(event) => event.key === 'Escape' && event.preventDefault()}>
          <button type="button">Danh mục</button>
        </div>
        <Toast message="Đã có phiên bản mới." onDismiss={onDismiss} />
      </>,
    );
    fireEvent.keyDown(screen.getByRole('button', { name: 'Danh mục' }), { key: 'Escape' });
    expect(onDismiss).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('hands focus on to the page’s content when it closes with focus on its button', async () => {
    function Page({ shown }: { shown: boolean }) {
      return (
        <>
          {shown && (
            <Toast message="Ứng dụng đã sẵn sàng." onDismiss={() => {}}>
              <button type="button">Đóng</button>
            </Toast>
          )}
          <main id="main" tabIndex={-1} />
        </>
      );
    }
    const { rerender } = render(<Page shown />);
    screen.getByRole('button', { name: 'Đóng' }).focus();
    rerender(<Page shown={false} />);
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
