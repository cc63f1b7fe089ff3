/**
 * The idle switch-back (src/domain/idle.ts): after the teacher's idle time with no input in any tab of
 * the app, "Em còn học không?" counts down for 30 seconds, then nobody is current and the app shows "Ai
 * đang học?" — answers already checked are saved as they were given, and a guest's session ends. The tab
 * used last asks; the others count down silently and go back too, unless someone uses any tab first.
 * Nothing runs on the screens a teacher projects (presenter, speaker view, class quiz), where nobody
 * touches the computer for long, nor on the class report, whose files are held only by the page.
 */
import { useEffect, useState } from 'react';
import { useCurrentLearner, useIdleChoice } from '../../db/hooks';
import { loadStore } from '../../db/loadStore';
import { IDLE_COUNTDOWN, idleDelay } from '../../domain/idle';
import { navigate, useRoute } from '../../router/navigation';
import { paths, type RouteName } from '../../router/routes';
import { useUiStore } from '../../stores/uiStore';
import { IdleCountdown } from './IdleCountdown';
import { noteActivity, onActivity } from './sharedActivity';
import { useActivityInput, useIdleTimer } from './useIdleTimer';

/** Screens a teacher works on for a long time without input, or would lose by leaving: no timer there. */
const NO_TIMER: readonly RouteName[] = ['present', 'speaker', 'class-quiz', 'report'];

/** Watching for input; asking "Em còn học không?"; or counting down silently while another tab asks. */
type Phase = 'watching' | 'asking' | 'waiting';

export function IdleGuard() {
  const route = useRoute();
  const choice = useIdleChoice();
  const current = useCurrentLearner();
  const setIdleSwitched = useUiStore((s) => s.setIdleSwitched);
  const [phase, setPhase] = useState<Phase>('watching');

  // Already back at "Ai đang học?" with nobody chosen: nothing to switch back from.
  const settled = current.kind === 'nobody' && route.name === 'learners';
  const watching = choice !== undefined && current.kind !== 'loading' && !NO_TIMER.includes(route.name) && !settled && phase === 'watching';
  // Input counts everywhere except on the question itself, which wants an answer, not a bumped mouse.
  useActivityInput(phase !== 'asking');
  useIdleTimer(watching ? idleDelay(choice) : undefined, (here) => setPhase(here ? 'asking' : 'waiting'));

  const switchBack = async () => {
    setPhase('watching');
    try {
      await (await loadStore()).learners.signOut();
    } catch (error) {
      // Not a save anyone asked for, and nobody is at the computer to read a message: storage that cannot
      // write this cannot record the previous child's answers either (the quiz says so, StorageNotice),
      // so going back to the chooser is enough; a child who picks a profile is told if that fails.
      console.error('Mạng An Toàn: signing out after the idle time failed', error);
    }
    setIdleSwitched(true);
    navigate(paths.learners());
  };

  // While counting down: input in another tab (or, counting silently, in this one) means someone is there.
  useEffect(() => {
    if (phase === 'watching') return;
    const stopListening = onActivity(() => setPhase('watching'), phase === 'waiting' ? 'any-tab' : 'other-tabs');
    const timer = phase === 'waiting' ? window.setTimeout(() => void switchBack(), IDLE_COUNTDOWN) : 0;
    return () => {
      stopListening();
      window.clearTimeout(timer);
    };
    // switchBack uses only stable setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase]);

  const stay = () => {
    noteActivity();
    setPhase('watching');
  };

  if (phase !== 'asking') return null;
  return <IdleCountdown guest={current.kind === 'guest'} onStay={stay} onLeave={() => void switchBack()} />;
}
