// One titled part of a staff page: a card with an h2 that names the region for assistive technology and
// is the target of the page's contents links.
import type { ReactNode } from 'react';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="card">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
