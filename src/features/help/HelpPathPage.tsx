/**
 * "Em cần giúp?": a few calm steps — the age group (skipped when the child came from a band's pages),
 * what is happening, what to do now, and a note for a trusted adult to show or print. 111 stays on screen
 * throughout, with a call link, next to a quick exit.
 *
 * Nothing is kept: the answers are this component's state, so no step is written to IndexedDB,
 * localStorage, sessionStorage, history state or the URL. Steps are not history entries either, so the
 * browser's Back leaves the path at once. The tab's title is the app's name only, so the browser's
 * history list and tab strip do not say "Em cần giúp?" to whoever looks next.
 *
 * The quick exit (button, or Esc twice) replaces the page with a blank one (quickExit.ts): nothing about
 * help on screen, no network needed, and Back does not return to the path. The 111 bar with it sits in
 * the strip above the app's header (src/ui/PageTop.tsx), so it is the first thing Tab reaches.
 */
import { useEffect, useReducer, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle';
import { PageTopContent } from '../../ui/PageTop';
import { SchoolContacts } from '../../ui/SchoolContacts';
import { BANDS, type BandId, type PupilBandId } from '../../content/vocabulary';
import { HelpPicture } from './HelpPicture';
import { ACTIONS, DANGER_NOW, isPupilBand, pathReducer, registerOf, SITUATIONS, startPath, STEPS, type Register, type Situation } from './helpPath';
import { leaveQuickly, useQuickExitKey } from './quickExit';
import { TrustedAdultNote } from './TrustedAdultNote';
import './help.css';

export function HelpPathPage({ band }: { band?: BandId }) {
  const { t } = useTranslation('helpPath');
  // Neutral on purpose (see the top of this file).
  usePageTitle(undefined);
  useQuickExitKey();
  const [state, dispatch] = useReducer(pathReducer, isPupilBand(band) ? band : undefined, startPath);
  const heading = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);
  // Each new step takes focus, so a screen reader reads it; not on opening, where the page heading has it.
  useEffect(() => {
    if (opened.current) heading.current?.focus();
    opened.current = true;
  }, [state.step]);
  const register: Register = state.band ? registerOf(state.band) : 'middle';

  return (
    <article className={`help-path help-path--${register}`}>
      <PageTopContent>
        <HotlineBar />
      </PageTopContent>
      <div className="no-print">
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <p className="muted small">{t('nothingStored')}</p>
        <p className="help-path__progress">{t('stepOf', { current: STEPS.indexOf(state.step) + 1, total: STEPS.length })}</p>
      </div>
      {state.step === 'age' && <AgeStep heading={heading} onChoose={(chosen) => dispatch({ type: 'band', band: chosen })} />}
      {state.step === 'what' && <WhatStep heading={heading} register={register} onChoose={(situation) => dispatch({ type: 'situation', situation })} />}
      {state.step === 'do' && state.situation && <DoStep heading={heading} register={register} situation={state.situation} onNote={() => dispatch({ type: 'note' })} />}
      {state.step === 'note' && state.situation && <NoteStep heading={heading} situation={state.situation} />}
      {state.step !== 'age' && (
        <p className="no-print">
          <button type="button" className="button" onClick={() => dispatch({ type: 'back' })}>
            ← {t('back')}
          </button>
        </p>
      )}
    </article>
  );
}

/** 111 with its call link and the quick exit, on every step (not on the printed note, which has its own). */
function HotlineBar() {
  const { t } = useTranslation('helpPath');
  return (
    <aside className="help-path__bar no-print" aria-label={t('bar.label')}>
      <HelpPicture name="call111" className="help-pic help-pic--bar" />
      <p className="help-path__bar-text">{t('bar.text')}</p>
      <a className="button button--primary help-path__call" href="tel:111">
        {t('bar.call')}
      </a>
      <QuickExit />
    </aside>
  );
}

