/**
 * One slide, drawn to fill its frame: on the projector the frame is the window, in the speaker view a
 * small preview — type sizes are relative to the frame (CSS container units), so both look the same.
 * Content is compiled structure, drawn by FlowView.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addressed } from '../../i18n/address';
import { followLink } from '../../router/navigation';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { FlowView, LeafHtml } from '../../ui/FlowView';
import type { Slide } from './slides';
import { useFitContent } from './useFitContent';

export function SlideView({ slide, lessonId, preview = false }: { slide: Slide; lessonId: string; preview?: boolean }) {
  const { i18n } = useTranslation('presenter');
  const bodyRef = useFitContent<HTMLDivElement>(`${slide.id}:${i18n.language}:${JSON.stringify(slide)}`, { floor: !preview });
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as Element).closest('a');
    if (anchor) followLink(event, anchor);
  };
  const kindClass = slide.type === 'callout' ? ` slide--${slide.kind}` : '';

  return (
    <div className={`slide-frame${preview ? ' slide-frame--preview' : ''}`}>
      <section className={`slide slide--${slide.type}${kindClass} slide--part-${slide.part?.kind ?? 'none'}`}>
        <SlideHeader slide={slide} />
        <div className="slide__body" ref={bodyRef} onClick={onClick}>
          <SlideBody slide={slide} lessonId={lessonId} preview={preview} />
        </div>
      </section>
    </div>
  );
}

function SlideHeader({ slide }: { slide: Slide }) {
  const { t } = useTranslation('presenter');
  if (slide.type === 'title') {
    return (
      <header className="slide__header">
        <p className="slide__part-name">{t('titleSlide.band', { band: t(`bands.${slide.band}.name`), topic: t(`topics.${slide.topic}`) })}</p>
      </header>
    );
  }
  if (slide.type === 'closing' || !slide.part) return null;
  return (
    <header className="slide__header">
      <h2 className="slide__part-name">
        {t(`lesson.parts.${slide.part.kind}`)}
        {slide.part.label && <span className="slide__part-label">: {slide.part.label}</span>}
      </h2>
      {slide.part.minutes && <p className="slide__minutes">{t('lesson.minutes', { count: slide.part.minutes })}</p>}
    </header>
  );
}

function SlideBody({ slide, lessonId, preview }: { slide: Slide; lessonId: string; preview: boolean }) {
  const { t } = useTranslation('presenter');
  switch (slide.type) {
    case 'title':
      return (
        <>
          <h2 className="slide__title">{slide.title}</h2>
          <p className="slide__meta">{t('lesson.duration', { count: slide.duration })}</p>
          {slide.objectives.length > 0 && (
            <div className="slide__objectives">
              <p className="slide__objectives-lead">{t('lesson.objectives', addressed(slide.band))}</p>
              <ul>
                {slide.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      );
    case 'content':
      return (
        <>
          {slide.continues && <p className="slide__continues">{t('continued', { heading: slide.continues })}</p>}
          <div className="slide__prose">
            <FlowView flow={slide.flow} />
          </div>
        </>
      );
    case 'callout': {
      const name = t(`lesson.callouts.${slide.kind}`);
      return (
        <>
          {slide.lead && <h3 className="slide__lead">{slide.lead}</h3>}
          <div className={`slide-callout slide-callout--${slide.kind}`}>
          <h3 className="slide-callout__title">
            {slide.title ? `${name}: ${slide.title}` : name}
            {slide.minutes && <span className="slide-callout__minutes"> · {t('lesson.minutes', { count: slide.minutes })}</span>}
            {slide.page && <span className="slide-callout__page"> ({t('page', slide.page)})</span>}
          </h3>
          <div className="slide__prose">
            <FlowView flow={slide.flow} />
          </div>
          </div>
        </>
      );
    }
    case 'cards':
      return (
        <>
          {slide.lead && <h3 className="slide__lead">{slide.lead}</h3>}
          <div className="slide-callout slide-callout--cards">
            <h3 className="slide-callout__title">
              {t('lesson.callouts.cards')}: {slide.title}
              {slide.page && <span className="slide-callout__page"> ({t('page', slide.page)})</span>}
            </h3>
            <ul className="slide-cards">
              {slide.cards.map((card, i) => (
                <LeafHtml key={i} as="li" className="slide-cards__card" leaf={card} />
              ))}
            </ul>
          </div>
        </>
      );
    case 'help':
      return (
        <>
          {slide.lead && <h3 className="slide__lead">{slide.lead}</h3>}
          <div className="slide-help">
          <p className="slide-help__number">
            <span className="slide-help__lead">{t('help.lead')}</span> 111
          </p>
          <div className="slide-help__text">
            <p className="slide-help__title">{t('help.cardTitle')}</p>
            <p className="slide-help__free">{t('help.cardFree')}</p>
            {slide.flow.length > 0 && (
              <div className="slide__prose">
                <FlowView flow={slide.flow} />
              </div>
            )}
          </div>
          </div>
        </>
      );
    case 'closing':
      return (
        <div className="slide-closing">
          <h2 className="slide__title">{t('closing.title')}</h2>
          {slide.hasDiscussion && <p>{t('closing.discussion', addressed(slide.band))}</p>}
          <p>{t('closing.questions', { count: slide.questionCount, ...addressed(slide.band) })}</p>
          {!preview && (
            <p>
              <Link className="slide-closing__start" href={paths.classQuiz(lessonId)}>
                {t('closing.classQuiz')}
              </Link>
            </p>
          )}
        </div>
      );
  }
}
