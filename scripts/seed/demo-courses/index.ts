// The demo catalog: three faculties and their courses, in the order the seed publishes them (newest first).
import { GOSPEL_OF_JOHN, PSALMS_PRAYER_BOOK } from './biblical-studies';
import { DATA_STRUCTURES_AND_ALGORITHMS, RECURSION_FROM_SCRATCH } from './computer-science';
import { LIMITS_AND_CONTINUITY, PROBABILITY_FOUNDATIONS } from './mathematics';
import type { DemoCourse, DemoFaculty } from './types';

export const DEMO_FACULTIES: DemoFaculty[] = [
  {
    slug: 'biblical-studies',
    name: 'Biblical Studies',
    description: 'The texts of the Old and New Testaments read closely in their languages, history and literary forms.',
  },
  {
    slug: 'computer-science',
    name: 'Computer Science',
    description: 'Programming, algorithms and the ideas that make software correct and fast.',
  },
  {
    slug: 'mathematics',
    name: 'Mathematics',
    description: 'Calculus, probability and the habits of proof behind them.',
  },
];

export const DEMO_COURSES: DemoCourse[] = [
  GOSPEL_OF_JOHN,
  RECURSION_FROM_SCRATCH,
  LIMITS_AND_CONTINUITY,
  PSALMS_PRAYER_BOOK,
  DATA_STRUCTURES_AND_ALGORITHMS,
  PROBABILITY_FOUNDATIONS,
];
