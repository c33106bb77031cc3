// Loading, empty and error states, the same everywhere.
import type { ReactNode } from 'react';
import { Alert } from './Alert';
import { messageOf } from './error-message';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty__title">{title}</p>
      {children}
    </div>
  );
}

export function ErrorState({ error }: { error: unknown }) {
  return <Alert>{messageOf(error)}</Alert>;
}
