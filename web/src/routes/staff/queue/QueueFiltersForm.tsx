// The queue's filters: program, stage, assignee, days in stage and the applicant's legal name. They apply
// when the form is sent (Enter in any field works), so a screen reader is not interrupted while typing. The
// page gives it a key from the address, so a change from outside (a stage count, back) starts it afresh.
import { useState, type FormEvent } from 'react';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { SelectField } from '../shared/SelectField';
import { STAGES, stageLabel } from '../shared/labels';
import type { QueueFilters } from './queue-filters';

interface Props {
  filters: QueueFilters;
  programs: readonly { id: string; name: string }[];
  onApply(filters: QueueFilters): void;
  onClear(): void;
}

export function QueueFiltersForm({ filters, programs, onApply, onClear }: Props) {
  const [draft, setDraft] = useState(filters);
  const [minDaysError, setMinDaysError] = useState<string | null>(null);
  const set = <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minDays = draft.minDays.trim();
    if (minDays && !/^\d{1,4}$/.test(minDays)) {
      setMinDaysError('Enter a whole number of days, e.g. 7.');
      return;
    }
    if (draft.search.trim().length > 100) return;
    setMinDaysError(null);
    onApply(draft);
  };

  return (
    <form className="staff-filters" onSubmit={submit} aria-label="Filter the queue">
      <SelectField
        label="Program"
        value={draft.programId}
        onChange={(event) => set('programId', event.target.value)}
        options={[{ value: '', label: 'All my programs' }, ...programs.map((program) => ({ value: program.id, label: program.name }))]}
      />
      <SelectField
        label="Stage"
        value={draft.stage}
        onChange={(event) => set('stage', event.target.value as QueueFilters['stage'])}
        options={[{ value: '', label: 'Every stage' }, ...STAGES.map((stage) => ({ value: stage, label: stageLabel(stage) }))]}
      />
      <SelectField
        label="Assigned to"
        value={draft.assignee}
        onChange={(event) => set('assignee', event.target.value as QueueFilters['assignee'])}
        options={[
          { value: '', label: 'Anyone or nobody' },
          { value: 'me', label: 'Me' },
          { value: 'unassigned', label: 'Nobody (unassigned)' },
        ]}
      />
      <TextField
        label="At least days in stage"
        inputMode="numeric"
        value={draft.minDays}
        error={minDaysError}
        onChange={(event) => set('minDays', event.target.value)}
      />
      <TextField label="Legal name contains" type="search" maxLength={100} value={draft.search} onChange={(event) => set('search', event.target.value)} />
      <div className="actions">
        <Button type="submit">Apply filters</Button>
        <Button type="button" variant="secondary" onClick={onClear}>
          Clear filters
        </Button>
      </div>
    </form>
  );
}
