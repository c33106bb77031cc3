// Step 6: what will be sent, the fee it costs, and submitting. A refused submission lists every problem
// the graph found (each is also shown at its field on its step).
import { useEffect, useRef } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/TextField';
import type { FieldErrors, FieldProblem } from '../../shared/field-errors';
import { formatMoney, plural } from '../../shared/format';
import { DOCUMENT_KIND_LABELS } from './DocumentsStep';
import { ProblemList } from './ProblemList';
import type { DraftState } from './draft-state';
import type { StepNumber } from './steps';

export const ReviewStepFragment = graphql(`
  fragment ReviewStep_Application on Application {
    id
    fee {
      amountCents
      status
    }
    documents {
      id
      kind
      fileName
    }
    references {
      id
      refereeName
      status
    }
  }
`);

interface Props {
  application: FragmentType<typeof ReviewStepFragment>;
  draft: DraftState;
  unsaved: boolean;
  problems: readonly FieldProblem[];
  errors: FieldErrors;
  feeWaiverCode: string;
  onFeeWaiverCodeChange(code: string): void;
  submitting: boolean;
  onSubmit(): void;
  onGoToStep(step: StepNumber): void;
}

export function ReviewStep(props: Props) {
  const application = getFragmentData(ReviewStepFragment, props.application);
  const { draft } = props;
  const details = draft.personalDetails;
  const fee = application.fee.amountCents;
  const problemsHeading = useRef<HTMLHeadingElement>(null);
  // A refused submission takes focus to its list of problems.
  useEffect(() => {
    if (props.problems.length > 0) problemsHeading.current?.focus();
  }, [props.problems]);
  return (
    <>
      <p>Check what you are sending. Once submitted, your answers can no longer be changed.</p>
      {props.problems.length > 0 && (
        <section className="card admissions-missing" aria-labelledby="submit-problems-heading">
          <h3 id="submit-problems-heading" ref={problemsHeading} tabIndex={-1}>Fix these before submitting</h3>
          <ProblemList problems={props.problems} onGoToStep={props.onGoToStep} />
        </section>
      )}
      <dl className="admissions-facts">
        <dt>Legal name</dt>
        <dd>{details.legalName || '—'}</dd>
        <dt>Date of birth</dt>
        <dd>{details.dateOfBirth || '—'}</dd>
        <dt>Country</dt>
        <dd>{details.country || '—'}</dd>
        <dt>Phone</dt>
        <dd>{details.phone || '—'}</dd>
        <dt>Education</dt>
        <dd>{draft.educationHistory.length === 0 ? '—' : draft.educationHistory.map((entry) => entry.institution || 'Unnamed').join('; ')}</dd>
        <dt>Statement of faith</dt>
        <dd>{plural([...draft.statementOfFaith.trim()].length, 'character')}</dd>
        <dt>Personal statement</dt>
        <dd>{plural([...draft.personalStatement.trim()].length, 'character')}</dd>
        <dt>Documents</dt>
        <dd>{application.documents.length === 0 ? '—' : application.documents.map((document) => `${document.fileName} (${DOCUMENT_KIND_LABELS[document.kind].split(' (')[0]})`).join('; ')}</dd>
        <dt>Referees</dt>
        <dd>{application.references.length === 0 ? '—' : application.references.map((reference) => reference.refereeName).join('; ')}</dd>
        <dt>Application fee</dt>
        <dd>{fee === 0 ? 'No fee' : `${formatMoney(fee)}, paid by card after you submit`}</dd>
      </dl>
      {fee > 0 && (
        <TextField
          label="Fee waiver code"
          hint="Optional: a code from the admissions office waives the fee."
          autoComplete="off"
          value={props.feeWaiverCode}
          onChange={(event) => props.onFeeWaiverCodeChange(event.target.value)}
          error={props.errors.feeWaiverCode}
        />
      )}
      {props.unsaved && <p className="muted">Your unsaved changes are saved first when you submit.</p>}
      <div className="actions">
        <Button busy={props.submitting} onClick={props.onSubmit}>
          Submit application
        </Button>
      </div>
    </>
  );
}