function QuickExit() {
  const { t } = useTranslation('helpPath');
  return (
    <span className="help-path__exit-group">
      <button type="button" className="button help-path__exit" aria-describedby="quick-exit-key quick-exit-hint" onClick={leaveQuickly}>
        {t('quickExit')}
      </button>{' '}
      <span id="quick-exit-key" className="help-path__exit-key">
        {t('quickExitKey')}
      </span>
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExitHint')}
      </span>
    </span>
  );
}

interface StepProps {
  heading: RefObject<HTMLHeadingElement | null>;
}

function AgeStep({ heading, onChoose }: StepProps & { onChoose: (band: PupilBandId) => void }) {
  const { t } = useTranslation('helpPath');
  return (
    <section className="help-path__step" aria-labelledby="help-step">
      <h2 id="help-step" ref={heading} tabIndex={-1}>
        {t('age.title')}
      </h2>
      <ul className="help-choices help-choices--age">
        {BANDS.map((band) => (
          <li key={band.id}>
            <button type="button" className={`help-choice band-card--${band.id}`} onClick={() => onChoose(band.id)}>
              <span className="help-choice__name">{t(`bands.${band.id}.name`)}</span>
              <span className="help-choice__ages">{t(`bands.${band.id}.ages`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WhatStep({ heading, register, onChoose }: StepProps & { register: Register; onChoose: (situation: Situation) => void }) {
  const { t } = useTranslation('helpPath');
  return (
    <section className="help-path__step" aria-labelledby="help-step">
      <h2 id="help-step" ref={heading} tabIndex={-1}>
        {t('what.title')}
      </h2>
      <ul className="help-choices">
        {SITUATIONS.map((situation) => (
          <li key={situation}>
            <button type="button" className="help-choice" onClick={() => onChoose(situation)}>
              <HelpPicture name={situation} />
              <span>{t(`situations.${situation}.${register}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DoStep({ heading, register, situation, onNote }: StepProps & { register: Register; situation: Situation; onNote: () => void }) {
  const { t } = useTranslation('helpPath');
  return (
    <section className="help-path__step" aria-labelledby="help-step">
      <h2 id="help-step" ref={heading} tabIndex={-1}>
        {t(`do.title.${register}`)}
      </h2>
      <p className="help-path__calm">{situation === 'friend' ? t(`do.calmFriend.${register}`) : t(`do.calm.${register}`)}</p>
      <ol className="help-actions">
        {ACTIONS[situation].map((action) => (
          <li key={action} className={`help-action help-action--${action}`}>
            <HelpPicture name={action} />
            <div className="help-action__text">
              <p>{t(`actions.${action}.${register}`)}</p>
              {action === 'block' && register !== 'small' && (
                <details className="help-action__how">
                  <summary>{t('blockHowTitle')}</summary>
                  <p>{t(`blockHow.${register}`)}</p>
                </details>
              )}
              {action === 'call111' && (
                <a className="button button--primary button--large help-path__call" href="tel:111">
                  {t('call111Button')}
                </a>
              )}
            </div>
          </li>
        ))}
      </ol>
      <SchoolContacts heading={3} forChild />
      {DANGER_NOW.includes(situation) && (
        <p className="help-path__danger">
          <HelpPicture name="danger" />
          <span>{t(`danger.${register}`)}</span>{' '}
          <a className="button" href="tel:113">
            {t('call113')}
          </a>
        </p>
      )}
      <p>
        <button type="button" className="button button--primary button--large" onClick={onNote}>
          {t('toNote')}
        </button>
      </p>
    </section>
  );
}

function NoteStep({ heading, situation }: StepProps & { situation: Situation }) {
  const { t } = useTranslation('helpPath');
  return (
    <section className="help-path__step" aria-labelledby="help-step">
      <h2 id="help-step" ref={heading} tabIndex={-1} className="no-print">
        {t('note.stepTitle')}
      </h2>
      <p className="no-print">{t('note.how')}</p>
      <TrustedAdultNote situation={situation} />
      <p className="no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('note.print')}
        </button>
      </p>
    </section>
  );
}
