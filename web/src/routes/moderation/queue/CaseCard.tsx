// One moderation case: what was reported (quoted as it reads now), who wrote it, who reported it and
// why; open cases carry the decision form.
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../ui/dates';
import { BanAuthorForm } from './BanAuthorForm';
import { CaseDecisionForm } from './CaseDecisionForm';
import { sourceWords, statusWords, targetWords } from './case-words';

export const ModerationCaseCardFragment = graphql(`
  fragment ModerationCaseCard on ModerationCase {
    id
    targetType
    targetId
    source
    content
    reason
    status
    decisionReason
    createdAt
    decidedAt
    author {
      id
      displayName
    }
    reporter {
      id
      displayName
    }
  }
`);

interface CaseCardProps {
  moderationCase: FragmentType<typeof ModerationCaseCardFragment>;
  /** Community-wide bans are for administrators only; channel moderators do not see the ban form. */
  canBan: boolean;
  onDecided(message: string): void;
}

export function CaseCard({ moderationCase, canBan, onDecided }: CaseCardProps) {
  const item = getFragmentData(ModerationCaseCardFragment, moderationCase);
  const headingId = `case-${item.id}`;
  return (
    <article className="card moderation-case" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {targetWords[item.targetType]} by {item.author.displayName}
      </h3>
      <p className="moderation-case__meta">
        <span className="badge">{statusWords[item.status]}</span>
        <span className="muted">{sourceWords[item.source]}</span>
      </p>
      {item.content === null || item.content === undefined ? (
        <p className="muted">The content is no longer there (deleted).</p>
      ) : (
        <blockquote className="moderation-case__content" aria-label="Reported content">
          {item.content}
        </blockquote>
      )}
      <dl>
        <dt>Reason</dt>
        <dd>{item.reason}</dd>
        <dt>Reported by</dt>
        <dd>{item.reporter?.displayName ?? (item.source === 'blocked_word' ? 'The blocked-words filter' : '—')}</dd>
        <dt>Opened</dt>
        <dd>{formatDateTime(item.createdAt)}</dd>
        {item.status !== 'open' && (
          <>
            <dt>Decided</dt>
            <dd>{formatDateTime(item.decidedAt)}</dd>
            <dt>Note to the author</dt>
            <dd>{item.decisionReason ?? '—'}</dd>
          </>
        )}
      </dl>
      {item.status === 'open' && <CaseDecisionForm caseId={item.id} what={targetWords[item.targetType].toLowerCase()} onDecided={onDecided} />}
      {canBan && <BanAuthorForm authorId={item.author.id} authorName={item.author.displayName} />}
    </article>
  );
}
