import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that holds the newest `value`, for a listener added once (document keys, a timer) that must call
 * the newest handlers. Written in a layout effect, which runs in the same task as the render: a key
 * pressed right after a change meets the new handlers. A passive effect can be too late — it may run in a
 * later task, and two quick keys (choose, then Enter) met the handlers of before the choice.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
