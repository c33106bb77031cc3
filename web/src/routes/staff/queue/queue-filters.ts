// The queue's filters live in the address (?program=&stage=&assignee=&minDays=&q=), so a filtered view can be
// bookmarked, shared and returned to from an application.
import type { AdmissionsQueueFilter } from '../../../gql/graphql';
import { isStage, type Stage } from '../shared/labels';

export interface QueueFilters {
  programId: string;
  stage: Stage | '';
  assignee: '' | 'me' | 'unassigned';
  minDays: string;
  search: string;
}

export function filtersFrom(params: URLSearchParams): QueueFilters {
  const stage = params.get('stage');
  const assignee = params.get('assignee');
  return {
    programId: params.get('program') ?? '',
    stage: isStage(stage) ? stage : '',
    assignee: assignee === 'me' || assignee === 'unassigned' ? assignee : '',
    minDays: params.get('minDays') ?? '',
    search: params.get('q') ?? '',
  };
}

export function paramsOf(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.programId) params.set('program', filters.programId);
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.minDays.trim()) params.set('minDays', filters.minDays.trim());
  if (filters.search.trim()) params.set('q', filters.search.trim());
  return params;
}

export const hasFilters = (filters: QueueFilters): boolean => paramsOf(filters).toString() !== '';

/** The graph's filter for these filters; `viewerId` stands for "assigned to me". */
export function graphFilterOf(filters: QueueFilters, viewerId: string): AdmissionsQueueFilter {
  const minDays = Number.parseInt(filters.minDays, 10);
  return {
    ...(filters.programId ? { programId: filters.programId } : {}),
    ...(filters.stage ? { statuses: [filters.stage] } : {}),
    ...(filters.assignee === 'me' ? { assignedOfficerId: viewerId } : {}),
    ...(filters.assignee === 'unassigned' ? { unassigned: true } : {}),
    ...(Number.isFinite(minDays) && minDays > 0 ? { minDaysInStage: minDays } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
  };
}
