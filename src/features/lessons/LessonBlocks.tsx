/**
 * Renders a compiled lesson body: its key terms, then each part with its blocks. Content is compiled
 * structure (see src/content/types.ts) drawn by FlowView; its leaves' HTML comes from the content
 * compiler, which rejects raw HTML in Markdown, so it is safe to insert.
 */
import { memo, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Callout, Cards } from '../../content/lessonContent';
import type { Block, LessonBody } from '../../content/types';
import { followLink } from '../../router/navigation';
import { useIsReading } from '../../stores/readAloud';
import { FlowView, LeafHtml, READING_CLASS } from '../../ui/FlowView';
import { HelpCard } from '../../ui/HelpCard';
import { HydrateLater } from '../../ui/HydrateLater';
import { KeyTerms } from '../../ui/KeyTerms';
import { ReadButton } from '../../ui/readAloud/ReadButton';
import { blockHeading, blockPieces, readsAloud, sectionPieces } from './readingPieces';

/** The lesson's language and band, for read-aloud (voice, speed). */
type Reader = Pick<LessonBody, 'locale' | 'band'>;

/**
 * Memoised: the body is long and static, and its lesson object is the same while the page shows it, so
 * the page's re-renders right after hydration (stored preferences, progress, the learner read from the
 * database) skip it instead of walking every block again (issue 21). Read-aloud's highlights re-render
 * only the parts they subscribe in.
 */
export const LessonBlocks = memo(function LessonBlocks({ lesson }: { lesson: Pick<LessonBody, 'sections' | 'keyTerms' | 'locale' | 'band'> }) {
  const { t } = useTranslation();
  // Links between lessons are plain anchors inside compiled HTML: route them without a page load.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as Element).closest('a');
    if (anchor) followLink(event, anchor);
  };
  return (
    <div className="lesson-body" onClick={onClick}>
      <KeyTerms terms={lesson.keyTerms} />
      {lesson.sections.map((section, i) => (
        // Each part hydrated in a task of its own, after the page (its text is on screen already).
        <HydrateLater key={i}>
          <section className={`part part--${section.part?.kind ?? 'intro'}`} aria-labelledby={section.part ? `part-${i}` : undefined}>
            {section.part && (
              <>
                <PartHeading id={`part-${i}`} section={section}>
                  {t(`lesson.parts.${section.part.kind}`)}
                  {/* One text node each (a template string, not text beside an expression): the prerendered HTML
                      has one, and hydration then finds the same nodes and leaves the body alone. */}
                  {section.part.label && <span className="part__label">{`: ${section.part.label}`}</span>}
                  {section.part.minutes && <span className="part__minutes">{` · ${t('lesson.minutes', { count: section.part.minutes })}`}</span>}
                </PartHeading>
                <ReadButton owner={`part-${i}`} label="readPart" pieces={() => sectionPieces(section, t)} locale={lesson.locale} band={lesson.band} className="read-button--block" />
              </>
            )}
            {section.blocks.map((block, j) => (
              <BlockView key={j} block={block} reader={lesson} owner={`block-${i}-${j}`} />
            ))}
          </section>
        </HydrateLater>
      ))}
    </div>
  );
});

/** A part's heading, highlighted while "Đọc cả phần" reads it. */
function PartHeading({ id, section, children }: { id: string; section: LessonBody['sections'][number]; children: ReactNode }) {
  const reading = useIsReading(section);
  return (
    <h2 id={id} className={reading ? READING_CLASS : undefined}>
      {children}
    </h2>
  );
}

/** A block with its own "Nghe" button first (not the adults' folded notes). */
function BlockView({ block, reader, owner }: { block: Block; reader: Reader; owner: string }) {
  const { t } = useTranslation();
  return (
    <>
      {readsAloud(block) && <ReadButton owner={owner} pieces={() => blockPieces(block, t)} locale={reader.locale} band={reader.band} className="read-button--block" />}
      <BlockBody block={block} />
    </>
  );
}

function BlockBody({ block }: { block: Block }) {
  switch (block.type) {
    case 'prose':
      return (
        <div className="prose">
          <FlowView flow={block.flow} />
        </div>
      );
    case 'callout':
      return <CalloutView callout={block} />;
    case 'cards':
      return <CardsView cards={block} />;
  }
}

/** Activity cards: a titled box with the cards the teacher prints and cuts out. */
function CardsView({ cards }: { cards: Cards }) {
  const { t } = useTranslation();
  const heading = blockHeading(cards, t);
  const reading = useIsReading(cards);
  return (
    <div role="note" className="callout callout--cards" aria-label={heading}>
      <p className={`callout__title${reading ? ` ${READING_CLASS}` : ''}`}>{heading}</p>
      <ul className="activity-cards">
        {cards.cards.map((card, i) => (
          <LeafHtml key={i} as="li" className="activity-cards__card prose" leaf={card} />
        ))}
      </ul>
    </div>
  );
}

function CalloutView({ callout }: { callout: Callout }) {
  const { t } = useTranslation();
  const heading = callout.title ?? t(`lesson.callouts.${callout.kind}`);
  const reading = useIsReading(callout);
  const minutes = callout.minutes ? ` · ${t('lesson.minutes', { count: callout.minutes })}` : '';
  const body = (
    <div className="prose">
      <FlowView flow={callout.flow} />
    </div>
  );

  if (callout.kind === 'teacher' || callout.kind === 'family') {
    // Notes for adults stay folded so a child reading alone is not distracted by them.
    return (
      <details className={`callout callout--${callout.kind}`}>
        <summary>{heading}</summary>
        {body}
      </details>
    );
  }
  if (callout.kind === 'help') {
    return (
      <div className="callout callout--help">
        {callout.flow.length > 0 && body}
        <HelpCard />
      </div>
    );
  }
  // A note, not a landmark: a lesson has several tips called "Mẹo hay", and landmarks must have unique
  // names (axe: landmark-unique); the landmarks stay the page's own (header, nav, main, parts).
  return (
    <div role="note" className={`callout callout--${callout.kind}`} aria-label={heading}>
      <p className={`callout__title${reading ? ` ${READING_CLASS}` : ''}`}>{`${blockHeading(callout, t)}${minutes}`}</p>
      {body}
    </div>
  );
}
