/**
 * The app's one polite live region (see announce.ts), mounted by the shell from the first paint, and
 * StatusText: a visible status message that is said through it when it appears or changes.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { announce, announced, subscribeAnnouncements } from './announce';

export function LiveRegion() {
  const text = useSyncExternalStore(subscribeAnnouncements, announced, () => '');
  return (
    // Not printed: clipped text still reaches a PDF's text, and a late announcement ("ready offline")
    // landed after a handout's 111 footer (a printouts test failed once in three runs).
    <div className="visually-hidden no-print" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}

/** Says `text` through the live region whenever it becomes a new non-empty text. */
export function useAnnounce(text: string | null | undefined): void {
  useEffect(() => {
    if (text) announce(text);
  }, [text]);
}

/** A status message shown in the page (a plain paragraph) and said once through the live region. */
export function StatusText({ text, className }: { text: string; className?: string }) {
  useAnnounce(text);
  return <p className={className}>{text}</p>;
}
