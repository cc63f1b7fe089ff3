/**
 * HydrateLater: while a prerendered page is hydrated, a wrapped part keeps its prerendered element and is
 * hydrated in a task of its own afterwards — parts in page order, a part's own parts after it — and a
 * part rendered any other way renders at once (src/ui/HydrateLater.tsx, issue 21).
 */
import { act, waitFor } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HydrateLater, hydrating } from '../../../src/ui/HydrateLater';

/** A part that says when it has rendered in the browser (hydrated or rendered), and has a button. */
function Part({ name, log, onPress, children }: { name: string; log: string[]; onPress?: () => void; children?: ReactNode }) {
  useLayoutEffect(() => {
    log.push(name);
  }, [log, name]);
  return (
    <section data-part={name}>
      <button type="button" onClick={onPress}>
        {name}
      </button>
      {children}
    </section>
  );
}

function Page({ log, onPress }: { log: string[]; onPress?: () => void }) {
  return (
    <div>
      <h1>Page</h1>
      <HydrateLater>
        <Part name="first" log={log} onPress={onPress}>
          <HydrateLater>
            <Part name="inner" log={log} />
          </HydrateLater>
        </Part>
      </HydrateLater>
      <HydrateLater>
        <Part name="second" log={log} />
      </HydrateLater>
    </div>
  );
}

let container: HTMLElement;
afterEach(() => container?.remove());

function prerendered(): HTMLElement {
  container = document.createElement('div');
  container.innerHTML = renderToString(<Page log={[]} />);
  document.body.append(container);
  return container;
}

describe('HydrateLater', () => {
  it('renders every part on the server, in place', () => {
    const html = renderToString(<Page log={[]} />);
    expect(html).toContain('data-part="first"');
    expect(html).toContain('data-part="inner"');
    expect(html).toContain('data-part="second"');
  });

  it('leaves each part as prerendered while the page hydrates, then hydrates the parts one task each, in order, on the same elements', async () => {
    const root = prerendered();
    const before = [...root.querySelectorAll('[data-part]')];
    const log: string[] = [];
    const onPress = vi.fn();
    hydrating(() => {
      hydrateRoot(root, <Page log={log} onPress={onPress} />);
    });
    // Nothing of the parts has run yet, and their buttons are still the prerendered, inert ones.
    expect(log).toEqual([]);
    root.querySelector<HTMLButtonElement>('[data-part="first"] > button')!.click();
    expect(onPress).not.toHaveBeenCalled();

    await waitFor(() => expect(log).toEqual(['first', 'second', 'inner']));
    expect([...root.querySelectorAll('[data-part]')]).toEqual(before);
    expect(before.every((node) => node.isConnected)).toBe(true);
    act(() => root.querySelector<HTMLButtonElement>('[data-part="first"] > button')!.click());
    expect(onPress).toHaveBeenCalledOnce();
  });

  it('hydrates one part a task, not two in the same task', async () => {
    const root = prerendered();
    const log: string[] = [];
    // A part's render ends its task's microtasks with "|": two parts in one task would come before one "|".
    const perTask: string[] = [];
    const marking = new Proxy(log, {
      get: (target, key) =>
        key === 'push'
          ? (name: string) => {
              perTask.push(name);
              queueMicrotask(() => perTask.push('|'));
              return target.push(name);
            }
          : Reflect.get(target, key),
    });
    hydrating(() => {
      hydrateRoot(root, <Page log={marking} />);
    });
    await waitFor(() => expect(log).toEqual(['first', 'second', 'inner']));
    expect(perTask).toEqual(['first', '|', 'second', '|', 'inner', '|']);
  });

  it('renders at once when the page is not being hydrated (a page opened in the app)', () => {
    container = document.createElement('div');
    document.body.append(container);
    const log: string[] = [];
    act(() => createRoot(container).render(<Page log={log} />));
    expect(log).toEqual(['inner', 'first', 'second']);
    expect(container.querySelectorAll('[data-part]')).toHaveLength(3);
  });
});
