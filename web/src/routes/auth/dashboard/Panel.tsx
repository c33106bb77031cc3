// One part of the dashboard: a titled card that shows its own loading and error states, so a part that
// fails never hides the others.
import type { ReactNode } from 'react';
import { ErrorState, Loading } from '../../../ui/States';

export function Panel({ id, title, loading, error, children }: { id: string; title: string; loading: boolean; error?: unknown; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section className="card dashboard-panel" aria-labelledby={headingId} aria-busy={loading || undefined}>
      <h2 id={headingId}>{title}</h2>
      {loading ? <Loading label={`Loading ${title.toLowerCase()}…`} /> : error ? <ErrorState error={error} /> : children}
    </section>
  );
}
