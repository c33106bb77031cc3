// The school's API keys: the form that creates one, the list of keys (newest first, revoked ones too)
// and, right after a key is created or rotated, the one and only sight of its secret.
import { useRef, useState } from 'react';
import type { FragmentType } from '../../../gql';
import { Empty } from '../../../ui/States';
import { ApiKeyRow, type ApiKeyRowFragment } from './ApiKeyRow';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { NewSecretPanel, type RevealedSecret } from './NewSecretPanel';

interface ApiKeysSectionProps {
  schoolId: string;
  keys: ReadonlyArray<{ id: string } & FragmentType<typeof ApiKeyRowFragment>>;
}

export function ApiKeysSection({ schoolId, keys }: ApiKeysSectionProps) {
  // Held only here, never in the Apollo cache: leaving or reloading the page forgets it for good.
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel and its focused button go away together; focus stays in the section instead of the page top.
  const dismiss = () => {
    setRevealed(null);
    heading.current?.focus();
  };

  return (
    <section className="card" aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading" ref={heading} tabIndex={-1}>
        API keys
      </h2>
      <p className="muted">
        Keys let your school’s own apps read the public graph at <code>/public/graphql</code>, sent in the <code>X-Api-Key</code> header. Give each app its own key with
        only the scopes it needs.
      </p>
      {revealed && <NewSecretPanel revealed={revealed} onDismiss={dismiss} />}
      {keys.length === 0 ? (
        <Empty title="No API keys yet.">
          <p className="muted">Create one below for the first app that will read your school’s data.</p>
        </Empty>
      ) : (
        <ul className="school-list" aria-label="API keys">
          {keys.map((key) => (
            <li key={key.id} className="card">
              <ApiKeyRow apiKey={key} onRotated={setRevealed} />
            </li>
          ))}
        </ul>
      )}
      <CreateApiKeyForm schoolId={schoolId} onCreated={setRevealed} />
    </section>
  );
}
