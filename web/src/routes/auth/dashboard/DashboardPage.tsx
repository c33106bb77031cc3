// /dashboard: the signed-in person's start page. Each part (courses, devotion, wallet, notifications)
// reads its own fragment through its own query, so a part whose service fails shows its error while
// the rest still shows (several root fields are non-null: one failing would void a single query).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Greeting } from './Greeting';
import { MyCourses } from './MyCourses';
import { Panel } from './Panel';
import { RecentNotifications } from './RecentNotifications';
import { TodayDevotion } from './TodayDevotion';
import { WalletBalance } from './WalletBalance';
import './dashboard.css';

const DashboardMeQuery = graphql(`
  query DashboardMe {
    me {
      id
      ...DashboardGreeting_user
      ...DashboardMyCourses_user
    }
  }
`);

const DashboardDevotionQuery = graphql(`
  query DashboardDevotion($timezone: String!) {
    ...DashboardTodayDevotion_query
  }
`);

const DashboardWalletQuery = graphql(`
  query DashboardWallet {
    ...DashboardWalletBalance_query
  }
`);

const DashboardNotificationsQuery = graphql(`
  query DashboardNotifications {
    ...DashboardRecentNotifications_query
  }
`);

function browserTimezone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function DashboardPage() {
  const me = useQuery(DashboardMeQuery, { errorPolicy: 'all' });
  const devotion = useQuery(DashboardDevotionQuery, { variables: { timezone: browserTimezone() } });
  const wallet = useQuery(DashboardWalletQuery);
  const notifications = useQuery(DashboardNotificationsQuery);
  const user = me.data?.me;

  return (
    <>
      <title>Dashboard · ScrollForge</title>
      <Greeting user={user} />
      <p className="muted">Here is where you are today.</p>
      <div className="grid">
        <Panel id="dashboard-courses" title="My courses" loading={me.loading && !user} error={user ? undefined : (me.error ?? new Error('We could not load your courses. Reload the page to try again.'))}>
          {user && <MyCourses user={user} />}
        </Panel>
        <Panel id="dashboard-devotion" title="Today’s devotion" loading={devotion.loading && !devotion.data} error={devotion.error}>
          {devotion.data && <TodayDevotion query={devotion.data} />}
        </Panel>
        <Panel id="dashboard-wallet" title="Wallet" loading={wallet.loading && !wallet.data} error={wallet.error}>
          {wallet.data && <WalletBalance query={wallet.data} />}
        </Panel>
        <Panel id="dashboard-notifications" title="Notifications" loading={notifications.loading && !notifications.data} error={notifications.error}>
          {notifications.data && <RecentNotifications query={notifications.data} />}
        </Panel>
      </div>
    </>
  );
}
