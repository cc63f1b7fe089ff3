/**
 * The read-aloud engine (src/ui/readAloud/speech.ts) against a stand-in speech synthesis that fires the
 * Web Speech API's events: one utterance per sentence, the highlight on the piece whose utterance
 * started, the end, one reading at a time, stopping on navigation, the voice and the speed.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { leaveQuickly } from '../../../src/features/help/quickExit';
import { navigate } from '../../../src/router/navigation';
import { readingRate, useReadAloudStore } from '../../../src/stores/readAloud';
import { writeStored } from '../../../src/stores/safeStorage';
import { chooseVoice, readAloud, startReadAloud, stopReading } from '../../../src/ui/readAloud/speech';
import { fakeVoice, installFakeSpeech, type FakeSpeech } from './fakeSpeech';

const first = { html: 'Em chào cô.', text: 'Em chào cô.' };
const second = { html: 'Hôm nay em học bài mới.', text: 'Hôm nay em học bài mới.' };
const item = { html: 'Hỏi bố mẹ. Rồi mới đăng ảnh.', text: 'Hỏi bố mẹ. Rồi mới đăng ảnh.' };
const northern = fakeVoice('Vietnamese (Northern)', 'vi');
const english = fakeVoice('English (America)', 'en-US', { default: true });

let speech: FakeSpeech;
const state = () => useReadAloudStore.getState();

beforeAll(() => {
  // navigate() scrolls to the top, which jsdom does not do.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  speech = installFakeSpeech();
  writeStored('read-aloud-speed', 'auto');
  startReadAloud();
  speech.setVoices([english, northern]);
});

beforeEach(() => {
  stopReading();
  speech.reset();
});

describe('reading aloud', () => {
  it('speaks one utterance per sentence in the lesson language, and highlights the piece whose utterance started', () => {
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }, { key: second, text: second.text }, { key: item, text: item.text }], locale: 'vi', band: 'lop-4-5' });
    expect(speech.spoken.map((u) => u.text)).toEqual(['Em chào cô.', 'Hôm nay em học bài mới.', 'Hỏi bố mẹ.', 'Rồi mới đăng ảnh.']);
    expect(speech.spoken.every((u) => u.lang === 'vi-VN' && u.voice === northern)).toBe(true);
    expect(state()).toMatchObject({ owner: 'block-1', current: first });
    speech.finish();
    expect(state().current).toBe(second);
    speech.finish();
    expect(state().current).toBe(item);
    // A piece of two sentences stays highlighted while both are read.
    speech.finish();
    expect(state().current).toBe(item);
    speech.finish();
    expect(state()).toMatchObject({ owner: null, current: null });
  });

  it('keeps the highlight on the sentence being read through its word boundaries, and ends only after the last sentence', () => {
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }, { key: second, text: second.text }], locale: 'vi' });
    speech.boundary(0);
    speech.boundary(3);
    expect(state()).toMatchObject({ owner: 'block-1', current: first });
    speech.finish();
    speech.boundary(4);
    expect(state()).toMatchObject({ owner: 'block-1', current: second });
    speech.finish();
    expect(state()).toMatchObject({ owner: null, current: null });
  });

  it('stops when the help path’s quick exit leaves the page', () => {
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }, { key: second, text: second.text }], locale: 'vi' });
    // jsdom cannot load about:blank (it says "Not implemented"): only the stop before it is under test.
    leaveQuickly();
    expect(speech.cancels).toBe(1);
    expect(speech.speakingNow).toBeNull();
    expect(state()).toMatchObject({ owner: null, current: null });
  });

  it('stops the reading under way when another button starts one, and ignores the cancelled queue’s events', () => {
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }, { key: second, text: second.text }], locale: 'vi' });
    readAloud({ owner: 'option-2', pieces: [{ key: 'q1:option:1', text: 'Màu em thích' }], locale: 'vi' });
    expect(speech.cancels).toBe(1);
    expect(state()).toMatchObject({ owner: 'option-2', current: 'q1:option:1' });
    speech.finish();
    expect(state()).toMatchObject({ owner: null, current: null });
  });

  it('stops when the page changes (a link followed, Back)', () => {
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }, { key: second, text: second.text }], locale: 'vi' });
    navigate('/help');
    expect(speech.cancels).toBe(1);
    expect(speech.speakingNow).toBeNull();
    expect(state()).toMatchObject({ owner: null, current: null });
    navigate('/');
  });

  it('ends the reading and tells the caller when the engine fails, once', () => {
    const failed = vi.fn();
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }, { key: second, text: second.text }], locale: 'vi', onFailed: failed });
    speech.fail('synthesis-failed');
    expect(failed).toHaveBeenCalledExactlyOnceWith('synthesis-failed');
    expect(state()).toMatchObject({ owner: null, current: null });
  });

  it('reads nothing in a language the computer has no voice for', () => {
    speech.setVoices([english]);
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }], locale: 'vi' });
    expect(speech.spoken).toEqual([]);
    expect(state().owner).toBeNull();
    speech.setVoices([english, northern]);
  });

  it('reads slower for lớp 1–3 and the preschool band unless a speed is chosen', () => {
    expect(readingRate('auto', 'lop-1-3')).toBeLessThan(1);
    expect(readingRate('auto', 'mam-non' as never)).toBe(readingRate('auto', 'lop-1-3'));
    expect(readingRate('auto', 'lop-4-5')).toBe(1);
    expect(readingRate('auto', 'cha-me')).toBe(1);
    expect(readingRate('fast', 'lop-1-3')).toBeGreaterThan(1);
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }], locale: 'vi', band: 'lop-1-3' });
    expect(speech.spoken[0]!.rate).toBe(readingRate('auto', 'lop-1-3'));
    state().setSpeed('normal');
    readAloud({ owner: 'block-1', pieces: [{ key: first, text: first.text }], locale: 'vi', band: 'lop-1-3' });
    expect(speech.spoken[1]!.rate).toBe(1);
    state().setSpeed('auto');
  });
});

describe('choosing a voice', () => {
  const southernOnline = fakeVoice('Google Tiếng Việt', 'vi-VN', { localService: false, default: true });
  const southern = fakeVoice('Vietnamese (Southern)', 'vi_VN');

  it('takes the one chosen in Cài đặt while the computer has it', () => {
    expect(chooseVoice([english, northern, southern], 'vi', southern.voiceURI)).toBe(southern);
    expect(chooseVoice([english, northern], 'vi', southern.voiceURI)).toBe(northern);
  });

  it('prefers a voice on the computer (it reads offline) to a network one, even the default', () => {
    expect(chooseVoice([southernOnline, english, northern], 'vi')).toBe(northern);
    expect(chooseVoice([southernOnline, english], 'vi')).toBe(southernOnline);
  });

  it('prefers the standard language to a regional one, as espeak-ng lists them', () => {
    const central = fakeVoice('Vietnamese (Central) espeak-ng', 'vi-VN-X-CENTRAL');
    const hanoi = fakeVoice('Vietnamese (Northern) espeak-ng', 'vi');
    expect(chooseVoice([central, hanoi], 'vi')).toBe(hanoi);
    expect(chooseVoice([central, fakeVoice('Microsoft An', 'vi-VN')], 'vi')?.name).toBe('Microsoft An');
  });

  it('matches a language by its tag: vi, vi-VN, vi_VN, vi-VN-x-south, never another language', () => {
    const tags = ['vi', 'vi-VN', 'vi_VN', 'VI-VN-X-SOUTH', 'vie', 'en-US'];
    expect(tags.filter((lang) => chooseVoice([fakeVoice(lang, lang)], 'vi'))).toEqual(['vi', 'vi-VN', 'vi_VN', 'VI-VN-X-SOUTH']);
  });
});
