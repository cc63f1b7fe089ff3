/**
 * The app's own icons, drawn inline as SVG: never emoji or symbol characters, which old school PCs
 * (Windows 7, no emoji font) show as empty boxes (tests/unit/ui/noPictographs.test.ts keeps src/
 * free of them). Each icon is 1em square in the current text colour, so it sizes and colours with the
 * words beside it, and is hidden from screen readers: the words, or a label on the element around
 * it, say what it means.
 */
import type { ReactNode } from 'react';

export interface IconProps {
  className?: string;
}

function Icon({ className, children, filled = false }: IconProps & { children: ReactNode; filled?: boolean }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={2.25}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const STAR = '12 2.8 14.8 8.8 21.3 9.5 16.4 13.9 17.8 20.3 12 17 6.2 20.3 7.6 13.9 2.7 9.5 9.2 8.8';

/** Right, done: a tick. */
export function CheckIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4.5 12.5 9.5 17.5 19.5 6.5" strokeWidth={3} />
    </Icon>
  );
}

/** Not right: a cross. */
export function CrossIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M6 6 18 18M18 6 6 18" strokeWidth={3} />
    </Icon>
  );
}

/** Mastered, a star earned: a filled star. */
export function StarIcon(props: IconProps) {
  return (
    <Icon {...props} filled>
      <polygon points={STAR} strokeWidth={1.5} />
    </Icon>
  );
}

/** A star not earned yet: its outline. */
export function StarOutlineIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <polygon points={STAR} strokeWidth={1.75} />
    </Icon>
  );
}

/** Started, not finished: a half-filled circle. */
export function HalfDoneIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 3.5a8.5 8.5 0 0 0 0 17Z" fill="currentColor" stroke="none" />
    </Icon>
  );
}

/** A badge or certificate earned: a medal on its ribbon. */
export function MedalIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M8 2.5 10.5 9M16 2.5 13.5 9" />
      <circle cx="12" cy="15" r="6" />
      <path d="M12 12v6" strokeWidth={2} />
    </Icon>
  );
}

/** Protected by a PIN: a padlock. */
export function LockIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7.5a4 4 0 0 1 8 0V11" />
    </Icon>
  );
}

/** Print: a printer. */
export function PrinterIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M7 9V3h10v6" />
      <rect x="3" y="9" width="18" height="8" rx="2" />
      <rect x="7" y="14" width="10" height="7" />
    </Icon>
  );
}

/** Call: a handset, the way to the 111 hotline. */
export function PhoneIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M6.5 3h3l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A17 17 0 0 1 4.5 5a2 2 0 0 1 2-2Z" />
    </Icon>
  );
}

/** No network: a signal crossed out. */
export function OfflineIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.5 8.5a14 14 0 0 1 19 0M5.5 12a9.5 9.5 0 0 1 13 0M8.8 15.3a4.8 4.8 0 0 1 6.4 0" />
      <circle cx="12" cy="19" r="1" fill="currentColor" />
      <path d="M3 3 21 21" />
    </Icon>
  );
}

/** Switch to another one: two arrows, opposite ways. */
export function SwitchIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 8h15M15.5 4.5 19 8l-3.5 3.5M20 16H5M8.5 12.5 5 16l3.5 3.5" />
    </Icon>
  );
}

/** Back, previous: a chevron pointing left. */
export function PreviousIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M15 5 8 12l7 7" strokeWidth={3} />
    </Icon>
  );
}

/** Forward, next: a chevron pointing right. */
export function NextIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M9 5l7 7-7 7" strokeWidth={3} />
    </Icon>
  );
}

/** Search: a magnifying glass. */
export function SearchIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5 20.5 20.5" strokeWidth={3} />
    </Icon>
  );
}

/** Read aloud: a loudspeaker with a sound wave. */
export function SpeakerIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4Z" />
      <path d="M15.5 9a4.5 4.5 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11" />
    </Icon>
  );
}
