/** One line naming a slide, for the speaker view's captions (which screen readers also read). */
import type { TFunction } from 'i18next';
import { slideCaption, type Slide } from './slides';

export function describeSlide(slide: Slide, t: TFunction<'presenter'>): string {
  const part = slide.part ? t(`lesson.parts.${slide.part.kind}`) : '';
  const withPart = (text: string) => (part ? `${part} – ${text}` : text);
  switch (slide.type) {
    case 'title':
      return slide.title;
    case 'content':
      return withPart(slideCaption(slide));
    case 'callout': {
      const page = slide.page ? ` (${t('page', slide.page)})` : '';
      return withPart(`${t(`lesson.callouts.${slide.kind}`)}: ${slideCaption(slide)}${page}`);
    }
    case 'cards': {
      const page = slide.page ? ` (${t('page', slide.page)})` : '';
      return withPart(`${t('lesson.callouts.cards')}: ${slide.title}${page}`);
    }
    case 'help':
      return withPart(t('speaker.helpSlide'));
    case 'closing':
      return t('speaker.closingSlide');
  }
}

/** What the timer is counting for this slide, e.g. "Khám phá" or "Hoạt động: Đèn giao thông". */
export function timedName(slide: Slide, t: TFunction<'presenter'>): string {
  if (slide.type === 'title') return t('timer.lesson');
  if (slide.type === 'closing') return t('timer.quiz');
  if (slide.type === 'callout' && slide.timing.key.startsWith('activity:')) {
    return slide.title ? `${t('lesson.callouts.activity')}: ${slide.title}` : t('lesson.callouts.activity');
  }
  return slide.part ? t(`lesson.parts.${slide.part.kind}`) : '';
}
