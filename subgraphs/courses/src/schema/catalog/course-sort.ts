// The orders the course catalog can be listed in.
import { builder } from '../../builder';
import type { CatalogSort } from '../../catalog/catalog-cursor';

const values = {
  relevance: {
    value: 'relevance',
    description: 'Best match for the search first (title matches above summary, description, then lectures). Without a search, newest.',
  },
  newest: { value: 'newest', description: 'Most recently published first.' },
  title: { value: 'title', description: 'By title, A to Z, ignoring case.' },
  popular: { value: 'popular', description: 'Most active and completed enrollments first.' },
  duration: { value: 'duration', description: 'Shortest first.' },
} as const satisfies Record<CatalogSort, { value: CatalogSort; description: string }>;

export const CourseSortEnum = builder.enumType('CourseSort', {
  description: 'How the course catalog is ordered.',
  values,
});
