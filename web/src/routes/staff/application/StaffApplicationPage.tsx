// /staff/applications/:id: one application as staff see it, from what the applicant gave to the decision.
// Each section declares its own fragment; this page composes them into one query.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { ErrorState, Loading } from '../../../ui/States';
import { codeOf } from '../../../ui/error-message';
import { days, decisionLabel, formatDateTime, stageLabel } from '../shared/labels';
import { DocumentsSection, EducationSection, PersonalDetailsSection, ReferencesSection, StatementsSection } from './ApplicantSections';
import { EligibilitySection } from './EligibilitySection';
import { InterviewSection } from './InterviewSection';
import { SpiritualEvaluationSection } from './SpiritualEvaluationSection';
import { AssignmentSection, DecisionSection, NotesSection, TimelineSection } from './StaffWorkSections';
import '../shared/staff.css';

const StaffApplication = graphql(`
  query StaffApplication($id: ID!) {
    application(id: $id) {
      id
      status
      decision
      viewerRole
      daysInStage
      submittedAt
      applicant {
        id
        displayName
      }
      personalDetails {
        legalName
      }
      program {
        id
        name
      }
      intake {
        id
        term
      }
      ...StaffPersonalDetails
      ...StaffEducation
      ...StaffStatements
      ...StaffDocuments
      ...StaffReferences
      ...StaffEligibility
      ...StaffSpiritualEvaluation
      ...StaffInterview
      ...StaffAssignment
      ...StaffNotes
      ...StaffTimeline
      ...StaffDecision
    }
  }
`);

const CONTENTS = [
  ['personal', 'Personal details'],
  ['education', 'Education'],
  ['statements', 'Statements'],
  ['documents', 'Documents'],
  ['references', 'References'],
  ['eligibility', 'Eligibility'],
  ['spiritual', 'Spiritual evaluation'],
  ['interview', 'Interview'],
  ['assignment', 'Assignment'],
  ['notes', 'Internal notes'],
  ['decision', 'Decision'],
  ['timeline', 'Timeline'],
] as const;

export function StaffApplicationPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(StaffApplication, { variables: { id } });

  if (loading && !data) return <Loading label="Loading the application…" />;
  if (error) {
    return (
      <>
        <h1>Application</h1>
        {codeOf(error) === 'FORBIDDEN' ? <Alert tone="info">This page is for the admissions staff of the application’s program.</Alert> : <ErrorState error={error} />}
        <BackToQueue />
      </>
    );
  }
  const application = data?.application;
  if (!application) {
    return (
      <>
        <h1>Application not found</h1>
        <Alert tone="info">There is no application with this address that you may review. It may belong to a program you do not work on.</Alert>
        <BackToQueue />
      </>
    );
  }
  if (application.viewerRole === 'applicant') {
    return (
      <>
        <h1>Your own application</h1>
        <Alert tone="info">
          Nobody assesses their own application. <Link to="/applications">See it as an applicant</Link>.
        </Alert>
      </>
    );
  }

  const name = application.personalDetails.legalName || application.applicant.displayName;
  return (
    <>
      <BackToQueue />
      <h1>{name}</h1>
      <dl className="staff-details card" aria-label="Summary">
        <dt>Program</dt>
        <dd>
          {application.program.name}, {application.intake.term}
        </dd>
        <dt>Stage</dt>
        <dd>
          <span className="badge">{stageLabel(application.status)}</span>
          {application.decision ? ` ${decisionLabel(application.decision)}` : ''} · {days(application.daysInStage)} in this stage
        </dd>
        <dt>Submitted</dt>
        <dd>{formatDateTime(application.submittedAt)}</dd>
      </dl>
      <nav aria-label="Sections of the application">
        <ul className="staff-toc">
          {CONTENTS.map(([anchor, title]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <PersonalDetailsSection application={application} />
      <EducationSection application={application} />
      <StatementsSection application={application} />
      <DocumentsSection application={application} />
      <ReferencesSection application={application} />
      <EligibilitySection application={application} />
      <SpiritualEvaluationSection application={application} onRefresh={() => refetch()} />
      <InterviewSection application={application} />
      <AssignmentSection application={application} />
      <NotesSection application={application} />
      <DecisionSection application={application} />
      <TimelineSection application={application} />
    </>
  );
}

function BackToQueue() {
  return (
    <p>
      <Link to="/staff/admissions">← Back to the queue</Link>
    </p>
  );
}
