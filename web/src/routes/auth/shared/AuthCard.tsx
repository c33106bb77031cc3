// The frame of every account form: the page title, a heading, a short lead and the form in a card of
// reading width, with links to the neighbouring journeys below it.
import type { ReactNode } from 'react';
import './auth.css';

export function AuthCard({ title, lead, children, footer }: { title: string; lead?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="auth-page">
      <title>{`${title} · ScrollForge`}</title>
      <h1>{title}</h1>
      {lead && <p className="muted">{lead}</p>}
      <div className="card">{children}</div>
      {footer && <div className="auth-page__links">{footer}</div>}
    </div>
  );
}
