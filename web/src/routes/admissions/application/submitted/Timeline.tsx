// Every step of the application so far, oldest first, with who made it and why where the applicant may see it.
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { STATUS_LABELS, formatDateTime } from '../../shared/format';
import { withLocalTimestamps } from '../../../../ui/dates';

export const TimelineFragment = graphql(`
  fragment Timeline_Application on Application {
    id
    timeline {
      id
      fromStatus
      toStatus
      at
      byPlatform
      note
      actor {
        id
        displayName
      }
    }
  }
`);

export function Timeline(props: { application: FragmentType<typeof TimelineFragment> }) {
  const { timeline } = getFragmentData(TimelineFragment, props.application);
  return (
    <ol className="timeline" aria-label="Status timeline">
      {timeline.map((step) => (
        <li key={step.id}>
          <strong>{STATUS_LABELS[step.toStatus]}</strong>
          <br />
          <span className="muted">
            <time dateTime={step.at}>{formatDateTime(step.at)}</time>
            {step.byPlatform ? ' · by ScrollForge' : step.actor ? ` · by ${step.actor.displayName}` : ''}
          </span>
          {step.note && <p>{withLocalTimestamps(step.note)}</p>}
        </li>
      ))}
    </ol>
  );
}
