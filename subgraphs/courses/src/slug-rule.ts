// The one rule for URL slugs (courses, faculties): lowercase words joined by single hyphens.
import { z } from 'zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugRule = z
  .string()
  .min(3, 'A slug needs at least 3 characters.')
  .max(80, 'A slug can be at most 80 characters.')
  .regex(SLUG_PATTERN, 'Use lowercase letters, digits and single hyphens, like "intro-to-greek".');
