/**
 * What a read-aloud control needs to know: whether this computer has a voice for a language, and the
 * strings (namespace `readAloud`, loaded on first use without suspending the page: a control shows once
 * both the strings and a voice are there, so a prerendered page hydrates as it was rendered).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/vocabulary';
import { useReadAloudStore } from '../../stores/readAloud';
import { speaks, startReadAloud } from './speech';

/** Declared, with its loader, by the lessons feature (src/features/lessons/screens.ts). */
export const READ_ALOUD_NAMESPACE = 'readAloud';

/** How read-aloud's strings are asked for: never suspending the page; `ready` is false until they have loaded. */
export const READ_ALOUD_STRINGS = { useSuspense: false } as const;

/** The `readAloud` strings, for a screen whose own strings are another namespace's (the quiz). */
export function useReadAloudStrings() {
  return useTranslation(READ_ALOUD_NAMESPACE, READ_ALOUD_STRINGS);
}

/** Whether a text in `locale` can be read aloud here (false on the server and until the voices are listed). */
export function useCanReadAloud(locale: Locale): boolean {
  useEffect(startReadAloud, []);
  return useReadAloudStore((state) => state.voices.some((voice) => speaks(voice, locale)));
}
