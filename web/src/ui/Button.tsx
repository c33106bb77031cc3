// The app's button: a primary or quiet look, a busy state that keeps its width and tells screen readers.
import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** @default 'primary' */
  variant?: 'primary' | 'secondary' | 'danger';
  /** Shows the work in progress and blocks a second click. @default false */
  busy?: boolean;
}

export function Button({ variant = 'primary', busy = false, disabled, children, className, ...rest }: ButtonProps) {
  return (
    <button {...rest} className={['button', `button--${variant}`, className].filter(Boolean).join(' ')} disabled={disabled || busy} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}
