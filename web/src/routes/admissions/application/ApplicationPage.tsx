// /applications/:id: one of my applications. A draft is the six-step form; afterwards its progress.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql, getFragmentData } from '../../../gql';
import { ErrorState, Loading } from '../../../ui/States';
import { STATUS_LABELS, formatDate, plural } from '../shared/format';
import { DraftForm } from './draft/DraftForm';
import { SubmittedView } from './submitted/SubmittedView';
import '../shared/admissions.css';

/** Everything the page shows; mutations that move the application return it so the page follows. */
export const ApplicationStateFragment = graphql(`
  fragment ApplicationState_Application on Application {
    id
    status
    daysInStage
    submittedAt
    program {
      id
      name
      slug
    }
    intake {
      id
      term
    }
    ...DraftForm_Application
    ...SubmittedView_Application
  }
`);

const ApplicationQuery = graphql(`
  query ApplicationPage($id: ID!) {
    application(id: $id) {
      id
      ...ApplicationState_Application
    }
  }
`);

export function ApplicationPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ApplicationQuery, { variables: { id } });
  if (loading && !data) return <Loading label="Loading your application…" />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data?.application) {
    return (
      <>
        <h1>Application not found</h1>
        <p>
          There is no application of yours at this address. <Link to="/applications">See your applications</Link>.
        </p>
      </>
    );
  }
  const application = getFragmentData(ApplicationStateFragment, data.application);
  const isDraft = application.status === 'draft';
  return (
    <>
      <p>
        <Link to="/applications">← My applications</Link>
      </p>
      <h1>
        {application.program.name}: {application.intake.term}
      </h1>
      <div className="admissions-status">
        <span className="badge">{STATUS_LABELS[application.status]}</span>
        <span className="muted">
          {isDraft ? 'Not yet submitted' : application.submittedAt ? `Submitted ${formatDate(application.submittedAt)}` : ''}
          {' · '}
          {application.daysInStage === 0 ? 'in this stage since today' : `${plural(application.daysInStage, 'day')} in this stage`}
        </span>
      </div>
      {isDraft ? <DraftForm key={application.id} application={application} /> : <SubmittedView application={application} />}
    </>
  );
}
