/**
 * The guided help path's pictures: the app's own inline SVG (no emoji — Windows 7 shows them as boxes,
 * and no file to fetch). Calm shapes and colours; each sits beside words that say the same thing, so it
 * is hidden from screen readers.
 */
import type { ReactElement } from 'react';
import type { Action, Situation } from './helpPath';

export type PictureName = Situation | Action | 'danger';

const INK = '#1b5e8c';
const ROSE = '#8a2b52';
const SKY = '#eaf1fb';
const PINK = '#fbeef3';
const SUN = '#fff4d6';
const LEAF = '#e6f4ea';
const stroke = { stroke: INK, strokeWidth: 3, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
/** A line drawing with no fill. */
const line = { ...stroke, fill: 'none' } as const;

const person = (x: number, y: number, scale: number, fill: string) => (
  <g transform={`translate(${x} ${y}) scale(${scale})`}>
    <circle cx="0" cy="-14" r="7" fill={fill} stroke={INK} strokeWidth={3 / scale} />
    <path d="M-11 12 v-8 a11 11 0 0 1 22 0 v8 z" fill={fill} stroke={INK} strokeWidth={3 / scale} strokeLinejoin="round" />
  </g>
);

const PICTURES: Record<PictureName, ReactElement> = {
  mean: (
    <>
      <path d="M10 14 h40 a6 6 0 0 1 6 6 v20 a6 6 0 0 1 -6 6 h-24 l-10 8 v-8 h-6 a6 6 0 0 1 -6 -6 v-20 a6 6 0 0 1 6 -6 z" fill={SKY} {...stroke} />
      <path d="M16 30 l6 -6 l6 8 l6 -8 l6 8 l6 -6" {...line} stroke={ROSE} />
    </>
  ),
  asks: (
    <>
      <rect x="8" y="20" width="40" height="30" rx="6" fill={SKY} {...stroke} />
      <path d="M20 20 l4 -6 h8 l4 6" {...line} />
      <circle cx="28" cy="35" r="8" fill="#fff" {...stroke} />
      <circle cx="50" cy="14" r="9" fill={SUN} {...stroke} />
      <path d="M47 11 a3 3 0 1 1 4 3 v2" {...line} strokeWidth={2.5} />
      <circle cx="51" cy="20" r="1.2" fill={INK} />
    </>
  ),
  threat: (
    <>
      <ellipse cx="24" cy="46" rx="14" ry="5" fill={SUN} {...stroke} />
      <path d="M10 46 v-6 M38 46 v-6" {...line} />
      <ellipse cx="24" cy="40" rx="14" ry="5" fill={SUN} {...stroke} />
      <path d="M36 10 h18 a4 4 0 0 1 4 4 v12 a4 4 0 0 1 -4 4 h-8 l-6 6 v-6 h-4 a4 4 0 0 1 -4 -4 v-12 a4 4 0 0 1 4 -4 z" fill={PINK} {...stroke} stroke={ROSE} />
      <path d="M45 15 v6" {...line} stroke={ROSE} />
      <circle cx="45" cy="25" r="1.5" fill={ROSE} />
    </>
  ),
  saw: (
    <>
      <rect x="8" y="12" width="48" height="32" rx="4" fill={SKY} {...stroke} />
      <path d="M26 52 h12 M32 44 v8" {...line} />
      <path d="M22 34 a6 6 0 0 1 2 -11 a8 8 0 0 1 15 1 a5 5 0 0 1 1 10 z" fill="#fff" {...stroke} />
    </>
  ),
  account: (
    <>
      {person(24, 36, 1, SKY)}
      <circle cx="46" cy="22" r="7" fill={SUN} {...stroke} />
      <path d="M46 29 v20 M46 40 h5 M46 46 h4" {...line} />
    </>
  ),
  friend: (
    <>
      {person(20, 40, 0.9, SKY)}
      {person(44, 40, 0.9, LEAF)}
      <path d="M32 16 c-2 -4 -8 -3 -7 2 c1 3 7 7 7 7 s6 -4 7 -7 c1 -5 -5 -6 -7 -2 z" fill={PINK} stroke={ROSE} strokeWidth={2.5} strokeLinejoin="round" />
    </>
  ),
  other: (
    <>
      <circle cx="32" cy="32" r="22" fill={SKY} {...stroke} />
      <path d="M25 25 a7 7 0 1 1 9 7 c-2 1 -2 2 -2 5" {...line} />
      <circle cx="32" cy="44" r="2" fill={INK} />
    </>
  ),
  stop: (
    <>
      <path d="M22 54 c-6 -4 -10 -12 -10 -20 v-8 a3 3 0 0 1 6 0 v6 v-18 a3 3 0 0 1 6 0 v14 v-18 a3 3 0 0 1 6 0 v18 v-14 a3 3 0 0 1 6 0 v16 v-10 a3 3 0 0 1 6 0 v16 c0 8 -4 14 -10 18 z" fill={SUN} {...stroke} />
    </>
  ),
  nothing: (
    <>
      <path d="M8 30 l46 -18 l-12 40 l-10 -14 z M32 38 l22 -26" fill={SKY} {...stroke} />
      <circle cx="32" cy="32" r="26" {...line} stroke={ROSE} />
      <path d="M14 50 l36 -36" {...line} stroke={ROSE} />
    </>
  ),
  evidence: (
    <>
      <rect x="18" y="6" width="28" height="52" rx="5" fill={SKY} {...stroke} />
      <path d="M24 18 v-4 h4 M40 14 h-4 M24 40 v4 h4 M40 44 h-4 M40 40 v4 M40 18 v-4" {...line} stroke={ROSE} />
      <path d="M28 26 h8 M28 32 h6" {...line} />
    </>
  ),
  block: (
    <>
      {person(32, 38, 1, SKY)}
      <circle cx="32" cy="32" r="26" {...line} stroke={ROSE} />
      <path d="M14 14 l36 36" {...line} stroke={ROSE} />
    </>
  ),
  report: (
    <>
      <path d="M16 56 v-46" {...line} />
      <path d="M16 12 h30 l-6 9 l6 9 h-30 z" fill={PINK} {...stroke} stroke={ROSE} />
    </>
  ),
  close: (
    <>
      <rect x="8" y="12" width="48" height="40" rx="5" fill={SKY} {...stroke} />
      <path d="M8 22 h48" {...line} />
      <path d="M25 30 l14 14 M39 30 l-14 14" {...line} stroke={ROSE} />
    </>
  ),
  notShare: (
    <>
      <circle cx="16" cy="32" r="6" fill={SKY} {...stroke} />
      <circle cx="46" cy="16" r="6" fill={SKY} {...stroke} />
      <circle cx="46" cy="48" r="6" fill={SKY} {...stroke} />
      <path d="M21 29 l20 -10 M21 35 l20 10" {...line} />
      <path d="M10 54 l44 -44" {...line} stroke={ROSE} />
    </>
  ),
  listen: (
    <>
      <path d="M10 12 h44 a5 5 0 0 1 5 5 v22 a5 5 0 0 1 -5 5 h-26 l-10 9 v-9 h-8 a5 5 0 0 1 -5 -5 v-22 a5 5 0 0 1 5 -5 z" fill={SKY} {...stroke} />
      <path d="M32 22 c-2 -4 -9 -3 -8 2 c1 4 8 9 8 9 s7 -5 8 -9 c1 -5 -6 -6 -8 -2 z" fill={PINK} stroke={ROSE} strokeWidth={2.5} strokeLinejoin="round" />
    </>
  ),
  friendPrivate: (
    <>
      <rect x="14" y="28" width="36" height="26" rx="5" fill={SUN} {...stroke} />
      <path d="M22 28 v-6 a10 10 0 0 1 20 0 v6" {...line} />
      <circle cx="32" cy="40" r="3" fill={INK} />
      <path d="M32 43 v5" {...line} />
    </>
  ),
  adultFriend: (
    <>
      {person(16, 44, 0.75, SKY)}
      {person(30, 44, 0.75, LEAF)}
      {person(48, 40, 1.05, SUN)}
    </>
  ),
  recover: (
    <>
      <circle cx="20" cy="32" r="11" fill={SUN} {...stroke} />
      <circle cx="20" cy="32" r="3" fill="#fff" {...stroke} />
      <path d="M31 32 h25 M48 32 v8 M55 32 v6" {...line} />
    </>
  ),
  adult: (
    <>
      {person(22, 42, 0.8, SKY)}
      {person(42, 38, 1.1, SUN)}
    </>
  ),
  call111: (
    <>
      <path d="M16 8 l10 0 l4 12 l-6 4 c3 7 8 12 15 15 l4 -6 l12 4 v10 a4 4 0 0 1 -4 4 c-22 -1 -38 -17 -39 -39 a4 4 0 0 1 4 -4 z" fill={PINK} {...stroke} stroke={ROSE} />
    </>
  ),
  danger: (
    <>
      <path d="M32 6 l22 8 v16 c0 14 -10 24 -22 28 c-12 -4 -22 -14 -22 -28 v-16 z" fill={SKY} {...stroke} />
      <path d="M22 32 l7 7 l13 -14" {...line} />
    </>
  ),
};

export function HelpPicture({ name, className = 'help-pic' }: { name: PictureName; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
      {PICTURES[name]}
    </svg>
  );
}
