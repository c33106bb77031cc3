// What the applicant gave: personal details, education, statements, documents, and their referees'
// answers (which only staff see).
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Empty } from '../../../ui/States';
import { Section } from '../shared/Section';
import { formatBytes, formatDate, formatDateTime } from '../shared/labels';

export const StaffPersonalDetailsFragment = graphql(`
  fragment StaffPersonalDetails on Application {
    applicant {
      id
      displayName
    }
    personalDetails {
      legalName
      dateOfBirth
      phone
      country
      address
    }
  }
`);

const orDash = (value: string | null | undefined) => (value && value.trim() ? value : <span className="muted">Not given</span>);

export function PersonalDetailsSection(props: { application: FragmentType<typeof StaffPersonalDetailsFragment> }) {
  const { applicant, personalDetails } = getFragmentData(StaffPersonalDetailsFragment, props.application);
  return (
    <Section id="personal" title="Personal details">
      <dl className="staff-details">
        <dt>Legal name</dt>
        <dd>{orDash(personalDetails.legalName)}</dd>
        <dt>Account name</dt>
        <dd>{applicant.displayName}</dd>
        <dt>Date of birth</dt>
        <dd>{personalDetails.dateOfBirth ? formatDate(`${personalDetails.dateOfBirth}T00:00:00`) : orDash(null)}</dd>
        <dt>Phone</dt>
        <dd>{orDash(personalDetails.phone)}</dd>
        <dt>Country</dt>
        <dd>{orDash(personalDetails.country)}</dd>
        <dt>Address</dt>
        <dd className="staff-prose">{orDash(personalDetails.address)}</dd>
      </dl>
    </Section>
  );
}

export const StaffEducationFragment = graphql(`
  fragment StaffEducation on Application {
    educationHistory {
      institution
      level
      field
      from
      until
      completed
    }
  }
`);

export function EducationSection(props: { application: FragmentType<typeof StaffEducationFragment> }) {
  const { educationHistory } = getFragmentData(StaffEducationFragment, props.application);
  return (
    <Section id="education" title="Education">
      {educationHistory.length === 0 ? (
        <Empty title="No education listed" />
      ) : (
        <ol className="staff-list">
          {educationHistory.map((entry, index) => (
            <li key={index}>
              <strong>{entry.institution || 'Institution not given'}</strong>
              {entry.level ? `, ${entry.level}` : ''}
              {entry.field ? ` in ${entry.field}` : ''}
              <div className="muted">
                {entry.from ?? '?'} – {entry.until ?? 'now'} · {entry.completed ? 'completed' : 'not completed'}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

export const StaffStatementsFragment = graphql(`
  fragment StaffStatements on Application {
    statementOfFaith
    personalStatement
  }
`);

export function StatementsSection(props: { application: FragmentType<typeof StaffStatementsFragment> }) {
  const { statementOfFaith, personalStatement } = getFragmentData(StaffStatementsFragment, props.application);
  return (
    <Section id="statements" title="Statements">
      <h3>Statement of faith</h3>
      {statementOfFaith.trim() ? <p className="staff-prose">{statementOfFaith}</p> : <p className="muted">Not written.</p>}
      <h3>Personal statement</h3>
      {personalStatement.trim() ? <p className="staff-prose">{personalStatement}</p> : <p className="muted">Not written.</p>}
    </Section>
  );
}

export const StaffDocumentsFragment = graphql(`
  fragment StaffDocuments on Application {
    documents {
      id
      kind
      fileName
      contentType
      sizeBytes
      uploadedAt
      url
    }
  }
`);

const DOCUMENT_KINDS: Record<string, string> = { transcript: 'Transcript', identity: 'Identity document', recommendation: 'Recommendation', other: 'Other' };

export function DocumentsSection(props: { application: FragmentType<typeof StaffDocumentsFragment> }) {
  const { documents } = getFragmentData(StaffDocumentsFragment, props.application);
  return (
    <Section id="documents" title="Documents">
      {documents.length === 0 ? (
        <Empty title="No documents uploaded" />
      ) : (
        <ul className="staff-list">
          {documents.map((document) => (
            <li key={document.id}>
              <strong>{DOCUMENT_KINDS[document.kind] ?? document.kind}</strong>:{' '}
              <a href={document.url} download={document.fileName} target="_blank" rel="noreferrer">
                Download {document.fileName}
              </a>
              <div className="muted">
                {formatBytes(document.sizeBytes)} · uploaded {formatDateTime(document.uploadedAt)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export const StaffReferencesFragment = graphql(`
  fragment StaffReferences on Application {
    references {
      id
      refereeName
      refereeEmail
      relationship
      status
      invitedAt
      expiresAt
      submittedAt
      response {
        recommendation
        answers {
          questionId
          question
          answer
        }
      }
    }
  }
`);

const RECOMMENDATIONS: Record<string, string> = {
  strongly_recommend: 'Strongly recommends',
  recommend: 'Recommends',
  neutral: 'Neutral',
  not_recommend: 'Does not recommend',
};

export function ReferencesSection(props: { application: FragmentType<typeof StaffReferencesFragment> }) {
  const { references } = getFragmentData(StaffReferencesFragment, props.application);
  return (
    <Section id="references" title="References">
      {references.length === 0 ? (
        <Empty title="No referees invited" />
      ) : (
        references.map((reference) => (
          <article key={reference.id} aria-labelledby={`reference-${reference.id}`}>
            <h3 id={`reference-${reference.id}`}>
              {reference.refereeName} <span className="badge">{reference.status}</span>
            </h3>
            <p className="muted">
              {reference.relationship} · {reference.refereeEmail} · invited {formatDate(reference.invitedAt)}
              {reference.submittedAt ? ` · answered ${formatDate(reference.submittedAt)}` : ` · link expires ${formatDate(reference.expiresAt)}`}
            </p>
            {reference.response ? (
              <>
                <p>
                  <strong>{RECOMMENDATIONS[reference.response.recommendation] ?? reference.response.recommendation}</strong>
                </p>
                <dl className="staff-qa">
                  {reference.response.answers.map((answer) => (
                    <div key={answer.questionId} style={{ display: 'contents' }}>
                      <dt>{answer.question}</dt>
                      <dd>{answer.answer}</dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : (
              <p className="muted">No answer yet.</p>
            )}
          </article>
        ))
      )}
    </Section>
  );
}
