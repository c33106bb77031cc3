// The application while it is a draft: six steps (the step is in the address, so a reload stays put),
// "Save draft" on each, the live list of what is still missing, and submitting. Personal details,
// education and statements are edited here and saved together (only the parts changed); documents and
// referees are saved by their own steps as they are added.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import type { ApplicationDocumentKind } from '../../../../gql/graphql';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { messageOf } from '../../../../ui/error-message';
import { fieldProblemsOf, toFieldErrors, type FieldErrors, type FieldProblem } from '../../shared/field-errors';
import { plural } from '../../shared/format';
import { DocumentsStep } from './DocumentsStep';
import { EducationStep } from './EducationStep';
import { PersonalDetailsStep } from './PersonalDetailsStep';
import { ProblemList } from './ProblemList';
import { RefereesStep } from './RefereesStep';
import { ReviewStep } from './ReviewStep';
import { StatementsStep } from './StatementsStep';
import { draftStateOf, fieldInParts, saveInputOf, type DraftPart, type DraftState } from './draft-state';
import { STEPS, isStepNumber, stepTitle, type StepNumber } from './steps';

export const DraftFormFragment = graphql(`
  fragment DraftForm_Application on Application {
    id
    personalDetails {
      legalName
      dateOfBirth
      phone
      country
      address
    }
    educationHistory {
      institution
      level
      field
      from
      until
      completed
    }
    statementOfFaith
    personalStatement
    missingForSubmission {
      field
      message
    }
    ...DocumentsStep_Application
    ...RefereesStep_Application
    ...ReviewStep_Application
  }
`);

const SaveDraftMutation = graphql(`
  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {
    saveApplicationDraft(input: $input) {
      id
      updatedAt
      ...DraftForm_Application
    }
  }
`);

const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($applicationId: ID!, $feeWaiverCode: String) {
    submitApplication(applicationId: $applicationId, feeWaiverCode: $feeWaiverCode) {
      id
      ...ApplicationState_Application
    }
  }
