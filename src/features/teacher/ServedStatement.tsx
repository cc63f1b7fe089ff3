/**
 * "Bài này hướng tới: Cuối lớp 4–5, em có thể …": the progression statement (src/content/progression.ts)
 * a lesson's band × topic serves, on its plan and the printed plan. Nothing for a session of the adults'
 * tracks, which have no statements. In the interface's language, as the lead-in is.
 */
import { useTranslation } from 'react-i18next';
import { progressionStatement } from '../../content/progression';
import { BANDS, type BandId, type TopicId } from '../../content/vocabulary';
import { addressed } from '../../i18n/address';
import { useLocale } from '../../i18n';

export function ServedStatement({ band, topic }: { band: BandId; topic: TopicId }) {
  const { t } = useTranslation('teacher');
  const locale = useLocale();
  const statement = progressionStatement(band, topic, locale);
  const grades = BANDS.find((b) => b.id === band)?.grades;
  if (!statement || !grades) return null;
  return (
    <p className="plan__serves" lang={locale}>
      <strong>{t('progression.serves')}</strong> {t('progression.lead', { grades, ...addressed(band) })} {statement}.
    </p>
  );
}
