import { describe, expect, it } from 'vitest';
import { slideActionFor } from '../../../src/features/presenter/keyboard';
import { SHORTCUT_SCOPE } from '../../../src/ui/shortcutKeys';

/** The window's slides and toolbar, as PresenterPage marks them. */
function presenter() {
  const root = document.body.appendChild(document.createElement('div'));
  for (const [name, value] of Object.entries(SHORTCUT_SCOPE)) root.setAttribute(name, value);
  return root;
}

describe('keys and presentation clickers', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['b', 'blank'],
    ['.', 'blank'],
  ])('maps %j to %s', (key, action) => {
    expect(slideActionFor({ key, target: document.body })).toBe(action);
  });

  it('goes back with Shift+Space', () => {
    expect(slideActionFor({ key: ' ', shiftKey: true })).toBe('previous');
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(slideActionFor({ key: 'a' })).toBeNull();
    expect(slideActionFor({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(slideActionFor({ key: 'Home', ctrlKey: true })).toBeNull();
  });

  it('lets Enter and Space press the focused button or link, and typing go to a field', () => {
    const button = document.createElement('button');
    const link = document.createElement('a');
    link.href = '/help'; // without one, a link takes no focus, so no key press
    const field = document.createElement('input');
    expect(slideActionFor({ key: 'Enter', target: button })).toBeNull();
    expect(slideActionFor({ key: ' ', target: link })).toBeNull();
    expect(slideActionFor({ key: 'ArrowRight', target: button })).toBe('next');
    expect(slideActionFor({ key: 'Backspace', target: field })).toBeNull();
  });

  it('moves the slide with Space on a toolbar button (it keeps focus after a click), Enter still presses it', () => {
    const bar = presenter().appendChild(document.createElement('div'));
    bar.setAttribute('data-slide-controls', '');
    const button = bar.appendChild(document.createElement('button'));
    expect(slideActionFor({ key: ' ', target: button })).toBe('next');
    expect(slideActionFor({ key: ' ', shiftKey: true, target: button })).toBe('previous');
    expect(slideActionFor({ key: 'Enter', target: button })).toBeNull();
  });

  it('takes B, "." and Space only while focus is on the slides or their toolbar, or on nothing; arrows and clicker keys anywhere', () => {
    const onSlide = presenter().appendChild(document.createElement('a'));
    onSlide.href = '/help';
    const elsewhere = document.body.appendChild(document.createElement('button'));
    expect(slideActionFor({ key: 'b', target: onSlide })).toBe('blank');
    expect(slideActionFor({ key: 'b', target: document.body })).toBe('blank');
    expect(slideActionFor({ key: 'b', target: elsewhere })).toBeNull();
    expect(slideActionFor({ key: '.', target: elsewhere })).toBeNull();
    expect(slideActionFor({ key: ' ', target: elsewhere })).toBeNull();
    expect(slideActionFor({ key: 'PageDown', target: elsewhere })).toBe('next');
    expect(slideActionFor({ key: 'ArrowLeft', target: elsewhere })).toBe('previous');
  });
});
