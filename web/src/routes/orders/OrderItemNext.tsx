// Where an order's item takes its buyer next: the course to start, the application to go back to, the
// tutor to ask. Only once the order is paid does the link promise access.
import { Link } from 'react-router';
import type { OrderItemNextFragment as Item } from '../../gql/graphql';
import { graphql } from '../../gql';

export const OrderItemNextFields = graphql(`
  fragment OrderItemNext on OrderItem {
    id
    kind
    applicationId
    course {
      id
      slug
      title
    }
  }
`);

export function OrderItemNext({ item, paid }: { item: Item; paid: boolean }) {
  if (item.kind === 'course' && item.course) {
    return <Link to={`/courses/${item.course.slug}`}>{paid ? `Start ${item.course.title}` : `Back to ${item.course.title}`}</Link>;
  }
  if (item.kind === 'application_fee' && item.applicationId) {
    return <Link to={`/applications/${item.applicationId}`}>Back to your application</Link>;
  }
  if (item.kind === 'tutor_plan') return <Link to="/tutor">Go to the tutor</Link>;
  return null;
}
