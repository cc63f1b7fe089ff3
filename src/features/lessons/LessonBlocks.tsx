/**
 * Renders a compiled lesson body. Block HTML comes from the content compiler, which rejects raw HTML
 * in Markdown, so it holds only markup generated from Markdown and is safe to insert.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../../content/types';
import { followLink } from '../../router/navigation';
import { HelpCard } from '../../ui/HelpCard';

type Callout = Extract<Block, { type: 'callout' }>;
type Part = Extract<Block, { type: 'part' }>;

interface Section {
  part?: Part;
  blocks: Block[];
}

/** Parts start sections; content before the first part forms an introduction without a heading. */
export function groupIntoSections(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  for (const block of blocks) {
    if (block.type === 'part') sections.push({ part: block, blocks: [] });
    else if (sections.length === 0) sections.push({ blocks: [block] });
    else sections[sections.length - 1]?.blocks.push(block);
  }
  return sections;
}

export function LessonBlocks({ blocks }: { blocks: Block[] }) {
  const { t } = useTranslation();
  // Links between lessons are plain anchors inside compiled HTML: route them without a page load.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as Element).closest('a');
    if (anchor) followLink(event, anchor);
  };
  return (
    <div className="lesson-body" onClick={onClick}>
      {groupIntoSections(blocks).map((section, i) => (
        <section key={i} className={`part part--${section.part?.kind ?? 'intro'}`} aria-labelledby={section.part ? `part-${i}` : undefined}>
          {section.part && (
            <h2 id={`part-${i}`}>
              {t(`lesson.parts.${section.part.kind}`)}
              {section.part.label && <span className="part__label">: {section.part.label}</span>}
              {section.part.minutes && <span className="part__minutes"> · {t('lesson.minutes', { count: section.part.minutes })}</span>}
            </h2>
          )}
          {section.blocks.map((block, j) => (
            <BlockView key={j} block={block} />
          ))}
        </section>
      ))}
    </div>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'html':
      return <div className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />;
    case 'callout':
      return <CalloutView callout={block} />;
    case 'part':
      return null;
  }
}

function CalloutView({ callout }: { callout: Callout }) {
  const { t } = useTranslation();
  const heading = callout.title ?? t(`lesson.callouts.${callout.kind}`);
  const minutes = callout.minutes ? ` · ${t('lesson.minutes', { count: callout.minutes })}` : '';
  const body = <div className="prose" dangerouslySetInnerHTML={{ __html: callout.html }} />;

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
        {callout.html && body}
        <HelpCard />
      </div>
    );
  }
  return (
    <aside className={`callout callout--${callout.kind}`} aria-label={heading}>
      <p className="callout__title">
        {callout.title ? `${t(`lesson.callouts.${callout.kind}`)}: ${callout.title}` : heading}
        {minutes}
      </p>
      {body}
    </aside>
  );
}
