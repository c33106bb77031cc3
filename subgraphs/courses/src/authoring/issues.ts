// Zod issues as one sentence a person can act on: where the problem is, then what is wrong.
import type { z } from 'zod';

/** "criterion 2 title: Too small…; …" for at most three issues, positions counted from 1. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.map((segment) => (typeof segment === 'number' ? `item ${segment + 1}` : String(segment))).join(' ');
      return where.length > 0 ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
