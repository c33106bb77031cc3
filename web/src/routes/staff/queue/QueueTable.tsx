// The queue's rows: who applied, to what, where it stands, for how long and who works on it, with a
// checkbox per row for the bulk actions.
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { days, stageLabel } from '../shared/labels';

export const QueueRowFragment = graphql(`
  fragment QueueRow on Application {
    id
    status
    decision
    daysInStage
    personalDetails {
      legalName
    }
    applicant {
      id
      displayName
    }
    program {
      id
      name
    }
    intake {
      id
      term
    }
    assignedOfficer {
      id
      displayName
    }
  }
`);

export interface QueueRowSummary {
  id: string;
  name: string;
}

/** The name staff know an application by: the applicant's legal name, else their display name. */
export function rowSummary(row: FragmentType<typeof QueueRowFragment>): QueueRowSummary {
  const data = getFragmentData(QueueRowFragment, row);
  return { id: data.id, name: data.personalDetails.legalName || data.applicant.displayName };
}

interface Props {
  rows: readonly FragmentType<typeof QueueRowFragment>[];
  selected: ReadonlySet<string>;
  onToggle(id: string, checked: boolean): void;
  onToggleAll(checked: boolean): void;
}

export function QueueTable({ rows, selected, onToggle, onToggleAll }: Props) {
  const applications = rows.map((row) => getFragmentData(QueueRowFragment, row));
  const allSelected = applications.length > 0 && applications.every((application) => selected.has(application.id));
  return (
    <div className="staff-table-wrap" role="region" aria-label="Applications" tabIndex={0}>
      <table className="staff-table">
        <caption className="muted">
          {applications.length === 1 ? '1 application' : `${applications.length} applications`} on this page
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <input type="checkbox" aria-label="Select every application on this page" checked={allSelected} onChange={(event) => onToggleAll(event.target.checked)} />
            </th>
            <th scope="col">Applicant</th>
            <th scope="col">Program</th>
            <th scope="col">Stage</th>
            <th scope="col">Days in stage</th>
            <th scope="col">Assignee</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((application) => {
            const name = application.personalDetails.legalName || application.applicant.displayName;
            return (
              <tr key={application.id}>
                <td>
                  <input type="checkbox" aria-label={`Select ${name}`} checked={selected.has(application.id)} onChange={(event) => onToggle(application.id, event.target.checked)} />
                </td>
                <th scope="row">
                  <Link to={`/staff/applications/${application.id}`}>{name}</Link>
                  {application.personalDetails.legalName && application.personalDetails.legalName !== application.applicant.displayName && (
                    <div className="muted">{application.applicant.displayName}</div>
                  )}
                </th>
                <td>
                  {application.program.name}
                  <div className="muted">{application.intake.term}</div>
                </td>
                <td>
                  {stageLabel(application.status)}
                  {application.decision ? ` (${application.decision})` : ''}
                </td>
                <td>{days(application.daysInStage)}</td>
                <td>{application.assignedOfficer?.displayName ?? <span className="muted">Unassigned</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
