// The details form's draft and its checks before the graph sees it: the same bounds the graph keeps,
// said at the field. The graph checks again and its messages win.
import type { Difficulty, UpdateCourseInput } from '../../../gql/graphql';

export interface CourseDetailsDraft {
  title: string;
  slug: string;
  summary: string;
  description: string;
  difficulty: Difficulty;
  language: string;
  durationHours: string;
  tags: string;
  isFree: boolean;
}

export type DetailsProblems = Partial<Record<keyof CourseDetailsDraft, string>>;

export function detailsProblems(draft: CourseDetailsDraft): DetailsProblems {
  const problems: DetailsProblems = {};
  if (draft.title.trim() === '') problems.title = 'Give the course a title.';
  if (draft.summary.length > 500) problems.summary = 'The summary is at most 500 characters.';
  const hours = draft.durationHours.trim();
  if (hours !== '' && (!Number.isFinite(Number(hours)) || Number(hours) < 0)) problems.durationHours = 'Enter the hours as a number, e.g. 12.5.';
  const tags = tagsOf(draft.tags);
  if (tags.length > 20) problems.tags = 'At most 20 tags.';
  else if (tags.some((tag) => tag.length > 40)) problems.tags = 'Each tag is at most 40 characters.';
  return problems;
}

export const tagsOf = (text: string): string[] => [...new Set(text.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean))];

export function updateInputOf(draft: CourseDetailsDraft): UpdateCourseInput {
  const hours = draft.durationHours.trim();
  return {
    title: draft.title.trim(),
    slug: draft.slug.trim() || undefined,
    summary: draft.summary.trim(),
    description: draft.description,
    difficulty: draft.difficulty,
    language: draft.language.trim() || undefined,
    durationHours: hours === '' ? undefined : Number(hours),
    tags: tagsOf(draft.tags),
    isFree: draft.isFree,
  };
}
