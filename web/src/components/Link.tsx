import type { ComponentChildren } from 'preact';
import { isPlainClick, navigate } from '../lib/router.js';

interface Props {
  href: string;
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  class?: string;
  title?: string;
  target?: string;
  rel?: string;
  'aria-current'?: 'page' | 'true';
  onClick?: (e: MouseEvent) => void;
  children?: ComponentChildren;
}

/** An in-app link: a real <a href> (so it can be opened in a new tab or copied), routed without reload. */
export function Link({ href, replace, onClick, children, ...rest }: Props) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (!isPlainClick(e) || rest.target === '_blank') return;
        e.preventDefault();
        navigate(href, { replace });
      }}
    >
      {children}
    </a>
  );
}
