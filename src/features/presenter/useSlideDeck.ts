/**
 * The slide a window shows, kept in step with the lesson's other presenter windows (sync.ts) and in
 * the address (?slide=3), so a reload — or the app updating — comes back to the same slide.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LessonBody } from '../../content/types';
import type { SlideAction } from './keyboard';
import { buildPresentation, clampIndex, resolveSlideIndex, type Presentation } from './slides';
import { openPresenterLink, type PresenterLink } from './sync';

const SLIDE_PARAM = 'slide';

export interface SlideDeck {
  presentation: Presentation;
  index: number;
  goTo: (index: number) => void;
  next: () => void;
  previous: () => void;
}

export function useSlideDeck(lesson: LessonBody): SlideDeck {
  const presentation = useMemo(() => buildPresentation(lesson), [lesson]);
  const { slides } = presentation;
  const [startSlide] = useState(slideFromAddress);
  const [index, setIndex] = useState(() => clampIndex((startSlide ?? 1) - 1, slides.length));
  const current = useRef(index);
  // A window opened on a given slide (?slide=, e.g. after a reload) leads; a new window asks and follows.
  const leads = startSlide !== undefined;
  const link = useRef<PresenterLink | null>(null);

  const show = useCallback(
    (target: number) => {
      const next = clampIndex(target, slides.length);
      current.current = next;
      setIndex(next);
      writeSlideToAddress(next + 1);
      return next;
    },
    [slides.length],
  );

  useEffect(() => {
    const opened = openPresenterLink(lesson.id, (message) => {
      if (message.type === 'hello') {
        const slide = slides[current.current];
        if (slide) opened.send({ type: 'slide', index: current.current, slideId: slide.id });
      } else {
        show(resolveSlideIndex(slides, message));
      }
    });
    link.current = opened;
    const slide = slides[current.current];
    if (leads && slide) opened.send({ type: 'slide', index: current.current, slideId: slide.id });
    else opened.send({ type: 'hello' });
    return () => {
      link.current = null;
      opened.close();
    };
  }, [lesson.id, slides, show, leads]);

  const goTo = useCallback(
    (target: number) => {
      const next = clampIndex(target, slides.length);
      if (next === current.current) return;
      show(next);
      const slide = slides[next];
      if (slide) link.current?.send({ type: 'slide', index: next, slideId: slide.id });
    },
    [slides, show],
  );

  return {
    presentation,
    index: clampIndex(index, slides.length),
    goTo,
    next: () => goTo(current.current + 1),
    previous: () => goTo(current.current - 1),
  };
}

/** Moves a deck for a navigation key; false for actions that are not moves (exit, blank). */
export function moveDeck(deck: SlideDeck, action: SlideAction): boolean {
  if (action === 'next') deck.next();
  else if (action === 'previous') deck.previous();
  else if (action === 'first') deck.goTo(0);
  else if (action === 'last') deck.goTo(deck.presentation.slides.length - 1);
  else return false;
  return true;
}

function slideFromAddress(): number | undefined {
  const value = Number(new URLSearchParams(window.location.search).get(SLIDE_PARAM));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** replaceState: changing slides must not fill the Back button's history. */
function writeSlideToAddress(slideNumber: number): void {
  const params = new URLSearchParams(window.location.search);
  params.set(SLIDE_PARAM, String(slideNumber));
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params.toString()}`);
}
