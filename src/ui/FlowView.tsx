/**
 * Renders compiled content (Flow, see src/content/types.ts): the structure as React elements, the
 * leaves' HTML inserted as it is. Leaf HTML comes from the content compiler, which rejects raw HTML in
 * Markdown, so it holds only markup generated from Markdown and is safe to insert. Used by the lesson
 * page, the presenter and the teacher's plans and printouts, so they all show content the same way.
 *
 * While read-aloud reads a piece (src/ui/readAloud), its element is marked READING_CLASS; a paragraph
 * whose sentence is being read is drawn as one span per sentence for that time, then as before.
 */
import type { Flow, Leaf } from '../content/types';
import { useIsReading, useReadAloudStore } from '../stores/readAloud';

/** The class of the element being read aloud (styled by src/ui/readAloud/readAloud.css). */
export const READING_CLASS = 'reading-now';

export function FlowView({ flow }: { flow: readonly Flow[] }) {
  return (
    <>
      {flow.map((item, i) => (
        <FlowItem key={i} item={item} />
      ))}
    </>
  );
}

function FlowItem({ item }: { item: Flow }) {
  switch (item.type) {
    case 'heading':
      return <Heading item={item} />;
    case 'paragraph':
      return <Paragraph sentences={item.sentences} />;
    case 'list': {
      const items = item.items.map((leaf, i) => <LeafHtml key={i} as="li" leaf={leaf} />);
      return item.ordered ? <ol start={item.start}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <table className="table">
          {item.head.length > 0 && (
            <thead>
              <tr>
                {item.head.map((cell, i) => (
                  <LeafHtml key={i} as="th" leaf={cell} align={item.align[i]} />
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {item.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <LeafHtml key={i} as="td" leaf={cell} align={item.align[i]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'quote':
      return (
        <blockquote>
          <FlowView flow={item.flow} />
        </blockquote>
      );
    case 'other':
      return <LeafHtml as="div" leaf={item.leaf} />;
  }
}

function Heading({ item }: { item: Extract<Flow, { type: 'heading' }> }) {
  const Tag = `h${item.level}` as const;
  const reading = useIsReading(item);
  return <Tag className={reading ? READING_CLASS : undefined} dangerouslySetInnerHTML={{ __html: item.html }} />;
}

/** The sentences are consecutive pieces of one paragraph's inline HTML. */
function Paragraph({ sentences }: { sentences: readonly Leaf[] }) {
  const reading = useReadAloudStore((state) => (state.current === null ? -1 : sentences.indexOf(state.current as Leaf)));
  if (reading === -1) return <p key="whole" dangerouslySetInnerHTML={{ __html: sentences.map((sentence) => sentence.html).join('') }} />;
  // Keyed apart from the plain paragraph: React replaces the element instead of mixing innerHTML and children.
  return (
    <p key="sentences">
      {sentences.map((sentence, i) => (
        <span key={i} className={i === reading ? READING_CLASS : undefined} dangerouslySetInnerHTML={{ __html: sentence.html }} />
      ))}
    </p>
  );
}

export function LeafHtml({ leaf, as: Tag = 'div', align, className }: { leaf: Leaf; as?: 'div' | 'li' | 'th' | 'td' | 'span' | 'p'; align?: 'left' | 'center' | 'right' | null; className?: string }) {
  const reading = useIsReading(leaf);
  const classes = [className, reading ? READING_CLASS : undefined].filter(Boolean).join(' ') || undefined;
  return <Tag className={classes} {...(align ? { align } : {})} dangerouslySetInnerHTML={{ __html: leaf.html }} />;
}
