/**
 * Where a failed save is told (useSaveAction's `error`): an alert, read out at once by screen readers,
 * next to what failed; focus stays where it was (on the button that was pressed), so trying again is
 * one more press.
 */
export function SaveAlert({ error, id }: { error: string | null; id?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="notice notice--error" role="alert">
      {error}
    </p>
  );
}
