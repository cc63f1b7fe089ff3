/**
 * Two children on one computer with the same nickname pick the wrong card and read each other's results.
 * The profile form warns (it never refuses: twins may both want "Bi") and suggests a free name: the
 * nickname with the first number after it that no one on this computer uses ("Lan 2", "Lan 3"…).
 * "The same" is nameKey's: after NFC, ignoring case and spacing ("Minh" and "minh"), but not accents
 * ("Minh" and "Mính" are two Vietnamese names). Where look-alikes remain (a list of learners shows only
 * nickname and class), lookAlikes says which rows need something more to tell them apart.
 */
import { NICKNAME_MAX_LENGTH } from './limits';
import { cleanName } from './names';
import { nameKey } from './learning';

interface Named {
  id: string;
  nickname: string;
}

interface NamedInClass extends Named {
  classLabel?: string;
}

/** The learner already on this computer under `nickname` (the same by nameKey), other than `selfId`. */
export function learnerNamed<L extends Named>(learners: readonly L[], nickname: string, selfId?: string): L | undefined {
  const key = nameKey(nickname);
  if (key === '') return undefined;
  return learners.find((learner) => learner.id !== selfId && nameKey(learner.nickname) === key);
}

/** A nickname no one else on this computer has: `nickname` with a number, shortened to fit if needed. */
export function freeNickname(learners: readonly Named[], nickname: string, selfId?: string): string {
  const base = cleanName(nickname);
  for (let n = 2; ; n += 1) {
    const suffix = ` ${n}`;
    const candidate = `${fitUnits(base, NICKNAME_MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!learnerNamed(learners, candidate, selfId)) return candidate;
  }
}

/** The longest start of `text` within `units` UTF-16 units (the length rule), never half a character. */
function fitUnits(text: string, units: number): string {
  let fitted = '';
  for (const character of text) {
    if (fitted.length + character.length > units) break;
    fitted += character;
  }
  return fitted;
}

/** The ids of learners another one in the list looks like: the same nickname and the same class (or both none), by nameKey. */
export function lookAlikes(learners: readonly NamedInClass[]): Set<string> {
  const byLook = new Map<string, string[]>();
  for (const learner of learners) {
    const look = `${nameKey(learner.nickname)}\n${nameKey(learner.classLabel ?? '')}`;
    byLook.set(look, [...(byLook.get(look) ?? []), learner.id]);
  }
  return new Set([...byLook.values()].filter((ids) => ids.length > 1).flat());
}
