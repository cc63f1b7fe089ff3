/**
 * Renders compiled content (Flow, see src/content/types.ts): the structure as React elements, the
 * leaves' HTML inserted as it is. Leaf HTML comes from the content compiler, which rejects raw HTML in
 * Markdown, so it holds only markup generated from Markdown and is safe to insert. Used by the lesson
 * page, the presenter and the teacher's plans and printouts, so they all show content the same way.
 */
import type { Flow, Leaf } from '../content/types';

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
    case 'heading': {
      const Heading = `h${item.level}` as const;
      return <Heading dangerouslySetInnerHTML={{ __html: item.html }} />;
    }
    case 'paragraph':
      // The sentences are consecutive pieces of one paragraph's inline HTML.
      return <p dangerouslySetInnerHTML={{ __html: item.sentences.map((sentence) => sentence.html).join('') }} />;
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

export function LeafHtml({ leaf, as: Tag = 'div', align, className }: { leaf: Leaf; as?: 'div' | 'li' | 'th' | 'td' | 'span' | 'p'; align?: 'left' | 'center' | 'right' | null; className?: string }) {
  return <Tag className={className} {...(align ? { align } : {})} dangerouslySetInnerHTML={{ __html: leaf.html }} />;
}
