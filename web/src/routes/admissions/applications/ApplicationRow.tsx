// One of my applications in the list: the program and intake, where it stands and for how long.
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { STATUS_LABELS, formatDate, plural } from '../shared/format';

export const ApplicationRowFragment = graphql(`
  fragment ApplicationRow_Application on Application {
    id
    status
    daysInStage
    updatedAt
    submittedAt
    program {
      id
      name
    }
    intake {
      id
      term
    }
  }
`);

export function ApplicationRow(props: { application: FragmentType<typeof ApplicationRowFragment> }) {
  const application = getFragmentData(ApplicationRowFragment, props.application);
  return (
    <tr>
      <th scope="row">
        <Link to={`/applications/${application.id}`}>{application.program.name}</Link>
        <br />
        <span className="muted">{application.intake.term}</span>
      </th>
      <td>
        <span className="badge">{STATUS_LABELS[application.status]}</span>
      </td>
      <td>{application.daysInStage === 0 ? 'Since today' : plural(application.daysInStage, 'day')}</td>
      <td>{application.status === 'draft' ? `Saved ${formatDate(application.updatedAt)}` : application.submittedAt ? `Submitted ${formatDate(application.submittedAt)}` : ''}</td>
    </tr>
  );
}
