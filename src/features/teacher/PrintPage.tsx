import type { PrintVariant } from '../../router/routes';

// Placeholder until the feature lands (issue 5).
export function PrintPage({ lessonId, variant }: { lessonId: string; variant: PrintVariant }) {
  return <h1 tabIndex={-1}>{`${lessonId} ${variant}`}</h1>;
}
