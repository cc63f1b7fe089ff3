/**
 * Teaching order, defined once: the content compiler sorts the catalog with it and the class report
 * orders its columns with it.
 */
import { ALL_TOPIC_IDS, BAND_IDS, type BandId, type Locale, type TopicId } from './vocabulary.ts';

export interface Ordered {
  band: BandId;
  topic: TopicId;
  order: number;
  id: string;
  locale: Locale;
}

/** Band, topic, order within the topic, then id and locale for a stable tie-break. */
export function compareLessons(a: Ordered, b: Ordered): number {
  return (
    BAND_IDS.indexOf(a.band) - BAND_IDS.indexOf(b.band) ||
    ALL_TOPIC_IDS.indexOf(a.topic) - ALL_TOPIC_IDS.indexOf(b.topic) ||
    a.order - b.order ||
    a.id.localeCompare(b.id) ||
    a.locale.localeCompare(b.locale)
  );
}
