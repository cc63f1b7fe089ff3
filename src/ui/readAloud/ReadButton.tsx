/**
 * A "Nghe" button: reads its pieces aloud in the text's language, and while it reads says "Dừng" (a
 * press stops it). It is a real <button type="button">: reachable with the keyboard, never submitting
 * a form, and placed outside a quiz option's <label>, so reading an option never chooses it. It is not
 * shown where the computer has no voice for the language (Cài đặt says how to add one), nor before
 * hydration. Its pieces are asked for only when it is pressed.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BandId, Locale } from '../../content/vocabulary';
import { useReadAloudStore } from '../../stores/readAloud';
import { READING_CLASS } from '../FlowView';
import { announce } from '../announce';
import { SpeakerIcon } from '../icons';
import { readAloud, stopReading, type Piece } from './speech';
import { READ_ALOUD_STRINGS, useCanReadAloud } from './useReadAloud';
import './readAloud.css';

interface Props {
  /** Unique on the page: which button's reading is under way. */
  owner: string;
  pieces: () => readonly Piece[];
  locale: Locale;
  band?: BandId;
  /** The visible word: "Nghe" (one block or text), "Đọc cả phần", "Đọc cả bài". */
  label?: 'listen' | 'readPart' | 'readLesson' | 'tryVoice';
  /** What it reads, when the page has many such buttons: its name becomes "Nghe: đáp án 2". */
  what?: string;
  className?: string;
}

export function ReadButton({ owner, pieces, locale, band, label = 'listen', what, className }: Props) {
  const { t, ready } = useTranslation('readAloud', READ_ALOUD_STRINGS);
  const canRead = useCanReadAloud(locale);
  const reading = useReadAloudStore((state) => state.owner === owner);
  const current = useReadAloudStore((state) => (state.owner === owner ? state.current : null));

  // A reading ends with the button that started it (the next quiz question, a page left).
  useEffect(
    () => () => {
      if (useReadAloudStore.getState().owner === owner) stopReading();
    },
    [owner],
  );
  // The piece being read stays in view when a whole part or lesson is read.
  useEffect(() => {
    if (current !== null) document.querySelector(`.${READING_CLASS}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  if (!canRead || !ready) return null;
  const action = reading ? t('stop') : label === 'tryVoice' ? t('settings.tryVoice') : t(label);
  const press = () => {
    if (reading) stopReading();
    else readAloud({ owner, pieces: pieces(), locale, band, onFailed: () => announce(t('failed')) });
  };
  return (
    <button
      type="button"
      className={`button read-button${reading ? ' read-button--reading' : ''}${className ? ` ${className}` : ''}`}
      aria-label={what ? t('named', { action, what }) : undefined}
      onClick={press}
    >
      <SpeakerIcon /> {action}
    </button>
  );
}
