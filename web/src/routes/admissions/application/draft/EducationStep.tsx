// Step 2: where the applicant studied, up to ten entries, added and removed in place.
import { useEffect, useRef } from 'react';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/TextField';
import { CheckboxField } from '../../shared/CheckboxField';
import { SelectField } from '../../../../ui/SelectField';
import type { FieldErrors } from '../../shared/field-errors';
import { emptyEducationEntry, type EducationEntryState } from './draft-state';

const LEVELS = [
  { value: 'none', label: 'No formal qualification' },
  { value: 'secondary', label: 'Secondary school' },
  { value: 'diploma', label: 'Diploma' },
  { value: 'bachelor', label: 'Bachelor’s degree' },
  { value: 'master', label: 'Master’s degree' },
  { value: 'doctorate', label: 'Doctorate' },
];
const MAX_ENTRIES = 10;

interface Props {
  value: EducationEntryState[];
  errors: FieldErrors;
  onChange(next: EducationEntryState[]): void;
  /** Entries were removed: their errors no longer match their places. */
  onEntriesRemoved(): void;
}

export function EducationStep({ value, errors, onChange, onEntriesRemoved }: Props) {
  const focusEntry = useRef<string | null>(null);
  useEffect(() => {
    if (!focusEntry.current) return;
    document.getElementById(`${focusEntry.current}-institution`)?.focus();
    focusEntry.current = null;
  }, [value.length]);

  const update = (index: number, change: Partial<EducationEntryState>) => onChange(value.map((entry, at) => (at === index ? { ...entry, ...change } : entry)));
  const add = () => {
    const entry = emptyEducationEntry();
    focusEntry.current = entry.key;
    onChange([...value, entry]);
  };
  const remove = (index: number) => {
    onChange(value.filter((_, at) => at !== index));
    onEntriesRemoved();
  };

  return (
    <>
      <p>List the schools, colleges and universities you attended, most recent first. At least one is needed to submit.</p>
      {errors.educationHistory && <Alert>{errors.educationHistory}</Alert>}
      {value.length === 0 && <p className="muted">No education listed yet.</p>}
      {value.map((entry, index) => {
        const at = (key: string) => errors[`educationHistory[${index}].${key}`];
        const name = `Education ${index + 1}`;
        return (
          <fieldset key={entry.key} className="admissions-fieldset">
            <legend>{entry.institution.trim() ? `${name}: ${entry.institution}` : name}</legend>
            <TextField id={`${entry.key}-institution`} label="Institution" hint="The school, college or university." maxLength={200} value={entry.institution} onChange={(event) => update(index, { institution: event.target.value })} error={at('institution')} />
            <div className="admissions-two">
              <SelectField label="Level" value={entry.level} onChange={(event) => update(index, { level: event.target.value })} error={at('level')}>
                <option value="">Choose a level</option>
                {LEVELS.map((level) => (
                  <option key={level.value} value={level.value}>
                    {level.label}
                  </option>
                ))}
              </SelectField>
              <TextField label="Field of study" hint="Optional." maxLength={120} value={entry.field} onChange={(event) => update(index, { field: event.target.value })} error={at('field')} />
              <TextField label="From" hint="YYYY-MM, e.g. 2019-09." inputMode="numeric" placeholder="YYYY-MM" maxLength={7} value={entry.from} onChange={(event) => update(index, { from: event.target.value })} error={at('from')} />
              <TextField label="Until" hint="YYYY-MM; empty while you still study there." inputMode="numeric" placeholder="YYYY-MM" maxLength={7} value={entry.until} onChange={(event) => update(index, { until: event.target.value })} error={at('until')} />
            </div>
            <CheckboxField label="Completed" checked={entry.completed} onChange={(event) => update(index, { completed: event.target.checked })} />
            <Button variant="secondary" onClick={() => remove(index)} aria-label={`Remove ${name}`}>
              Remove
            </Button>
          </fieldset>
        );
      })}
      {value.length < MAX_ENTRIES ? (
        <Button variant="secondary" onClick={add}>
          Add education
        </Button>
      ) : (
        <p className="muted">You have listed the most places allowed (10); keep the most relevant.</p>
      )}
    </>
  );
}
