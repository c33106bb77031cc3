// My course badges (soulbound ScrollBadges), newest first, each linking to its course and, once minted,
// to the public page where anyone can check it on chain.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formatDate } from '../../../ui/dates';
import { mintStatusWords } from './badge-words';

const WalletBadges = graphql(`
  query WalletBadges {
    me {
      id
      badges {
        id
        issuedAt
        finalGrade
        tokenId
        mintStatus
        course {
          id
          slug
          title
        }
      }
    }
  }
`);

export function BadgesPanel() {
  const { data, loading, error } = useQuery(WalletBadges);
  if (loading && !data) return <Loading label="Loading badges…" />;
  if (error && !data) return <ErrorState error={error} />;
  const badges = data?.me?.badges ?? [];
  if (badges.length === 0) {
    return (
      <Empty title="No badges yet.">
        <p>Complete a course to earn its ScrollBadge.</p>
      </Empty>
    );
  }
  return (
    <ul className="wallet-list">
      {badges.map((badge) => (
        <li key={badge.id} className="wallet-list__item">
          <p className="wallet-list__title">
            <Link to={`/courses/${badge.course.slug}`}>{badge.course.title}</Link> <span className="badge">{mintStatusWords(badge.mintStatus)}</span>
          </p>
          <p className="muted">
            Issued {formatDate(badge.issuedAt)}
            {badge.finalGrade != null && ` · final grade ${badge.finalGrade}%`}
          </p>
          {badge.tokenId != null && (
            <p>
              <Link to={`/badges/verify/${badge.tokenId}`}>Verify badge #{badge.tokenId} on chain</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
