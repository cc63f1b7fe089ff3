/**
 * The nine pictures of a picture password, drawn inline (no image files, no emoji: Windows 7 shows emoji
 * as empty boxes). Each differs in shape and colour, so a child who cannot read yet tells them apart.
 * Decorative here: the button around a picture carries its name for screen readers.
 */
import type { PasswordPicture as PictureId } from '../domain/secrets';

const DRAWINGS: Record<PictureId, React.ReactNode> = {
  sun: (
    <>
      <g stroke="#f29900" strokeWidth="5" strokeLinecap="round">
        <path d="M32 4v9M32 51v9M4 32h9M51 32h9M12 12l6 6M46 46l6 6M12 52l6-6M46 18l6-6" />
      </g>
      <circle cx="32" cy="32" r="14" fill="#fbc02d" stroke="#f29900" strokeWidth="2" />
    </>
  ),
  tree: (
    <>
      <rect x="27" y="36" width="10" height="24" rx="2" fill="#795548" />
      <circle cx="32" cy="24" r="18" fill="#43a047" />
      <circle cx="22" cy="32" r="10" fill="#2e7d32" />
      <circle cx="42" cy="32" r="10" fill="#2e7d32" />
    </>
  ),
  fish: (
    <>
      <path d="M44 32 60 18v28Z" fill="#ef6c00" />
      <ellipse cx="28" cy="32" rx="22" ry="14" fill="#fb8c00" />
      <circle cx="16" cy="29" r="3.5" fill="#ffffff" />
      <circle cx="16" cy="29" r="1.8" fill="#212121" />
      <path d="M30 22q6 10 0 20" fill="none" stroke="#e65100" strokeWidth="2.5" />
    </>
  ),
  house: (
    <>
      <rect x="12" y="30" width="40" height="28" fill="#ffe0b2" stroke="#8d6e63" strokeWidth="2" />
      <path d="M6 32 32 8l26 24Z" fill="#d32f2f" />
      <rect x="27" y="40" width="11" height="18" fill="#6d4c41" />
      <rect x="16" y="36" width="8" height="8" fill="#4fc3f7" />
    </>
  ),
  star: <path d="M32 5l8 17 18 2-13 12 4 19-17-10-17 10 4-19L6 24l18-2Z" fill="#7e57c2" stroke="#4527a0" strokeWidth="2" strokeLinejoin="round" />,
  ball: (
    <>
      <circle cx="32" cy="32" r="26" fill="#ffffff" stroke="#37474f" strokeWidth="2" />
      <path d="M32 6a26 26 0 0 1 0 52 40 40 0 0 0 0-52Z" fill="#1e88e5" />
      <path d="M32 6a26 26 0 0 0 0 52 40 40 0 0 1 0-52Z" fill="#e53935" />
      <circle cx="32" cy="32" r="26" fill="none" stroke="#37474f" strokeWidth="2" />
    </>
  ),
  flower: (
    <>
      <path d="M32 38v22" stroke="#388e3c" strokeWidth="4" />
      <ellipse cx="40" cy="52" rx="7" ry="3.5" fill="#66bb6a" transform="rotate(-30 40 52)" />
      <g fill="#ec407a">
        <circle cx="32" cy="12" r="9" />
        <circle cx="43" cy="22" r="9" />
        <circle cx="39" cy="35" r="9" />
        <circle cx="25" cy="35" r="9" />
        <circle cx="21" cy="22" r="9" />
      </g>
      <circle cx="32" cy="25" r="7" fill="#ffd54f" />
    </>
  ),
  boat: (
    <>
      <path d="M32 6v34" stroke="#5d4037" strokeWidth="3" />
      <path d="M34 8l20 30H34Z" fill="#ffffff" stroke="#90a4ae" strokeWidth="2" />
      <path d="M30 14 14 38h16Z" fill="#ffeb3b" stroke="#f9a825" strokeWidth="2" />
      <path d="M6 42h52l-8 12H14Z" fill="#8d6e63" />
      <path d="M2 58q7-4 15 0t15 0 15 0 15 0" fill="none" stroke="#29b6f6" strokeWidth="3" />
    </>
  ),
  apple: (
    <>
      <path d="M32 20c-6-6-24-6-24 14 0 14 10 26 18 24 3-1 9-1 12 0 8 2 18-10 18-24 0-20-18-20-24-14Z" fill="#c62828" />
      <path d="M32 20c0-6 2-10 5-14" fill="none" stroke="#5d4037" strokeWidth="3" strokeLinecap="round" />
      <path d="M36 12c6-6 14-4 14-4s-2 8-10 8c-2 0-4-2-4-4Z" fill="#7cb342" />
      <ellipse cx="21" cy="30" rx="3" ry="6" fill="#ef9a9a" />
    </>
  ),
};

export function PasswordPicture({ id, size = 64 }: { id: PictureId; size?: number }) {
  return (
    <svg className="password-picture" viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
      {DRAWINGS[id]}
    </svg>
  );
}
