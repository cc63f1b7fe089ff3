/**
 * "Em cần giúp?": what the guided help path asks and advises, as data, and its steps as a reducer. The
 * words are i18n strings (the helpPath namespace, ./strings.ts), one version per register: short
 * sentences for Lớp 1–3, plain ones for Lớp 4–5, fuller ones from Lớp 6. The answers live in React state only — never in storage, history
 * state or the URL — so leaving the page forgets them.
 */
import { BANDS, type PupilBandId } from '../../content/vocabulary';

/** What is happening, in the order the child sees it. */
export const SITUATIONS = ['mean', 'asks', 'threat', 'saw', 'account', 'friend', 'other'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Things a child can do now; each has a picture and words per register. */
export type Action =
  | 'stop'
  | 'nothing'
  | 'evidence'
  | 'block'
  | 'report'
  | 'close'
  | 'notShare'
  | 'listen'
  | 'friendPrivate'
  | 'adultFriend'
  | 'recover'
  | 'adult'
  | 'call111';

/**
 * What to do, fitted to the answer, in the order to do it. Where someone hurts, asks for pictures or
 * threatens, this is the one safety sequence of content/README.md: stop; a trusted adult or 111 now
 * (never alone, never the child's fault); keep the evidence (never forwarding an intimate image); then
 * report and block — blocking before an adult has seen the chat can lose it.
 */
export const ACTIONS: Record<Situation, readonly Action[]> = {
  mean: ['stop', 'adult', 'call111', 'evidence', 'block'],
  asks: ['nothing', 'stop', 'adult', 'call111', 'evidence', 'block'],
  threat: ['nothing', 'stop', 'adult', 'call111', 'evidence', 'block'],
  saw: ['close', 'notShare', 'adult', 'call111', 'report'],
  account: ['recover', 'adult', 'call111'],
  friend: ['listen', 'friendPrivate', 'adultFriend', 'call111'],
  other: ['adult', 'call111'],
};

/** Where someone may be in danger now, the path also says when to call 113. */
export const DANGER_NOW: readonly Situation[] = ['asks', 'threat', 'friend'];

/** What the note asks of the trusted adult, per situation. */
export type AdultAsk = 'listen' | 'evidence' | 'report' | 'noPay' | 'recover' | 'friend' | 'call111' | 'danger';

export const ADULT_ASKS: Record<Situation, readonly AdultAsk[]> = {
  mean: ['listen', 'call111', 'evidence', 'report'],
  asks: ['listen', 'noPay', 'call111', 'evidence', 'report', 'danger'],
  threat: ['listen', 'noPay', 'call111', 'evidence', 'report', 'danger'],
  saw: ['listen', 'report', 'call111'],
  account: ['listen', 'recover', 'call111'],
  friend: ['listen', 'friend', 'call111', 'danger'],
  other: ['listen', 'call111'],
};

/** How the path speaks: very short sentences with pictures for the youngest, fuller ones from Lớp 6. */
export type Register = 'small' | 'middle' | 'big';

export function registerOf(band: PupilBandId): Register {
  // The preschool band's children are told as the youngest pupils are, by the adult beside them.
  return band === 'mam-non' || band === 'lop-1-3' ? 'small' : band === 'lop-4-5' ? 'middle' : 'big';
}

export function isPupilBand(band: string | undefined): band is PupilBandId {
  return BANDS.some((b) => b.id === band);
}

export const STEPS = ['age', 'what', 'do', 'note'] as const;
export type Step = (typeof STEPS)[number];

export interface PathState {
  step: Step;
  band?: PupilBandId;
  situation?: Situation;
}

export type PathAction = { type: 'band'; band: PupilBandId } | { type: 'situation'; situation: Situation } | { type: 'note' } | { type: 'back' };

/** The first step: the age group, unless the child came from a band's pages. */
export function startPath(band: PupilBandId | undefined): PathState {
  return band ? { step: 'what', band } : { step: 'age' };
}

export function pathReducer(state: PathState, action: PathAction): PathState {
  switch (action.type) {
    case 'band':
      return { step: 'what', band: action.band };
    case 'situation':
      return state.band ? { ...state, step: 'do', situation: action.situation } : state;
    case 'note':
      return state.band && state.situation ? { ...state, step: 'note' } : state;
    case 'back': {
      const previous = STEPS[STEPS.indexOf(state.step) - 1];
      return previous ? { ...state, step: previous } : state;
    }
  }
}
