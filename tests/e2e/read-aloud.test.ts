/**
 * Read-aloud with a real engine (issue 23 §1): Debian's Chromium speaking through speech-dispatcher and
 * espeak-ng (tests/e2e/speechDispatcher.ts), on the built app. The browser lists a Vietnamese voice; the
 * "Nghe" button of a lesson block reads it sentence by sentence, the highlight moving from the first
 * sentence to the later ones, and the engine's `end` event closes the reading — online, and again with
 * the server stopped and the network off, the page coming from the service worker.
 *
 * What the engine did is recorded in the page: speechSynthesis.speak is wrapped (an init script) to log
 * each utterance's events, and a MutationObserver logs every change of the highlighted text, so a
 * highlight that lasts only a moment (the null audio output speaks faster than real time) is still seen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, LessonBody } from '../../src/content/types';
import { readsAloud } from '../../src/features/lessons/readingPieces';
import { flowPieces } from '../../src/ui/readAloud/pieces';
import { useAppInBrowser } from './appInBrowser';
import { builtLessons, seriousViolations, waitForActivatedServiceWorker } from './harness';
import { SPEECH_DISPATCHER_FLAG, skipWithoutSpeechDispatcher, startSpeechServer, type SpeechServer } from './speechDispatcher';

/** How long the engine may take to read a block on a loaded machine (espeak-ng into a null output: seconds). */
const READING_WAIT = 60_000; // ms

interface Utterance {
  text: string;
  lang: string;
  voice: string | null;
  events: string[];
}

