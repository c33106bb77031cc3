// The last 14 UTC days of one key's traffic: requests let through and requests refused (rate limit,
// daily quota or cost budget), each as a bar chart with its numbers in a table. One key at a time, so
// the page stays readable on a phone.
import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { BarChart } from '../../../ui/BarChart';
import { SelectField } from '../../../ui/SelectField';
import { Empty } from '../../../ui/States';

/** The days shown, as the fragment's `usage(days: 14)` asks for them. */
const USAGE_DAYS = 14;

export const ApiKeyUsageFragment = graphql(`
  fragment SchoolApiKeyUsage_ApiKey on ApiKey {
    id
    name
    prefix
    status
    usage(days: 14) {
      date
      requests
      refused
    }
  }
`);

/** "2026-03-07" (a UTC day) as "7 Mar", read in UTC so it never shifts a day. */
const dayLabel = (date: string): string => new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function ApiKeyUsageSection({ keys: keyRefs }: { keys: ReadonlyArray<FragmentType<typeof ApiKeyUsageFragment>> }) {
  const keys = getFragmentData(ApiKeyUsageFragment, keyRefs);
  const [chosenId, setChosenId] = useState('');
  const key = keys.find((candidate) => candidate.id === chosenId) ?? keys.find((candidate) => candidate.status === 'ACTIVE') ?? keys[0];

  return (
    <section className="card" aria-labelledby="usage-heading">
      <h2 id="usage-heading">Usage</h2>
      {!key ? (
        <Empty title="No usage yet.">
          <p className="muted">Each key’s requests of the last {USAGE_DAYS} days show here once it exists.</p>
        </Empty>
      ) : (
        <>
          <SelectField label="Key" value={key.id} onChange={(event) => setChosenId(event.target.value)}>
            {keys.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name} ({candidate.prefix}){candidate.status === 'REVOKED' ? ', revoked' : ''}
              </option>
            ))}
          </SelectField>
          <UsageCharts name={key.name} usage={key.usage} />
        </>
      )}
    </section>
  );
}

function UsageCharts({ name, usage }: { name: string; usage: ReadonlyArray<{ date: string; requests: number; refused: number }> }) {
  const requests = usage.reduce((sum, day) => sum + day.requests, 0);
  const refused = usage.reduce((sum, day) => sum + day.refused, 0);
  const from = usage[0]?.date;
  const to = usage.at(-1)?.date;
  return (
    <>
      <BarChart
        title={`Requests let through per day: ${name}`}
        description={`Requests with the key “${name}” that were answered, one bar per UTC day from ${from} to ${to}; ${requests.toLocaleString()} in all.`}
        points={usage.map((day) => ({ label: dayLabel(day.date), value: day.requests }))}
        labelHeading="Day (UTC)"
        valueHeading="Requests"
      />
      <BarChart
        title={`Requests refused per day: ${name}`}
        description={`Requests with the key “${name}” refused by its rate limit, daily quota or cost budget, one bar per UTC day from ${from} to ${to}; ${refused.toLocaleString()} in all.`}
        points={usage.map((day) => ({ label: dayLabel(day.date), value: day.refused }))}
        labelHeading="Day (UTC)"
        valueHeading="Refused"
      />
    </>
  );
}
