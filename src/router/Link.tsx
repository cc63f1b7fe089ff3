import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { followLink } from './navigation';

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    followLink(event, event.currentTarget);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
