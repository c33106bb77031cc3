// One API key as its school's admins see it: prefix, scopes, limits, status, last use and today's
// requests, with rotate and revoke. Both are asked about first, because each stops a key an app may use.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { formatDateTime } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { MAX_OVERLAP_MINUTES, scopeWords } from '../shared/api-key-words';
import type { RevealedSecret } from './NewSecretPanel';

export const ApiKeyRowFragment = graphql(`
  fragment SchoolApiKeyRow_ApiKey on ApiKey {
    id
    name
    prefix
    scopes
    rateLimitPerMinute
    dailyQuota
    costBudgetPerMinute
    createdAt
    lastUsedAt
    revokedAt
    status
    requestsToday
  }
`);

const RotateApiKey = graphql(`
  mutation SchoolRotateApiKey($id: ID!, $overlapMinutes: Int) {
    rotateApiKey(id: $id, overlapMinutes: $overlapMinutes) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation SchoolRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      status
      revokedAt
    }
  }
`);

type Pending = { kind: 'rotate'; overlap: string } | { kind: 'revoke' };

/** Whole minutes from 0 to a day, or null for anything else. */
function overlapMinutesOf(text: string): number | null {
  const value = Number(text.trim() || '0');
  return Number.isInteger(value) && value >= 0 && value <= MAX_OVERLAP_MINUTES ? value : null;
}

export function ApiKeyRow({ apiKey: keyRef, onRotated }: { apiKey: FragmentType<typeof ApiKeyRowFragment>; onRotated(revealed: RevealedSecret): void }) {
  const key = getFragmentData(ApiKeyRowFragment, keyRef);
  const [pending, setPending] = useState<Pending | null>(null);
  const [outcome, setOutcome] = useState('');
  // The secret stays out of the cache; the list is fetched again to show the new key and the old one's end.
  const [rotate] = useMutation(RotateApiKey, { fetchPolicy: 'no-cache', refetchQueries: ['SchoolAdmin'], awaitRefetchQueries: true });
  const [revoke] = useMutation(RevokeApiKey);
  const revoked = key.status === 'REVOKED';
  const endsLater = !revoked && Boolean(key.revokedAt);

  const change = useBusyAction(async (next: Pending) => {
    if (next.kind === 'revoke') {
      await revoke({ variables: { id: key.id } });
      setOutcome(`Key “${key.name}” is revoked: every request with it is now refused.`);
    } else {
      const overlapMinutes = overlapMinutesOf(next.overlap);
      if (overlapMinutes === null) throw new Error(`Enter the overlap as whole minutes from 0 to ${MAX_OVERLAP_MINUTES} (one day).`);
      const result = await rotate({ variables: { id: key.id, overlapMinutes } });
      const created = result.data?.rotateApiKey;
      if (!created) throw new Error('The key was not rotated. Try again.');
      onRotated({ name: created.apiKey.name, prefix: created.apiKey.prefix, secret: created.secret, how: 'rotated' });
      setOutcome(overlapMinutes === 0 ? `Key “${key.name}” was replaced; the old secret stopped working.` : `Key “${key.name}” was replaced; the old secret works for ${overlapMinutes} more minutes.`);
    }
    setPending(null);
  });

  const ask = (next: Pending) => {
    change.reset();
    setOutcome('');
    setPending(next);
  };

  const headingId = `api-key-${key.id}`;
  return (
    <div className="school-row" aria-labelledby={headingId} role="group">
      <h3 id={headingId}>
        {key.name}{' '}
        <span className={`badge ${revoked ? 'badge--revoked' : 'badge--active'}`}>{revoked ? 'Revoked' : endsLater ? `Active until ${formatDateTime(key.revokedAt)}` : 'Active'}</span>
      </h3>
      <dl className="school-facts">
        <div>
          <dt>Prefix</dt>
          <dd className="school-code">{key.prefix}</dd>
        </div>
        <div>
          <dt>Scopes</dt>
          <dd>{key.scopes.map((scope) => scopeWords[scope].name).join(', ')}</dd>
        </div>
        <div>
          <dt>Limits</dt>
          <dd>
            {key.rateLimitPerMinute.toLocaleString()} requests a minute · {key.dailyQuota.toLocaleString()} a day · {key.costBudgetPerMinute.toLocaleString()} cost points a minute
          </dd>
        </div>
        <div>
          <dt>Last used</dt>
          <dd>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</dd>
        </div>
        <div>
          <dt>Requests today</dt>
          <dd>{key.requestsToday.toLocaleString()}</dd>
        </div>
        <div>
          <dt>{revoked ? 'Revoked' : 'Created'}</dt>
          <dd>{formatDateTime(revoked ? key.revokedAt : key.createdAt)}</dd>
        </div>
      </dl>
      {!revoked && !pending && (
        <div className="actions">
          <Button type="button" variant="secondary" onClick={() => ask({ kind: 'rotate', overlap: '0' })} aria-label={`Rotate ${key.name}`}>
            Rotate…
          </Button>
          <Button type="button" variant="danger" onClick={() => ask({ kind: 'revoke' })} aria-label={`Revoke ${key.name}`}>
            Revoke…
          </Button>
        </div>
      )}
      {pending && (
        <div className="school-confirm" role="group" aria-label={pending.kind === 'revoke' ? `Confirm revoking ${key.name}` : `Confirm rotating ${key.name}`}>
          {pending.kind === 'revoke' ? (
            <p>
              Revoke <strong>{key.name}</strong> ({key.prefix})? Every app using it is refused from now on, and it cannot be switched back on.
            </p>
          ) : (
            <>
              <p>
                Give <strong>{key.name}</strong> a new secret? The new one is shown once. The old secret keeps working for the overlap you choose, so your apps can
                switch without a gap.
              </p>
              <TextField
                label="Overlap in minutes"
                autoFocus
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_OVERLAP_MINUTES}
                value={pending.overlap}
                onChange={(event) => setPending({ kind: 'rotate', overlap: event.target.value })}
                hint={`0 stops the old secret at once; at most ${MAX_OVERLAP_MINUTES} (one day).`}
              />
            </>
          )}
          {change.error ? <Alert>{messageOf(change.error)}</Alert> : null}
          <div className="actions">
            {/* The confirmation takes focus so keyboard and screen-reader users land on the question. */}
            <Button type="button" autoFocus={pending.kind === 'revoke'} variant={pending.kind === 'revoke' ? 'danger' : 'primary'} busy={change.busy} onClick={() => void change.run(pending)}>
              {change.busy ? 'Saving…' : pending.kind === 'revoke' ? `Yes, revoke ${key.name}` : `Yes, rotate ${key.name}`}
            </Button>
            <Button type="button" variant="secondary" disabled={change.busy} onClick={() => setPending(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      <StatusMessage message={outcome} />
    </div>
  );
}
