// /badges/verify/:tokenId — public: anyone shown a ScrollBadge (signed out too) checks it on chain here:
// who owns the token, whether it is locked (soulbound), and whether the metadata hash on chain matches
// what ScrollForge serves for it.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { ErrorState, Loading } from '../../../ui/States';
import { formatDate } from '../../../ui/dates';
import { tokenIdOf } from '../badges/badge-words';
import '../wallet.css';

const VerifyBadge = graphql(`
  query VerifyBadge($tokenId: Int!) {
    verifyBadge(tokenId: $tokenId) {
      valid
      tokenId
      ownerAddress
      locked
      metadataHashMatches
      badge {
        id
        issuedAt
        grade
        course {
          id
          slug
          title
        }
      }
    }
  }
`);

export function BadgeVerifyPage() {
  const tokenId = tokenIdOf(useParams().tokenId);
  return (
    <>
      <h1>Verify a ScrollBadge</h1>
      {tokenId === null ? <Alert>That is not a badge token number. Check the link you were given.</Alert> : <Verification tokenId={tokenId} />}
    </>
  );
}

function Verification({ tokenId }: { tokenId: number }) {
  const { data, loading, error } = useQuery(VerifyBadge, { variables: { tokenId } });
  if (loading && !data) return <Loading label={`Checking badge #${tokenId} on chain…`} />;
  if (error && !data) return <ErrorState error={error} />;
  const check = data?.verifyBadge;
  if (!check) return <ErrorState error={new Error('The check returned nothing.')} />;
  return (
    <section className="card" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Badge #{check.tokenId}</h2>
      {check.valid ? (
        <Alert tone="success">Valid: minted, held by the address it was issued to, soulbound, and its record unaltered.</Alert>
      ) : (
        <Alert>Not valid: {check.ownerAddress ? 'at least one check below failed.' : 'no badge with this number exists on chain.'}</Alert>
      )}
      <dl className="wallet-facts">
        <dt>Owner on chain</dt>
        <dd className="wallet-address">{check.ownerAddress ?? 'None: this token was never minted'}</dd>
        <dt>Locked (soulbound)</dt>
        <dd>
          <CheckMark ok={check.locked} yes="Yes: it can never be transferred" no="No" />
        </dd>
        <dt>Metadata hash</dt>
        <dd>
          <CheckMark ok={check.metadataHashMatches} yes="Matches the record ScrollForge serves" no="Does not match" />
        </dd>
        {check.badge && (
          <>
            <dt>Course</dt>
            <dd>
              <Link to={`/courses/${check.badge.course.slug}`}>{check.badge.course.title}</Link>
            </dd>
            <dt>Issued</dt>
            <dd>{formatDate(check.badge.issuedAt)}</dd>
            {check.badge.grade != null && (
              <>
                <dt>Final grade</dt>
                <dd>{check.badge.grade}%</dd>
              </>
            )}
          </>
        )}
      </dl>
    </section>
  );
}

function CheckMark({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return (
    <span className={ok ? 'wallet-check wallet-check--ok' : 'wallet-check wallet-check--fail'}>
      <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
      {ok ? yes : no}
    </span>
  );
}
