// Who may call the instructor tools at all: instructors and administrators. Whether an instructor
// teaches the course in question is checked against the row in the tools themselves.
import { z } from 'zod';

export const TOOL_SCOPES = { admin: true, role: 'instructor' } as const;

export const lectureIdRule = z.guid('That is not a valid lecture id.');
