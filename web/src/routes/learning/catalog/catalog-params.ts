// The catalog's search, filters and sort live in the URL query string, so a search survives reload and
// the back button and can be shared. These pure functions turn the query string into the `courses`
// variables and back.
import type { CourseFilter, CourseSort, Difficulty } from '../../../gql/graphql';

export interface CatalogChoice {
  search: string;
  facultySlug: string;
  level: Difficulty | '';
  price: 'free' | 'paid' | '';
  language: string;
  sort: CourseSort | '';
}

const LEVELS: readonly Difficulty[] = ['beginner', 'intermediate', 'advanced'];
const SORTS: readonly CourseSort[] = ['relevance', 'newest', 'title', 'popular', 'duration'];

export const SORT_LABELS: Record<CourseSort, string> = {
  relevance: 'Best match',
  newest: 'Newest',
  title: 'Title (A to Z)',
  popular: 'Most popular',
  duration: 'Shortest first',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function choiceFromQuery(query: URLSearchParams): CatalogChoice {
  const price = query.get('price');
  return {
    search: query.get('q') ?? '',
    facultySlug: query.get('faculty') ?? '',
    level: oneOf(query.get('level'), LEVELS),
    price: price === 'free' || price === 'paid' ? price : '',
    language: query.get('language') ?? '',
    sort: oneOf(query.get('sort'), SORTS),
  };
}

/** Only the choices made, so an untouched catalog keeps a clean /courses address. */
export function queryFromChoice(choice: CatalogChoice): URLSearchParams {
  const query = new URLSearchParams();
  const entries: [string, string][] = [
    ['q', choice.search.trim()],
    ['faculty', choice.facultySlug],
    ['level', choice.level],
    ['price', choice.price],
    ['language', choice.language],
    ['sort', choice.sort],
  ];
  for (const [key, value] of entries) if (value) query.set(key, value);
  return query;
}

export interface CatalogVariables {
  search: string | null;
  filter: CourseFilter;
  sort: CourseSort | null;
}

export function variablesFromChoice(choice: CatalogChoice): CatalogVariables {
  const filter: CourseFilter = {};
  if (choice.facultySlug) filter.facultySlug = choice.facultySlug;
  if (choice.level) filter.difficulty = choice.level;
  if (choice.price) filter.isFree = choice.price === 'free';
  if (choice.language) filter.language = choice.language;
  return { search: choice.search.trim() || null, filter, sort: choice.sort || null };
}

export function hasAnyChoice(choice: CatalogChoice): boolean {
  return queryFromChoice({ ...choice, sort: '' }).toString() !== '';
}
