import { afterEach, describe, expect, it } from 'vitest';
import { isCharacterKey, isOutOfScope, SHORTCUT_SCOPE } from '../../../src/ui/shortcutKeys';

/** A screen with its shortcuts' region, and a page around it (a header link, a heading the app focuses). */
function page() {
  document.body.innerHTML = `
    <header><a href="/help" id="header-link">Cần giúp đỡ?</a><button id="language">English</button></header>
    <main><h1 tabindex="-1" id="title">Bài kiểm tra</h1>
      <form id="question"><h2 tabindex="-1" id="heading">Câu hỏi?</h2><input type="radio" id="option"><button id="check">Kiểm tra</button></form>
    </main>`;
  const question = document.getElementById('question')!;
  for (const [name, value] of Object.entries(SHORTCUT_SCOPE)) question.setAttribute(name, value);
  return (id: string) => document.getElementById(id)!;
}

describe('single-character shortcuts act only while focus is on their screen (WCAG 2.1.4)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('counts a digit, a letter, "." and Space as character keys, not Enter, arrows, PageDown or Escape', () => {
    for (const key of ['1', 'b', 'B', '.', ' ']) expect(isCharacterKey({ key }), key).toBe(true);
    for (const key of ['Enter', 'ArrowDown', 'PageDown', 'Escape', 'Backspace']) expect(isCharacterKey({ key }), key).toBe(false);
  });

  it('lets them act inside the region, on nothing, or on the heading the app moved focus to', () => {
    const byId = page();
    for (const target of [byId('heading'), byId('option'), byId('check'), byId('title'), document.body]) {
      expect(isOutOfScope({ key: '1', target }), target.id || target.tagName).toBe(false);
    }
  });

  it('leaves them alone while a control elsewhere on the page has focus', () => {
    const byId = page();
    for (const target of [byId('header-link'), byId('language')]) {
      expect(isOutOfScope({ key: '1', target }), target.id).toBe(true);
      expect(isOutOfScope({ key: ' ', target }), target.id).toBe(true);
      // Keys that type nothing are not limited: Enter on a control is that control's, as before.
      expect(isOutOfScope({ key: 'PageDown', target }), target.id).toBe(false);
    }
  });
});
