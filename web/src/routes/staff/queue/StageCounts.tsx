// How many applications wait at each stage; each count filters the queue to its stage.
import { Link, useSearchParams } from 'react-router';
import { stageLabel } from '../shared/labels';

interface Props {
  counts: readonly { status: string; count: number }[];
  current: string;
}

export function StageCounts({ counts, current }: Props) {
  const [params] = useSearchParams();
  const linkTo = (stage: string) => {
    const next = new URLSearchParams(params);
    if (stage) next.set('stage', stage);
    else next.delete('stage');
    return { search: next.toString() ? `?${next.toString()}` : '' };
  };
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <ul className="staff-counts">
      <li>
        <Link to={linkTo('')} aria-current={current === '' ? 'true' : undefined}>
          Every stage <span className="staff-counts__count">{total.toLocaleString()}</span>
        </Link>
      </li>
      {counts.map((entry) => (
        <li key={entry.status}>
          <Link to={linkTo(entry.status)} aria-current={current === entry.status ? 'true' : undefined}>
            {stageLabel(entry.status)} <span className="staff-counts__count">{entry.count.toLocaleString()}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
