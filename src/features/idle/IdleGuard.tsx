/**
 * The idle switch-back (src/domain/idle.ts): after the teacher's idle time with no input, "Em còn học
 * không?" counts down for 30 seconds, then nobody is current and the app shows "Ai đang học?" — answers
 * already checked are saved as they were given, and a guest's session ends. Nothing runs on the screens
 * a teacher projects (presenter, speaker view, class quiz), where nobody touches the computer for long.
 */
import { useState } from 'react';
import { useCurrentLearner, useIdleChoice } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import { idleDelay } from '../../domain/idle';
import { navigate, useRoute } from '../../router/navigation';
import { paths, type RouteName } from '../../router/routes';
import { useUiStore } from '../../stores/uiStore';
import { IdleCountdown } from './IdleCountdown';
import { useIdleTimer } from './useIdleTimer';

/** Screens a teacher projects: no timer there. */
const PROJECTED: readonly RouteName[] = ['present', 'speaker', 'class-quiz'];

export function IdleGuard() {
  const route = useRoute();
  const choice = useIdleChoice();
  const current = useCurrentLearner();
  const setIdleSwitched = useUiStore((s) => s.setIdleSwitched);
  const [asking, setAsking] = useState(false);

  // Already back at "Ai đang học?" with nobody chosen: nothing to switch back from.
  const settled = current.kind === 'nobody' && route.name === 'learners';
  const watching = choice !== undefined && current.kind !== 'loading' && !PROJECTED.includes(route.name) && !settled && !asking;
  useIdleTimer(watching ? idleDelay(choice) : undefined, () => setAsking(true));

  const switchBack = async () => {
    setAsking(false);
    try {
      await (await loadStore()).learners.signOut();
    } catch {
      // Storage unavailable: nothing is saved for anyone, so going back to the chooser is enough.
    }
    setIdleSwitched(true);
    navigate(paths.learners());
  };

  if (!asking) return null;
  return <IdleCountdown guest={current.kind === 'guest'} onStay={() => setAsking(false)} onLeave={() => void switchBack()} />;
}
