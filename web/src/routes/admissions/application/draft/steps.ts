// The six steps of the application form, and which step holds a field the graph names.
export const STEPS = [
  { number: 1, title: 'Personal details' },
  { number: 2, title: 'Education' },
  { number: 3, title: 'Statements' },
  { number: 4, title: 'Documents' },
  { number: 5, title: 'Referees' },
  { number: 6, title: 'Review & submit' },
] as const;

export type StepNumber = (typeof STEPS)[number]['number'];

export const isStepNumber = (value: number): value is StepNumber => Number.isInteger(value) && value >= 1 && value <= STEPS.length;

export function stepOfField(field: string): StepNumber {
  if (field.startsWith('personalDetails')) return 1;
  if (field.startsWith('educationHistory')) return 2;
  if (field === 'statementOfFaith' || field === 'personalStatement') return 3;
  if (field.startsWith('documents') || ['file', 'fileName', 'contentType', 'dataBase64'].includes(field)) return 4;
  if (field.startsWith('references') || field.startsWith('referee') || field === 'relationship') return 5;
  return 6;
}

export const stepTitle = (step: StepNumber): string => STEPS[step - 1]!.title;
