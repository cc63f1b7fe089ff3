/**
 * The one rule for the names people type — nicknames and class labels — applied by the learner form,
 * the database (src/db/learners.ts) and the progress-file check on import, so a name that is accepted
 * anywhere can be saved, exported, backed up and imported everywhere.
 *
 * A name is printed on certificates, in reports and in CSV files, and moves between computers, so it
 * holds only characters that show as themselves:
 * - no control characters (a tab, a newline, U+0085 NEL…): they break lines and files;
 * - no bidi overrides or isolates (U+202A–202E, U+2066–2069): they make text display in another order
 *   than it is stored ("Trojan Source"), so a name could pass for someone else's;
 * - no zero-width characters (U+200B–200D, U+2060, U+FEFF): two names that look equal would differ;
 * - no lone surrogates: half an emoji is not text, and strict UTF-8 refuses it.
 * It is stored NFC-normalised (a name typed on a Mac arrives decomposed) and trimmed.
 */
import { CLASS_LABEL_MAX_LENGTH, NICKNAME_MAX_LENGTH } from './limits';

export type NameKind = 'nickname' | 'classLabel';

export type NameProblem = 'empty' | 'too-long' | 'control' | 'bidi' | 'zero-width' | 'surrogate';

export type NameCheck = { ok: true; value: string } | { ok: false; problem: NameProblem };

export const NAME_MAX_LENGTH: Readonly<Record<NameKind, number>> = { nickname: NICKNAME_MAX_LENGTH, classLabel: CLASS_LABEL_MAX_LENGTH };

/** Cc: C0 and C1 controls, DEL. */
const CONTROL = /\p{Cc}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;
/** With the u flag a well-formed pair is one code point; only a lone half matches \p{Cs}. */
const LONE_SURROGATE = /\p{Cs}/u;

/** NFC and trimmed: how every name is stored and compared. Lone surrogates survive (checkName refuses them). */
export function cleanName(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * Checks a typed name and returns it as it will be stored. Lengths count UTF-16 units after NFC and
 * trimming, as the form's maxLength does. An empty class label is allowed (it means "no class"); an
 * empty nickname is not.
 */
export function checkName(text: string, kind: NameKind): NameCheck {
  if (LONE_SURROGATE.test(text)) return { ok: false, problem: 'surrogate' };
  const value = cleanName(text);
  if (CONTROL.test(value)) return { ok: false, problem: 'control' };
  if (BIDI_CONTROL.test(value)) return { ok: false, problem: 'bidi' };
  if (ZERO_WIDTH.test(value)) return { ok: false, problem: 'zero-width' };
  if (value.length === 0 && kind === 'nickname') return { ok: false, problem: 'empty' };
  if (value.length > NAME_MAX_LENGTH[kind]) return { ok: false, problem: 'too-long' };
  return { ok: true, value };
}

/** Thrown by the database when a name breaks the rule (the form checks first and says what is wrong). */
export class InvalidNameError extends TypeError {
  override name = 'InvalidNameError';
  constructor(
    readonly kind: NameKind,
    readonly problem: NameProblem,
  ) {
    super(`${kind}: ${problem}`);
  }
}

/** The stored form of a valid name; throws InvalidNameError otherwise. */
export function requireName(text: string, kind: NameKind): string {
  const checked = checkName(text, kind);
  if (!checked.ok) throw new InvalidNameError(kind, checked.problem);
  return checked.value;
}

/**
 * A stored name made valid, for rows saved before the rule existed (the database upgrade): the
 * forbidden characters are dropped (a tab or line break becomes a space), then the name is cut to
 * length. Returns '' when nothing is left.
 */
export function repairName(text: string, kind: NameKind): string {
  const repaired = cleanName(
    text
      .replace(/[\t\n\r\v\f\u0085]/gu, ' ')
      .replace(new RegExp(`${CONTROL.source}|${BIDI_CONTROL.source}|${ZERO_WIDTH.source}|${LONE_SURROGATE.source}`, 'gu'), '')
      .replace(/ {2,}/gu, ' '),
  );
  return cleanName(repaired.slice(0, NAME_MAX_LENGTH[kind]).replace(/[\uD800-\uDBFF]$/u, ''));
}
