/**
 * Keeps the projector window and the speaker window on the same slide, like reveal.js's speaker
 * notes but with no server: a BroadcastChannel per lesson between windows of this browser, or, where
 * BroadcastChannel is missing, the `storage` event (a localStorage write is announced to the other
 * windows of the same origin, never to the writer). Either window may change the slide; the other
 * follows. A window that opens says "hello" and whoever is already presenting answers with its slide.
 */
import { localStore } from '../../stores/safeStorage';

export type PresenterMessage =
  | { type: 'hello'; from: string }
  | { type: 'slide'; from: string; index: number; slideId: string };

/** What a window sends: its sender id is added by the link. */
export type OutgoingMessage = { type: 'hello' } | { type: 'slide'; index: number; slideId: string };

export interface PresenterLink {
  send: (message: OutgoingMessage) => void;
  close: () => void;
}

/** What the link needs from the browser, injectable for tests. */
export interface LinkEnvironment {
  BroadcastChannel?: typeof BroadcastChannel;
  storage?: Pick<Storage, 'setItem'> | null;
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export function channelName(lessonId: string): string {
  return `mang-an-toan-presenter:${lessonId}`;
}

export function isPresenterMessage(value: unknown): value is PresenterMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (typeof message.from !== 'string') return false;
  if (message.type === 'hello') return true;
  return message.type === 'slide' && typeof message.slideId === 'string' && Number.isInteger(message.index) && (message.index as number) >= 0;
}

export function openPresenterLink(lessonId: string, onMessage: (message: PresenterMessage) => void, environment: LinkEnvironment = browserEnvironment()): PresenterLink {
  const name = channelName(lessonId);
  const self = Math.random().toString(36).slice(2);
  const deliver = (data: unknown) => {
    if (isPresenterMessage(data) && data.from !== self) onMessage(data);
  };

  if (environment.BroadcastChannel) {
    const channel = new environment.BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent) => deliver(event.data);
    let open = true;
    return {
      send: (message) => {
        if (open) channel.postMessage({ ...message, from: self });
      },
      close: () => {
        open = false;
        channel.close();
      },
    };
  }

  const { storage, events } = environment;
  const onStorage = (event: StorageEvent) => {
    if (event.key !== name || !event.newValue) return;
    try {
      deliver((JSON.parse(event.newValue) as { message?: unknown }).message);
    } catch {
      // Not ours, or damaged: ignore it.
    }
  };
  events?.addEventListener('storage', onStorage);
  return {
    send: (message) => {
      try {
        // The nonce makes every write a change, so the same slide sent twice is still announced.
        storage?.setItem(name, JSON.stringify({ message: { ...message, from: self }, nonce: Math.random() }));
      } catch {
        // Storage blocked: this window cannot lead the other one.
      }
    },
    close: () => events?.removeEventListener('storage', onStorage),
  };
}

function browserEnvironment(): LinkEnvironment {
  // Null where storage is blocked (some private modes): then there is no fallback channel.
  const storage = localStore();
  return {
    ...(typeof BroadcastChannel === 'function' ? { BroadcastChannel } : {}),
    storage,
    events: window,
  };
}
