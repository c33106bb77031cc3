// The dashboard's heading: a greeting by name. The name from the session shows at once; the graph's
// (which may have changed since sign-in) replaces it when it arrives.
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useAuth } from '../../../auth/AuthProvider';

export const GreetingFragment = graphql(`
  fragment DashboardGreeting_user on User {
    id
    displayName
  }
`);

function greetingFor(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function Greeting({ user }: { user: FragmentType<typeof GreetingFragment> | null | undefined }) {
  const { session } = useAuth();
  const name = getFragmentData(GreetingFragment, user)?.displayName ?? session?.user.displayName ?? '';
  return (
    <h1>
      {greetingFor(new Date().getHours())}
      {name ? `, ${name}` : ''}
    </h1>
  );
}
