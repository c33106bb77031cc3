// The clear "not allowed" state of a page reserved to some people: said plainly, with no data shown.
import type { ReactNode } from 'react';
import { Alert } from './Alert';

export function NotAllowed({ title = 'You are not allowed to see this page.', children }: { title?: string; children?: ReactNode }) {
  return (
    <Alert tone="info">
      <strong>{title}</strong> {children}
    </Alert>
  );
}
