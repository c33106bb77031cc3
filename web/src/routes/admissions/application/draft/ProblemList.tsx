// A list of problems, each with a button to the step that fixes it.
import type { FieldProblem } from '../../shared/field-errors';
import { stepOfField, stepTitle, type StepNumber } from './steps';

interface Props {
  problems: readonly FieldProblem[];
  onGoToStep(step: StepNumber): void;
}

export function ProblemList({ problems, onGoToStep }: Props) {
  return (
    <ul>
      {problems.map((problem) => {
        const step = stepOfField(problem.field);
        return (
          <li key={`${problem.field}:${problem.message}`}>
            <span>{problem.message}</span>{' '}
            <button type="button" className="admissions-link-button" onClick={() => onGoToStep(step)}>
              Go to {stepTitle(step)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