declare global {
  interface Window {
    __utterances: Utterance[];
    __highlights: string[];
    /** The utterances of a reading that was stopped. */
    __stopped: Utterance[];
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The first Vietnamese lesson with a prose block whose first two pieces are plain sentences, and that
 * block's place among the page's "Nghe" buttons (one per block read aloud, in page order).
 */
function lessonToRead(): { lesson: LessonBody; button: number; sentences: string[] } {
  for (const lesson of builtLessons().filter((l) => l.locale === 'vi')) {
    const blocks: Block[] = lesson.sections.flatMap((section) => section.blocks.filter(readsAloud));
    const button = blocks.findIndex((block) => {
      if (block.type !== 'prose') return false;
      const pieces = flowPieces(block.flow);
      return pieces.length >= 3 && pieces.slice(0, 2).every((piece) => (piece.key as { html?: string }).html?.includes('<') === false);
    });
    if (button === -1) continue;
    const block = blocks[button] as Extract<Block, { type: 'prose' }>;
    return { lesson, button, sentences: flowPieces(block.flow).map((piece) => squash(piece.text)) };
  }
  throw new Error('no Vietnamese lesson has a prose block of three plain pieces');
}

describe.skipIf(skipWithoutSpeechDispatcher('the read-aloud test with a real engine'))('read-aloud with speech-dispatcher and espeak-ng', () => {
  let speechServer: SpeechServer;
  // Before the browser starts (hooks run in order): Chromium connects to the server it is told of.
  beforeAll(async () => {
    speechServer = await startSpeechServer();
  });
  const app = useAppInBrowser({ args: [SPEECH_DISPATCHER_FLAG], env: () => speechServer.env, serviceWorker: true });
  const { lesson, button, sentences } = lessonToRead();

  beforeAll(async () => {
    await app.context.addInitScript(() => {
      window.__utterances = [];
      const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        const record: Utterance = { text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null, events: [] };
        window.__utterances.push(record);
        for (const type of ['start', 'end', 'error'] as const) {
          utterance.addEventListener(type, (event) => record.events.push(type === 'error' ? `error:${(event as SpeechSynthesisErrorEvent).error}` : type));
        }
        speak(utterance);
      };
    });
  });
  afterAll(async () => {
    await speechServer?.close();
  });

  /** Presses the block's "Nghe" and waits for the engine to finish; returns what it spoke and what was highlighted. */
  async function readBlock(page: Page) {
    const listen = page.getByRole('button', { name: 'Nghe', exact: true });
    await listen.nth(button).waitFor({ timeout: READING_WAIT });
    await page.evaluate(() => {
      window.__utterances.length = 0;
      window.__highlights = [];
      new MutationObserver(() => {
        const now = [...document.querySelectorAll('.reading-now')].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ');
        if (now !== '' && now !== window.__highlights.at(-1)) window.__highlights.push(now);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    await listen.nth(button).click();
    // The reading is over when its last utterance has ended (or failed: then the events say why).
    await page.waitForFunction(
      () => {
        const last = window.__utterances.at(-1);
        return last !== undefined && last.events.some((event) => event === 'end' || event.startsWith('error'));
      },
      undefined,
      { timeout: READING_WAIT },
    );
    return page.evaluate(() => ({ utterances: window.__utterances, highlights: window.__highlights }));
  }

  async function expectReadAndHighlighted(page: Page) {
    const { utterances, highlights } = await readBlock(page);
    expect(utterances.length, speechServer.log()).toBeGreaterThanOrEqual(sentences.length);
    for (const utterance of utterances) {
      expect(utterance.lang).toBe('vi-VN');
      // Among espeak-ng's Vietnamese voices the standard one (tagged vi), not the first listed (Central).
      expect(utterance.voice).toBe('Vietnamese (Northern) espeak-ng');
      expect(utterance.events, utterance.text).toEqual(['start', 'end']);
    }
    // The highlight starts on the first sentence and moves on to the later ones, in order.
    expect(highlights[0]).toBe(sentences[0]);
    const second = highlights.indexOf(sentences[1]!);
    const third = highlights.indexOf(sentences[2]!);
    expect(second, JSON.stringify(highlights)).toBeGreaterThan(0);
    expect(third, JSON.stringify(highlights)).toBeGreaterThan(second);
    // Once ended: no highlight, and the button says "Nghe" again (not "Dừng").
    await expect.poll(() => page.locator('.reading-now').count()).toBe(0);
    await page.getByRole('button', { name: 'Nghe', exact: true }).nth(button).waitFor();
    expect(await page.getByRole('button', { name: 'Dừng', exact: true }).count()).toBe(0);
  }

  it('lists a Vietnamese voice, and "Nghe" reads a lesson block sentence by sentence to its end, the highlight moving on', async () => {
    await app.page.goto(`${app.origin}/lesson/${lesson.id}`);
    await app.page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
    const voices = await app.page.evaluate(async () => {
      // Chrome lists its voices a moment after the page first asks.
      if (speechSynthesis.getVoices().length === 0) await new Promise((resolve) => speechSynthesis.addEventListener('voiceschanged', resolve, { once: true }));
      return speechSynthesis.getVoices().map((voice) => ({ name: voice.name, lang: voice.lang, local: voice.localService }));
    });
    const vietnamese = voices.filter((voice) => /^vi([-_]|$)/i.test(voice.lang));
    expect(vietnamese.length, speechServer.log()).toBeGreaterThan(0);
    expect(vietnamese.every((voice) => voice.local)).toBe(true);
    await expectReadAndHighlighted(app.page);
  });

  it('is reached with the keyboard and stopped with "Dừng"; axe finds nothing serious while it reads, nor in Cài đặt → Đọc to', async () => {
    await app.page.goto(`${app.origin}/lesson/${lesson.id}`);
    const readAll = app.page.getByRole('button', { name: 'Đọc cả bài', exact: true });
    await readAll.waitFor({ timeout: READING_WAIT });
    // A real button in the tab order: Tab reaches it, Enter presses it.
    expect(await readAll.evaluate((element) => element.tagName === 'BUTTON' && element.tabIndex === 0)).toBe(true);
    await app.page.evaluate(() => (window.__utterances.length = 0));
    await readAll.focus();
    await app.page.keyboard.press('Enter');
    // The whole lesson is long: it is still being read while axe looks at the page and its highlight.
    const stop = app.page.getByRole('button', { name: 'Dừng', exact: true });
    await stop.waitFor();
    await app.page.locator('.reading-now').first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    expect(await app.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Dừng');
    await app.page.keyboard.press('Enter');
    await readAll.waitFor();
    expect(await app.page.locator('.reading-now').count()).toBe(0);
    // The engine was told to stop: the rest of the lesson is never read. Seen once a later reading has
    // been read to its end (the engine speaks in order: a lesson still queued would have come first).
    const startedAtStop = await app.page.evaluate(() => {
      window.__stopped = window.__utterances.slice();
      return window.__stopped.filter((utterance) => utterance.events.includes('start')).length;
    });
    expect(startedAtStop).toBeLessThan(await app.page.evaluate(() => window.__stopped.length));
    await readBlock(app.page);
    expect(await app.page.evaluate(() => window.__stopped.filter((utterance) => utterance.events.includes('start')).length)).toBe(startedAtStop);

    await app.page.goto(`${app.origin}/settings`);
    const voice = app.page.getByLabel('Giọng đọc tiếng Việt', { exact: true });
    await voice.waitFor({ timeout: READING_WAIT });
    expect(await voice.inputValue()).toBe('Vietnamese (Northern) espeak-ng');
    expect(await app.page.getByLabel('Tốc độ đọc', { exact: true }).inputValue()).toBe('auto');
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('reads the same way offline: the server stopped, the network off, the page from the service worker', async () => {
    await waitForActivatedServiceWorker(app.page);
    await app.server.close();
    await app.context.setOffline(true);
    await app.page.goto(`${app.origin}/lesson/${lesson.id}`);
    await app.page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
    await expectReadAndHighlighted(app.page);
  });
});
