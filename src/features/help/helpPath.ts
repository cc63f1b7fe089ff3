/**
 * "Em cần giúp?": what the guided help path asks and advises, as data, and its steps as a reducer. The
 * words are i18n strings (helpPath.*), one version per register: short sentences for Lớp 1–3, plain ones
 * for Lớp 4–5, fuller ones from Lớp 6. The answers live in React state only — never in storage, history
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
 * What to do, fitted to the answer, in the order to do it: evidence before blocking (a blocked chat may
 * not be readable any more), a trusted adult, and 111 last, always.
 */
export const ACTIONS: Record<Situation, readonly Action[]> = {
  mean: ['stop', 'evidence', 'block', 'adult', 'call111'],
  asks: ['nothing', 'stop', 'evidence', 'block', 'adult', 'call111'],
  threat: ['nothing', 'stop', 'evidence', 'block', 'adult', 'call111'],
  saw: ['close', 'notShare', 'report', 'adult', 'call111'],
  account: ['recover', 'adult', 'call111'],
  friend: ['listen', 'friendPrivate', 'adultFriend', 'call111'],
  other: ['adult', 'call111'],
};

/** Where someone may be in danger now, the path also says when to call 113. */
export const DANGER_NOW: readonly Situation[] = ['asks', 'threat', 'friend'];

/** What the note asks of the trusted adult, per situation. */
export type AdultAsk = 'listen' | 'evidence' | 'report' | 'noPay' | 'recover' | 'friend' | 'call111' | 'danger';

export const ADULT_ASKS: Record<Situation, readonly AdultAsk[]> = {
  mean: ['listen', 'evidence', 'report', 'call111'],
  asks: ['listen', 'evidence', 'report', 'noPay', 'call111', 'danger'],
  threat: ['listen', 'evidence', 'noPay', 'report', 'call111', 'danger'],
  saw: ['listen', 'report', 'call111'],
  account: ['listen', 'recover', 'call111'],
  friend: ['listen', 'friend', 'call111', 'danger'],
  other: ['listen', 'call111'],
};

/** How the path speaks: very short sentences with pictures for the youngest, fuller ones from Lớp 6. */
export type Register = 'small' | 'middle' | 'big';

export function registerOf(band: PupilBandId): Register {
  return band === 'lop-1-3' ? 'small' : band === 'lop-4-5' ? 'middle' : 'big';
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
