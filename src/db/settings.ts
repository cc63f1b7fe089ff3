/** Settings of this computer that a teacher chooses and the teacher lock guards (today: the idle time). */
import { idleChoiceText, isIdleChoice, parseIdleChoice, type IdleChoice } from '../domain/idle';
import { getDatabase } from './db';
import { requireTeacher, type TeacherProof } from './teacherLock';

const IDLE_KEY = 'idleMinutes';

/** How long without input before "Em còn học không?" (the default until a teacher chooses). */
export async function idleChoice(): Promise<IdleChoice> {
  return parseIdleChoice((await getDatabase().meta.get(IDLE_KEY))?.value);
}

/** Changes the idle time; needs the teacher PIN when one is set. */
export async function setIdleChoice(choice: IdleChoice, proof?: TeacherProof): Promise<void> {
  if (!isIdleChoice(choice)) throw new TypeError(`not an idle choice: ${String(choice)}`);
  await requireTeacher(proof);
  await getDatabase().meta.put({ key: IDLE_KEY, value: idleChoiceText(choice) });
}
