// Picks what the analytics page shows: a course, the first and last day, and per day or per week.
// Applying puts the choice in the address bar so a view can be shared or bookmarked.
import { useState, type FormEvent } from 'react';
import type { AnalyticsBucket } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { BUCKETS, bucketWords, periodProblem, type PeriodChoice } from './analytics-period';

export interface AnalyticsChoice extends PeriodChoice {
  courseId: string;
}

interface PeriodFormProps {
  choice: AnalyticsChoice;
  courses: readonly { id: string; title: string }[];
  onApply(choice: AnalyticsChoice): void;
}

export function PeriodForm({ choice, courses, onApply }: PeriodFormProps) {
  const [draft, setDraft] = useState(choice);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(draft);
    setProblem(found);
    if (!found) onApply(draft);
  };
  return (
    <form className="admin-filters card" aria-label="What to show" onSubmit={submit}>
      <SelectField label="Course" value={draft.courseId} onChange={(event) => setDraft({ ...draft, courseId: event.target.value })}>
        {courses.length === 0 && !draft.courseId && <option value="">No published course</option>}
        {draft.courseId && !courses.some((course) => course.id === draft.courseId) && <option value={draft.courseId}>The course in the address</option>}
        {courses.map((course) => (
          <option key={course.id} value={course.id}>
            {course.title}
          </option>
        ))}
      </SelectField>
      <TextField label="First day" type="date" value={draft.fromDay} required onChange={(event) => setDraft({ ...draft, fromDay: event.target.value })} error={problem} />
      <TextField label="Last day" type="date" value={draft.toDay} required onChange={(event) => setDraft({ ...draft, toDay: event.target.value })} />
      <SelectField label="Group" value={draft.bucket} onChange={(event) => setDraft({ ...draft, bucket: event.target.value as AnalyticsBucket })}>
        {BUCKETS.map((bucket) => (
          <option key={bucket} value={bucket}>
            {bucketWords[bucket]}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <Button type="submit">Show</Button>
      </div>
    </form>
  );
}
