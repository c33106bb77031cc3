// My newest notifications: who did what, and when; unread ones are marked.
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { Empty } from '../../../ui/States';

export const RecentNotificationsFragment = graphql(`
  fragment DashboardRecentNotifications_query on Query {
    myNotifications(first: 5) {
      edges {
        node {
          id
          kind
          readAt
          createdAt
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);

function describe(kind: string, actor: string): string {
  switch (kind) {
    case 'mention':
      return `${actor} mentioned you`;
    case 'reply':
      return `${actor} replied to you`;
    case 'comment':
      return `${actor} commented on your post`;
    case 'invite':
      return `${actor} invited you to a channel`;
    case 'moderation':
      return 'A moderator reviewed your content';
    default:
      return `New activity from ${actor}`;
  }
}

export function RecentNotifications({ query }: { query: FragmentType<typeof RecentNotificationsFragment> }) {
  const edges = getFragmentData(RecentNotificationsFragment, query).myNotifications.edges;
  if (edges.length === 0) return <Empty title="No notifications." />;
  return (
    <ul className="dashboard-list">
      {edges.map(({ node }) => (
        <li key={node.id}>
          <p className="dashboard-list__title">
            {describe(node.kind, node.actor?.displayName ?? 'Someone')}
            {!node.readAt && <span className="badge">New</span>}
          </p>
          <p className="muted dashboard-list__meta">
            <time dateTime={node.createdAt}>{new Date(node.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
