import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelName, isPresenterMessage, openPresenterLink, type PresenterLink, type PresenterMessage } from '../../../src/features/presenter/sync';

const links: PresenterLink[] = [];
afterEach(() => {
  for (const link of links.splice(0)) link.close();
});

function open(lessonId: string, environment?: Parameters<typeof openPresenterLink>[2]) {
  const received: PresenterMessage[] = [];
  const link = openPresenterLink(lessonId, (message) => received.push(message), environment);
  links.push(link);
  return { link, received };
}

describe('keeping two presenter windows in step', () => {
  it('names one channel per lesson', () => {
    expect(channelName('lop-4-5-personal-data')).toBe('mang-an-toan-presenter:lop-4-5-personal-data');
  });

  it('carries slide changes both ways over BroadcastChannel, never back to the sender', async () => {
    const projector = open('bai-1');
    const speaker = open('bai-1');
    projector.link.send({ type: 'slide', index: 3, slideId: '1.0.2' });
    await vi.waitFor(() => expect(speaker.received).toEqual([expect.objectContaining({ type: 'slide', index: 3, slideId: '1.0.2' })]));
    speaker.link.send({ type: 'slide', index: 1, slideId: '0.0.0' });
    await vi.waitFor(() => expect(projector.received).toEqual([expect.objectContaining({ type: 'slide', index: 1, slideId: '0.0.0' })]));
    expect(speaker.received).toHaveLength(1);
  });

  it('does not mix up two lessons presented at once', async () => {
    const one = open('bai-1');
    const other = open('bai-2');
    const sameLesson = open('bai-1');
    one.link.send({ type: 'hello' });
    await vi.waitFor(() => expect(sameLesson.received).toHaveLength(1));
    expect(other.received).toEqual([]);
  });

  it('stops delivering after close', async () => {
    const projector = open('bai-1');
    const speaker = open('bai-1');
    const witness = open('bai-1');
    speaker.link.close();
    projector.link.send({ type: 'slide', index: 2, slideId: 'x' });
    // The same message reaches a window still open, and that window's answer comes back: a round trip
    // later, the closed window would have had the slide (and the answer) too.
    await vi.waitFor(() => expect(witness.received).toEqual([expect.objectContaining({ type: 'slide', index: 2 })]));
    witness.link.send({ type: 'hello' });
    await vi.waitFor(() => expect(projector.received).toEqual([expect.objectContaining({ type: 'hello' })]));
    expect(speaker.received).toEqual([]);
  });

  it('falls back to the storage event when BroadcastChannel is missing', () => {
    // Two windows: each has its own event target, and a write in one is announced in the other.
    const windowA = new EventTarget();
    const windowB = new EventTarget();
    const storageOf = (others: EventTarget[]) => ({
      setItem: (key: string, value: string) => {
        for (const target of others) target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value }));
      },
    });
    const envA = { storage: storageOf([windowB]), events: windowA as unknown as Window };
    const envB = { storage: storageOf([windowA]), events: windowB as unknown as Window };
    const projector = open('bai-1', envA);
    const speaker = open('bai-1', envB);

    projector.link.send({ type: 'slide', index: 4, slideId: '2.0.0' });
    projector.link.send({ type: 'slide', index: 4, slideId: '2.0.0' });
    expect(speaker.received).toEqual([expect.objectContaining({ index: 4 }), expect.objectContaining({ index: 4 })]);
    speaker.link.send({ type: 'hello' });
    expect(projector.received).toEqual([expect.objectContaining({ type: 'hello' })]);
  });

  it('ignores storage events for other keys and damaged or foreign values', () => {
    const target = new EventTarget();
    const { received } = open('bai-1', { storage: null, events: target as unknown as Window });
    const fire = (key: string, newValue: string | null) => target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    fire('mang-an-toan:language', '"en"');
    fire(channelName('bai-1'), '{not json');
    fire(channelName('bai-1'), JSON.stringify({ message: { type: 'slide', index: -1, slideId: 'x', from: 'a' } }));
    fire(channelName('bai-1'), null);
    expect(received).toEqual([]);
  });

  it('recognises only well-formed messages', () => {
    expect(isPresenterMessage({ type: 'hello', from: 'a' })).toBe(true);
    expect(isPresenterMessage({ type: 'slide', from: 'a', index: 2, slideId: '0.0.0' })).toBe(true);
    expect(isPresenterMessage({ type: 'slide', from: 'a', index: 1.5, slideId: '0.0.0' })).toBe(false);
    expect(isPresenterMessage({ type: 'slide', index: 1, slideId: '0.0.0' })).toBe(false);
    expect(isPresenterMessage('slide')).toBe(false);
    expect(isPresenterMessage(null)).toBe(false);
  });
});
