// The editable content of a draft as the form holds it (every input a string), and the input that
// saveApplicationDraft takes for the parts that changed.
import type { SaveApplicationDraftInput } from '../../../../gql/graphql';

export interface EducationEntryState {
  /** A stable React key; never sent. */
  key: string;
  institution: string;
  level: string;
  field: string;
  from: string;
  until: string;
  completed: boolean;
}

export interface PersonalDetailsState {
  legalName: string;
  dateOfBirth: string;
  phone: string;
  country: string;
  address: string;
}

export interface DraftState {
  personalDetails: PersonalDetailsState;
  educationHistory: EducationEntryState[];
  statementOfFaith: string;
  personalStatement: string;
}

/** The parts saved on their own: a save sends only the parts changed since the last one. */
export type DraftPart = keyof DraftState;

let nextKey = 0;
export const newEntryKey = (): string => `entry-${++nextKey}`;

export const emptyEducationEntry = (): EducationEntryState => ({ key: newEntryKey(), institution: '', level: '', field: '', from: '', until: '', completed: false });

interface StoredDraft {
  personalDetails: { legalName?: string | null; dateOfBirth?: string | null; phone?: string | null; country?: string | null; address?: string | null };
  educationHistory: ReadonlyArray<{ institution?: string | null; level?: string | null; field?: string | null; from?: string | null; until?: string | null; completed: boolean }>;
  statementOfFaith: string;
  personalStatement: string;
}

export function draftStateOf(stored: StoredDraft): DraftState {
  const details = stored.personalDetails;
  return {
    personalDetails: {
      legalName: details.legalName ?? '',
      dateOfBirth: details.dateOfBirth ?? '',
      phone: details.phone ?? '',
      country: details.country ?? '',
      address: details.address ?? '',
    },
    educationHistory: stored.educationHistory.map((entry) => ({
      key: newEntryKey(),
      institution: entry.institution ?? '',
      level: entry.level ?? '',
      field: entry.field ?? '',
      from: entry.from ?? '',
      until: entry.until ?? '',
      completed: entry.completed,
    })),
    statementOfFaith: stored.statementOfFaith,
    personalStatement: stored.personalStatement,
  };
}

export function saveInputOf(applicationId: string, state: DraftState, parts: ReadonlySet<DraftPart>): SaveApplicationDraftInput {
  const input: SaveApplicationDraftInput = { applicationId };
  if (parts.has('personalDetails')) input.personalDetails = { ...state.personalDetails };
  if (parts.has('educationHistory')) {
    input.educationHistory = state.educationHistory.map(({ institution, level, field, from, until, completed }) => ({
      institution,
      level,
      field,
      from,
      until: until.trim() === '' ? null : until,
      completed,
    }));
  }
  if (parts.has('statementOfFaith')) input.statementOfFaith = state.statementOfFaith;
  if (parts.has('personalStatement')) input.personalStatement = state.personalStatement;
  return input;
}

/** Whether a field the graph named belongs to one of these parts. */
export const fieldInParts = (field: string, parts: ReadonlySet<DraftPart>): boolean => [...parts].some((part) => field === part || field.startsWith(`${part}.`) || field.startsWith(`${part}[`));
