/**
 * The projector window: one slide at a time, filling the screen, driven by keyboard, clicker or the
 * buttons at the bottom. The speaker view (a second window) follows it and can lead it (sync.ts).
 */
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import type { LessonBody } from '../../content/types';
import { navigate } from '../../router/navigation';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { LessonStatus } from '../../ui/LessonStatus';
import { useLesson } from '../../content/useLesson';
import { SLIDE_CONTROLS, useSlideKeys } from './keyboard';
import { SlideView } from './SlideView';
import { useFullscreen } from '../../ui/useFullscreen';
import { openWindow, useHiddenAppShell } from './usePresenterShell';
import { moveDeck, useSlideDeck } from './useSlideDeck';
import './presenter.css';
import { NextIcon, PreviousIcon } from '../../ui/icons';
import { HelpFooter } from '../../ui/HelpFooter';
import { SHORTCUT_SCOPE } from '../../ui/shortcutKeys';
import { useKeepFocus } from '../../ui/useKeepFocus';

export function PresenterPage({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation('presenter');
  const locale = useLocale();
  const state = useLesson(lessonId, locale);
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('title', { title: state.entry.title }));
  if (state.status !== 'ready') return <LessonStatus state={state} />;
  return <PresenterView lesson={state.lesson} />;
}

export function PresenterView({ lesson }: { lesson: LessonBody }) {
  const { t } = useTranslation('presenter');
  useHiddenAppShell();
  const deck = useSlideDeck(lesson);
  // After the button changes full screen, focus goes to the presentation (its heading): Enter on the
  // button would otherwise leave full screen again instead of moving the slide (src/ui/useFullscreen.ts).
  const heading = useRef<HTMLHeadingElement>(null);
  const fullscreen = useFullscreen({ focusAfter: () => heading.current });
  const [blank, setBlank] = useState(false);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const { slides } = deck.presentation;
  const slide = slides[deck.index];
  const counter = { current: deck.index + 1, total: slides.length };
  // "Trang sau" is disabled on the last slide, "Trang trước" on the first: focus goes to the other one.
  const previousButton: RefObject<HTMLButtonElement | null> = useKeepFocus(deck.index === 0, () => nextButton.current);
  const nextButton: RefObject<HTMLButtonElement | null> = useKeepFocus(deck.index === slides.length - 1, () => previousButton.current);

  useSlideKeys((action, event) => {
    if (action === 'exit') {
      // In full screen, Esc belongs to the browser: it leaves full screen, not the presentation.
      if (document.fullscreenElement) return;
      event.preventDefault();
      navigate(paths.lesson(lesson.id));
      return;
    }
    event.preventDefault();
    if (action === 'blank') {
      setBlank((on) => !on);
      return;
    }
    setBlank(false);
    moveDeck(deck, action);
  });

  const openSpeaker = () => setPopupBlocked(!openWindow(paths.speaker(lesson.id), `mang-an-toan-speaker-${lesson.id}`));

  return (
    <div className="presenter" {...SHORTCUT_SCOPE}>
      <h1 ref={heading} className="visually-hidden" tabIndex={-1}>
        {t('title', { title: lesson.title })}
      </h1>
      <div className="presenter__stage" lang={lesson.locale}>
        {slide && <SlideView key={slide.id} slide={slide} lessonId={lesson.id} />}
      </div>
      {blank && (
        <div className="presenter__blank">
          <p className="visually-hidden" role="status">
            {t('blanked')}
          </p>
        </div>
      )}
      {popupBlocked && (
        <p className="presenter__popup" role="alert">
          {t('popupBlocked')}{' '}
          <a href={paths.speaker(lesson.id)} target="_blank" rel="opener">
            {t('popupLink')}
          </a>
        </p>
      )}
      <div className="presenter__bar" role="group" aria-label={t('controls')} {...SLIDE_CONTROLS}>
        <button ref={previousButton} type="button" className="presenter__button" onClick={deck.previous} disabled={deck.index === 0} aria-label={t('previous')}>
          <PreviousIcon />
        </button>
        <p className="presenter__counter" aria-live="polite">
          <span aria-hidden="true">{t('counter', counter)}</span>
          <span className="visually-hidden">{t('counterLabel', counter)}</span>
        </p>
        <button ref={nextButton} type="button" className="presenter__button" onClick={deck.next} disabled={deck.index === slides.length - 1} aria-label={t('next')}>
          <NextIcon />
        </button>
        <p className="presenter__hint">{deck.index === 0 ? t('keyboardHint') : ''}</p>
        {fullscreen.supported && (
          <button type="button" className="presenter__button" onClick={fullscreen.toggle}>
            {fullscreen.active ? t('exitFullscreen') : t('fullscreen')}
          </button>
        )}
        {fullscreen.refused && (
          <p className="presenter__hint" role="status">
            {t('fullscreenRefused')}
          </p>
        )}
        <button type="button" className="presenter__button" onClick={openSpeaker}>
          {t('openSpeaker')}
        </button>
        <Link className="presenter__button" href={paths.lesson(lesson.id)}>
          {t('exit')}
        </Link>
        <HelpFooter className="help-footer--on-dark" />
      </div>
    </div>
  );
}
