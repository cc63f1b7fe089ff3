/**
 * Built-in avatars: friendly animal faces drawn from a few shapes, so there are no image files and no
 * photos of children. Each is recognisable by colour and ears alone, for young children who cannot
 * read their nickname yet.
 */
import { AVATAR_IDS, type AvatarId } from '../domain/records';

export { AVATAR_IDS };

interface Look {
  face: string;
  ears: 'pointed' | 'round' | 'long' | 'tufts' | 'eyes-top' | 'none';
  earColor: string;
  patch?: string;
  beak?: string;
}

const LOOKS: Record<AvatarId, Look> = {
  cat: { face: '#3d3d46', ears: 'pointed', earColor: '#3d3d46' },
  bear: { face: '#a0683c', ears: 'round', earColor: '#7a4c2a' },
  rabbit: { face: '#e9e4f2', ears: 'long', earColor: '#f3b7c9' },
  owl: { face: '#8d6e63', ears: 'tufts', earColor: '#6d4c41', beak: '#f9a825' },
  fox: { face: '#ef7d22', ears: 'pointed', earColor: '#c75d0e', patch: '#fff3e0' },
  panda: { face: '#ffffff', ears: 'round', earColor: '#222222', patch: '#222222' },
  frog: { face: '#5fb85a', ears: 'eyes-top', earColor: '#5fb85a' },
  chick: { face: '#ffd54f', ears: 'none', earColor: '#ffd54f', beak: '#ef6c00' },
};

function Ears({ look }: { look: Look }) {
  switch (look.ears) {
    case 'pointed':
      return (
        <>
          <path d="M14 30 18 6 34 20Z" fill={look.earColor} />
          <path d="M66 20 82 6 86 30Z" fill={look.earColor} />
        </>
      );
    case 'round':
      return (
        <>
          <circle cx="22" cy="20" r="11" fill={look.earColor} />
          <circle cx="78" cy="20" r="11" fill={look.earColor} />
        </>
      );
    case 'long':
      return (
        <>
          <ellipse cx="36" cy="14" rx="8" ry="20" fill={look.face} />
          <ellipse cx="64" cy="14" rx="8" ry="20" fill={look.face} />
          <ellipse cx="36" cy="14" rx="4" ry="14" fill={look.earColor} />
          <ellipse cx="64" cy="14" rx="4" ry="14" fill={look.earColor} />
        </>
      );
    case 'tufts':
      return (
        <>
          <path d="M18 26 20 8 36 20Z" fill={look.earColor} />
          <path d="M64 20 80 8 82 26Z" fill={look.earColor} />
        </>
      );
    case 'eyes-top':
      return (
        <>
          <circle cx="32" cy="24" r="13" fill={look.face} />
          <circle cx="68" cy="24" r="13" fill={look.face} />
        </>
      );
    case 'none':
      return <path d="M46 14 50 4 54 14Z" fill="#ef6c00" />;
  }
}

export function Avatar({ id, size = 64 }: { id: AvatarId; size?: number }) {
  const look = LOOKS[id];
  const eyeY = look.ears === 'eyes-top' ? 24 : 50;
  return (
    <svg className="avatar" viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <Ears look={look} />
      <circle cx="50" cy="56" r="38" fill={look.face} stroke="#00000022" strokeWidth="2" />
      {look.patch && id === 'panda' && (
        <>
          <ellipse cx="36" cy="50" rx="9" ry="11" fill={look.patch} />
          <ellipse cx="64" cy="50" rx="9" ry="11" fill={look.patch} />
        </>
      )}
      {look.patch && id === 'fox' && <ellipse cx="50" cy="70" rx="22" ry="16" fill={look.patch} />}
      {id === 'owl' && (
        <>
          <circle cx="36" cy="50" r="12" fill="#fff" />
          <circle cx="64" cy="50" r="12" fill="#fff" />
        </>
      )}
      <circle cx={id === 'frog' ? 32 : 36} cy={eyeY} r="5" fill={id === 'panda' || id === 'cat' ? '#fff' : '#1a1a1a'} />
      <circle cx={id === 'frog' ? 68 : 64} cy={eyeY} r="5" fill={id === 'panda' || id === 'cat' ? '#fff' : '#1a1a1a'} />
      {look.beak ? (
        <path d="M44 62 56 62 50 72Z" fill={look.beak} />
      ) : (
        <path d="M40 68q10 9 20 0" fill="none" stroke={id === 'cat' || id === 'panda' ? (id === 'cat' ? '#fff' : '#222') : '#1a1a1a'} strokeWidth="3.5" strokeLinecap="round" />
      )}
    </svg>
  );
}
