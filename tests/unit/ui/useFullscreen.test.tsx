import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFullscreen } from '../../../src/ui/useFullscreen';

function fakeFullscreenApi(request: () => Promise<void>) {
  Object.defineProperty(document.documentElement, 'requestFullscreen', { value: vi.fn(request), configurable: true });
  Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
}

describe('full screen on the projector', () => {
  afterEach(() => {
    Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
    Reflect.deleteProperty(document, 'fullscreenEnabled');
  });

  it('asks for the whole page, not one element, so prompts and the 111 footer stay visible', () => {
    fakeFullscreenApi(() => Promise.resolve());
    const { result } = renderHook(() => useFullscreen());
    expect(result.current.supported).toBe(true);
    act(() => result.current.toggle());
    expect(document.documentElement.requestFullscreen).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser refuses, instead of swallowing it', async () => {
    fakeFullscreenApi(() => Promise.reject(new TypeError('Permissions check failed')));
    const { result } = renderHook(() => useFullscreen());
    await act(async () => result.current.toggle());
    expect(result.current.refused).toBe(true);
  });

  it('is not offered where the API is missing', () => {
    const { result } = renderHook(() => useFullscreen());
    expect(result.current.supported).toBe(false);
  });
});
