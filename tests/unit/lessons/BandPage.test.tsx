/**
 * A band of hundreds of lessons renders only the topic being read: the others are folded under
 * headings that are buttons, opened from the keyboard and announced with their lesson count.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CatalogEntry } from '../../../src/content/types';
import type * as CatalogModule from '../../../src/content/catalog';
import { topicsOf, type BandId, type TopicId } from '../../../src/content/vocabulary';
import { BandPage } from '../../../src/features/lessons/BandPage';
import vi_ from '../../../src/i18n/locales/vi';
import { renderWithProviders } from '../../test-utils';

const LONG_BAND: BandId = 'lop-6-9';
const PER_TOPIC = 30;

/** The fixture pack as it is, plus 30 made-up lessons in every topic of one band. */
vi.mock('../../../src/content/catalog', async (importOriginal) => {
  const actual = await importOriginal<typeof CatalogModule>();
  const made = (band: BandId, topic: TopicId): CatalogEntry[] =>
    Array.from({ length: PER_TOPIC }, (_, i) => ({
      id: `${topic}-${i}`,
      locale: 'vi',
      band,
      topic,
      order: i,
      title: `Bài ${topic} số ${i}`,
      summary: '',
      duration: 45,
      questionCount: 6,
      competences: [],
      version: 'x',
    }));
  return { ...actual, lessonsInTopic: (band: BandId, topic: TopicId, locale: 'vi' | 'en') => (band === LONG_BAND ? made(band, topic) : actual.lessonsInTopic(band, topic, locale)) };
});

describe('a band page', () => {
  it('folds every topic of a long band but the first, and opens one from the keyboard', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BandPage band={LONG_BAND} />);
    const [first, second] = topicsOf(LONG_BAND) as [TopicId, TopicId];
    expect(screen.getAllByRole('listitem')).toHaveLength(PER_TOPIC);
    expect(within(screen.getByRole('region', { name: vi_.topics[first] })).getAllByRole('link')).toHaveLength(PER_TOPIC);

    const toggle = screen.getByRole('button', { name: `${vi_.topics[second]} · ${PER_TOPIC} bài học`, expanded: false });
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(topicsOf(LONG_BAND).length - 1);
    expect(screen.queryByRole('link', { name: `Bài ${second} số 0` })).toBeNull();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: `Bài ${second} số 0` })).toHaveAttribute('href', `/lesson/${second}-0`);
    expect(screen.getAllByRole('listitem')).toHaveLength(2 * PER_TOPIC);
    expect(screen.getByRole('link', { name: `Bài ${first} số ${PER_TOPIC - 1}` })).toBeInTheDocument();
  });

  it('lists every topic open, with plain headings, in a band of a few lessons', async () => {
    await renderWithProviders(<BandPage band="lop-4-5" />);
    expect(screen.queryAllByRole('button', { expanded: false })).toEqual([]);
    expect(screen.getByRole('heading', { level: 2, name: 'Bảo vệ thông tin cá nhân' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Thông tin cá nhân' })).toHaveAttribute('href', '/lesson/fixture-personal-data');
  });
});
