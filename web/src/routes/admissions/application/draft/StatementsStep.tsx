// Step 3: the statement of faith and the personal statement, with their character counts.
import { TextArea } from '../../../../ui/TextArea';
import type { FieldErrors } from '../../shared/field-errors';

interface Props {
  statementOfFaith: string;
  personalStatement: string;
  errors: FieldErrors;
  onChange(change: { statementOfFaith?: string; personalStatement?: string }): void;
}

export function StatementsStep({ statementOfFaith, personalStatement, errors, onChange }: Props) {
  return (
    <>
      <p>Write in your own words. You can save and come back as often as you like.</p>
      <TextArea
        label="Statement of faith"
        hint="What you believe, in 200 to 5,000 characters."
        rows={8}
        maxLength={5000}
        value={statementOfFaith}
        onChange={(event) => onChange({ statementOfFaith: event.target.value })}
        error={errors.statementOfFaith}
      />
      <TextArea
        label="Personal statement"
        hint="Why you want to study this program, in 300 to 8,000 characters."
        rows={10}
        maxLength={8000}
        value={personalStatement}
        onChange={(event) => onChange({ personalStatement: event.target.value })}
        error={errors.personalStatement}
      />
    </>
  );
}
