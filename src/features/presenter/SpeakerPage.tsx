/**
 * The speaker view, for the teacher's own screen: the slide on the projector and the next one, the
 * teacher notes for this part and for the whole lesson, a timer, and buttons to change slides. It
 * stays in step with the projector window in both directions (sync.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import type { Flow, LessonBody } from '../../content/types';
import { FlowView } from '../../ui/FlowView';
import { paths } from '../../router/routes';
import { LessonStatus } from '../../ui/LessonStatus';
import { useLesson } from '../../content/useLesson';
import { describeSlide } from './describeSlide';
import { SLIDE_CONTROLS, useSlideKeys } from './keyboard';
import { SHORTCUT_SCOPE } from '../../ui/shortcutKeys';
import { notesFor, type Slide } from './slides';
import { SlideView } from './SlideView';
import { SpeakerTimer } from './SpeakerTimer';
import { openWindow, useHiddenAppShell } from './usePresenterShell';
import { moveDeck, useSlideDeck } from './useSlideDeck';
import './presenter.css';
import { NextIcon, PreviousIcon } from '../../ui/icons';
import { HelpFooter } from '../../ui/HelpFooter';

export function SpeakerPage({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation('presenter');
  const locale = useLocale();
  const state = useLesson(lessonId, locale);
  usePageTitle(state.status === 'not-found' ? t('lesson.notFound') : t('speaker.title', { title: state.entry.title }));
  if (state.status !== 'ready') return <LessonStatus state={state} />;
  return <SpeakerView lesson={state.lesson} />;
}

export function SpeakerView({ lesson }: { lesson: LessonBody }) {
  const { t } = useTranslation('presenter');
  useHiddenAppShell();
  const deck = useSlideDeck(lesson);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const { presentation } = deck;
  const { slides } = presentation;
  const slide = slides[deck.index];
  const nextSlide = slides[deck.index + 1];
  const counter = { current: deck.index + 1, total: slides.length };

  useSlideKeys((action, event) => {
    if (moveDeck(deck, action)) event.preventDefault();
  });

  if (!slide) return null;
  const notes = notesFor(presentation, slide);
  const openPresenter = () => setPopupBlocked(!openWindow(paths.present(lesson.id), `mang-an-toan-present-${lesson.id}`));

  return (
    <div className="speaker" {...SHORTCUT_SCOPE}>
      <header className="speaker__top">
        <h1 tabIndex={-1}>{t('speaker.title', { title: lesson.title })}</h1>
        <div className="speaker__controls" role="group" aria-label={t('controls')} {...SLIDE_CONTROLS}>
          <button type="button" className="button" onClick={deck.previous} disabled={deck.index === 0}>
            <PreviousIcon /> {t('previous')}
          </button>
          <p className="speaker__counter" aria-live="polite">
            <span aria-hidden="true">{t('counter', counter)}</span>
            <span className="visually-hidden">{t('counterLabel', counter)}</span>
          </p>
          <button type="button" className="button button--primary" onClick={deck.next} disabled={!nextSlide}>
            {t('next')} <NextIcon />
          </button>
          <button type="button" className="button" onClick={openPresenter}>
            {t('speaker.openPresenter')}
          </button>
        </div>
      </header>
      {popupBlocked && (
        <p className="notice notice--warning" role="alert">
          {t('popupBlocked')}{' '}
          <a href={paths.present(lesson.id)} target="_blank" rel="opener">
            {t('speaker.openPresenter')}
          </a>
        </p>
      )}
      <p className="muted small">{t('speaker.syncHint')}</p>

      <div className="speaker__grid">
        <div className="speaker__main">
          <SlidePreview heading={`${t('speaker.current')} (${t('counter', counter)})`} slide={slide} lessonId={lesson.id} locale={lesson.locale} />
          <section className="speaker__notes" aria-labelledby="speaker-notes">
            <h2 id="speaker-notes">{t('speaker.notes')}</h2>
            {notes.part.length === 0 && notes.lesson.length === 0 && <p className="muted">{t('speaker.noNotes')}</p>}
            <Notes heading={t('speaker.partNotes')} notes={notes.part} locale={lesson.locale} />
            <Notes heading={t('speaker.lessonNotes')} notes={notes.lesson} locale={lesson.locale} />
          </section>
        </div>
        <div className="speaker__side">
          <SpeakerTimer slide={slide} />
          {nextSlide ? (
            <SlidePreview heading={t('speaker.next')} slide={nextSlide} lessonId={lesson.id} locale={lesson.locale} />
          ) : (
            <section className="speaker__preview-section">
              <h2>{t('speaker.next')}</h2>
              <p>{t('speaker.lastSlide')}</p>
            </section>
          )}
        </div>
      </div>
      <HelpFooter />
    </div>
  );
}

/** A slide drawn small; inert, because its links and buttons belong to the projector window. */
function SlidePreview({ heading, slide, lessonId, locale }: { heading: string; slide: Slide; lessonId: string; locale: string }) {
  const { t } = useTranslation('presenter');
  return (
    <section className="speaker__preview-section">
      <h2>{heading}</h2>
      <p className="speaker__caption">{describeSlide(slide, t)}</p>
      <div className="speaker__preview" inert lang={locale}>
        <SlideView key={slide.id} slide={slide} lessonId={lessonId} preview />
      </div>
    </section>
  );
}

function Notes({ heading, notes, locale }: { heading: string; notes: Flow[][]; locale: string }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      {notes.map((flow, i) => (
        <div key={i} className="speaker__note prose" lang={locale}>
          <FlowView flow={flow} />
        </div>
      ))}
    </>
  );
}