`);

type Notice = { tone: 'success' | 'error'; text: string } | null;

export function DraftForm(props: { application: FragmentType<typeof DraftFormFragment> }) {
  const application = getFragmentData(DraftFormFragment, props.application);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number(searchParams.get('step') ?? '1');
  const step: StepNumber = isStepNumber(requested) ? requested : 1;

  const [draft, setDraft] = useState<DraftState>(() => draftStateOf(application));
  const [dirty, setDirty] = useState<ReadonlySet<DraftPart>>(new Set());
  const [saveProblems, setSaveProblems] = useState<FieldProblem[]>([]);
  const [submitProblems, setSubmitProblems] = useState<FieldProblem[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [feeWaiverCode, setFeeWaiverCode] = useState('');
  const [save, saving] = useMutation(SaveDraftMutation);
  const [submit, submitting] = useMutation(SubmitApplicationMutation, { refetchQueries: ['MyApplications'] });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const errors: FieldErrors = useMemo(() => ({ ...toFieldErrors(submitProblems), ...toFieldErrors(saveProblems) }), [submitProblems, saveProblems]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (dirty.size === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // A new step takes focus to its heading, so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const goTo = (next: StepNumber) => {
    setNotice(null);
    setSearchParams((params) => {
      params.set('step', String(next));
      return params;
    });
  };

  const change = <K extends DraftPart>(part: K, value: DraftState[K]) => {
    setDraft((current) => ({ ...current, [part]: value }));
    setDirty((current) => new Set(current).add(part));
  };

  const forgetProblemsOf = (isGone: (field: string) => boolean) => {
    setSubmitProblems((current) => current.filter((problem) => !isGone(problem.field)));
    setSaveProblems((current) => current.filter((problem) => !isGone(problem.field)));
  };

  /** Saves the changed parts; true when everything is saved. */
  const saveDraft = async (): Promise<boolean> => {
    setNotice(null);
    if (dirty.size === 0) {
      setSaveProblems([]);
      setNotice({ tone: 'success', text: 'Your draft is saved.' });
      return true;
    }
    const parts = dirty;
    try {
      await save({ variables: { input: saveInputOf(application.id, draft, parts) } });
      setDirty(new Set());
      setSaveProblems([]);
      setSubmitProblems((current) => current.filter((problem) => !fieldInParts(problem.field, parts)));
      setNotice({ tone: 'success', text: 'Draft saved.' });
      return true;
    } catch (error) {
      const problems = fieldProblemsOf(error);
      setSaveProblems(problems);
      setNotice({ tone: 'error', text: problems.length > 0 ? `Your draft was not saved: ${plural(problems.length, 'answer needs', 'answers need')} attention.` : messageOf(error) });
      return false;
    }
  };

  const saveAndContinue = async () => {
    if ((await saveDraft()) && step < STEPS.length) goTo((step + 1) as StepNumber);
  };

  const submitApplication = async () => {
    setSubmitProblems([]);
    if (!(await saveDraft())) return;
    setNotice(null);
    try {
      await submit({ variables: { applicationId: application.id, feeWaiverCode: feeWaiverCode.trim() || null } });
      window.scrollTo(0, 0);
    } catch (error) {
      const problems = fieldProblemsOf(error);
      setSubmitProblems(problems);
      setNotice({
        tone: 'error',
        text: problems.length > 0 ? `Your application was not submitted: ${plural(problems.length, 'thing needs', 'things need')} fixing first.` : messageOf(error),
      });
    }
  };

  const missing = application.missingForSubmission;
  return (
    <>
      <nav aria-label="Application steps">
        <ol className="admissions-steps">
          {STEPS.map(({ number, title }) => (
            <li key={number}>
              <button type="button" aria-current={number === step ? 'step' : undefined} onClick={() => goTo(number)}>
                {number}. {title}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {step === STEPS.length && submitProblems.length > 0 ? null : missing.length > 0 ? (
        <details className="card admissions-missing" open={step === STEPS.length || undefined}>
          <summary>
            <strong>Still needed before you can submit ({missing.length})</strong>
          </summary>
          <ProblemList problems={missing} onGoToStep={goTo} />
        </details>
      ) : (
        <Alert tone="info">Everything needed is in place: review and submit when you are ready.</Alert>
      )}

      <section aria-labelledby="step-heading">
        <h2 id="step-heading" ref={headingRef} tabIndex={-1}>
          Step {step} of {STEPS.length}: {stepTitle(step)}
        </h2>
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        {notice?.tone === 'error' && saveProblems.length > 0 && <ProblemList problems={saveProblems} onGoToStep={goTo} />}

        {step === 1 && <PersonalDetailsStep value={draft.personalDetails} errors={errors} onChange={(value) => change('personalDetails', value)} />}
        {step === 2 && (
          <EducationStep
            value={draft.educationHistory}
            errors={errors}
            onChange={(value) => change('educationHistory', value)}
            onEntriesRemoved={() => forgetProblemsOf((field) => field.startsWith('educationHistory['))}
          />
        )}
        {step === 3 && (
          <StatementsStep
            statementOfFaith={draft.statementOfFaith}
            personalStatement={draft.personalStatement}
            errors={errors}
            onChange={(text) => {
              if (text.statementOfFaith !== undefined) change('statementOfFaith', text.statementOfFaith);
              if (text.personalStatement !== undefined) change('personalStatement', text.personalStatement);
            }}
          />
        )}
        {step === 4 && <DocumentsStep application={application} onUploaded={(kind: ApplicationDocumentKind) => forgetProblemsOf((field) => field === `documents.${kind}`)} />}
        {step === 5 && <RefereesStep application={application} onInvited={() => forgetProblemsOf((field) => field === 'references')} />}
        {step === 6 && (
          <ReviewStep
            application={application}
            draft={draft}
            unsaved={dirty.size > 0}
            problems={submitProblems}
            errors={errors}
            feeWaiverCode={feeWaiverCode}
            onFeeWaiverCodeChange={(code) => {
              setFeeWaiverCode(code);
              forgetProblemsOf((field) => field === 'feeWaiverCode');
            }}
            submitting={submitting.loading || saving.loading}
            onSubmit={() => void submitApplication()}
            onGoToStep={goTo}
          />
        )}

        <div className="actions">
          {step > 1 && (
            <Button variant="secondary" onClick={() => goTo((step - 1) as StepNumber)}>
              Back
            </Button>
          )}
          <Button variant="secondary" busy={saving.loading} onClick={() => void saveDraft()}>
            Save draft
          </Button>
          {step < STEPS.length && (
            <Button busy={saving.loading} onClick={() => void saveAndContinue()}>
              Save and continue
            </Button>
          )}
        </div>
        {dirty.size > 0 && <p className="muted">You have unsaved changes.</p>}
      </section>
    </>
  );
}
