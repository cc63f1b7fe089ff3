/**
 * Keys pressed before the page was hydrated (kept by public/boot.js) are replayed once the app listens:
 * number keys and Enter pressed on the page or on text, never those pressed in a field, on a button or
 * with a modifier, and each only once (src/app/earlyKeys.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { replayEarlyKeys } from '../../../src/app/earlyKeys';

function pressedOn(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  delete window.takeEarlyKeys;
});

describe('replaying early keys', () => {
  it('replays number keys and Enter pressed on the page, in order, once', () => {
    const text = document.body.appendChild(document.createElement('p'));
    const kept = [pressedOn(document.body, '2'), pressedOn(text, 'Enter')];
    let taken = false;
    window.takeEarlyKeys = () => {
      if (taken) return [];
      taken = true;
      return kept;
    };
    const heard: string[] = [];
    const listener = (event: KeyboardEvent) => heard.push(`${event.key} on ${(event.target as Element).tagName}`);
    document.addEventListener('keydown', listener);
    replayEarlyKeys();
    replayEarlyKeys();
    document.removeEventListener('keydown', listener);
    expect(heard).toEqual(['2 on BODY', 'Enter on P']);
  });

  it('leaves alone keys the browser acted on, keys with a modifier and other keys', () => {
    const field = document.body.appendChild(document.createElement('input'));
    const button = document.body.appendChild(document.createElement('button'));
    const handled = pressedOn(document.body, '3');
    handled.preventDefault();
    const kept = [pressedOn(field, '1'), pressedOn(button, 'Enter'), pressedOn(document.body, '4', { ctrlKey: true }), pressedOn(document.body, 'a'), pressedOn(document.body, 'Tab')];
    window.takeEarlyKeys = () => [...kept, handled];
    const heard: string[] = [];
    const listener = (event: KeyboardEvent) => heard.push(event.key);
    document.addEventListener('keydown', listener);
    replayEarlyKeys();
    document.removeEventListener('keydown', listener);
    expect(heard).toEqual([]);
  });

  it('does nothing without boot.js (a test, a page opened without it)', () => {
    expect(() => replayEarlyKeys()).not.toThrow();
  });
});
