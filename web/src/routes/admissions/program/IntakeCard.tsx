// One intake of a program with its dates and places, and the way to apply to it: signed-out people are
// sent to sign in first; an existing application to the intake is linked instead of started twice.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useAuth } from '../../../auth/AuthProvider';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { codeOf, messageOf } from '../../../ui/error-message';
import { extensionOf } from '../shared/field-errors';
import { formatDateTime, formatDay, plural } from '../shared/format';

export const IntakeCardFragment = graphql(`
  fragment IntakeCard_ProgramIntake on ProgramIntake {
    id
    term
    startsOn
    applicationDeadline
    capacity
    placesLeft
    open
  }
`);

const StartApplicationMutation = graphql(`
  mutation StartApplication($intakeId: ID!) {
    startApplication(intakeId: $intakeId) {
      id
      status
    }
  }
`);

export function IntakeCard(props: { intake: FragmentType<typeof IntakeCardFragment> }) {
  const intake = getFragmentData(IntakeCardFragment, props.intake);
  const { session } = useAuth();
  const navigate = useNavigate();
  const [start, { loading }] = useMutation(StartApplicationMutation, { refetchQueries: ['MyApplications'] });
  const [problem, setProblem] = useState<{ message: string; applicationId?: string } | null>(null);
  const headingId = `intake-${intake.id}`;

  const apply = async () => {
    setProblem(null);
    try {
      const result = await start({ variables: { intakeId: intake.id } });
      const id = result.data?.startApplication.id;
      if (id) await navigate(`/applications/${id}`);
    } catch (error) {
      setProblem({ message: messageOf(error), applicationId: codeOf(error) === 'CONFLICT' ? extensionOf(error, 'applicationId') : undefined });
    }
  };

  return (
    <section className="card admissions-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{intake.term}</h3>
      <dl className="admissions-facts">
        <dt>Starts</dt>
        <dd>{formatDay(intake.startsOn)}</dd>
        <dt>Apply by</dt>
        <dd>{formatDateTime(intake.applicationDeadline)}</dd>
        <dt>Places left</dt>
        <dd>
          {plural(intake.placesLeft, 'place')} of {intake.capacity}
        </dd>
      </dl>
      {problem && (
        <Alert>
          {problem.message}{' '}
          {problem.applicationId && <Link to={`/applications/${problem.applicationId}`}>Open your application</Link>}
        </Alert>
      )}
      <div className="actions">
        {!intake.open ? (
          <p className="muted">This intake no longer takes applications.</p>
        ) : session ? (
          <Button busy={loading} onClick={() => void apply()}>
            Apply for {intake.term}
          </Button>
        ) : (
          <Link className="button button--primary" to={`/login?next=${encodeURIComponent(window.location.pathname)}`}>
            Sign in to apply for {intake.term}
          </Link>
        )}
      </div>
    </section>
  );
}
