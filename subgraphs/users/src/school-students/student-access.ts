// Who may list a school's students: its admins and platform admins see every student; the school's own
// API keys with read:students see only those who share their progress. Teachers, students and everyone
// else see none.
import type { Db } from '../../../kit/src/db';
import type { Viewer } from '../../../kit/src/viewer';
import { hasApiScope } from '../../../kit/src/viewer';
import { canManageSchool } from '../schools';

export type StudentListAccess = 'all' | 'sharing' | 'none';

export async function studentListAccess(db: Db, viewer: Viewer, schoolId: string): Promise<StudentListAccess> {
  if (viewer.kind === 'school_key') return hasApiScope(viewer, 'read:students') && viewer.schoolId === schoolId ? 'sharing' : 'none';
  return (await canManageSchool(db, viewer, schoolId)) ? 'all' : 'none';
}
