// Field options for the parts of an application only staff read (officers of its program, admins).
// The applicant and anyone else get null rather than an error, so one client query serves every
// reader of an application and a missing value never tells the applicant whether there is one.
// _entities reaches these fields too: the check sits on the field, not on a root query.
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Application } from '../../../../kit/src/db';
import { isViewerStaffOn } from '../applications/viewer-access';

export const staffOnly = {
  authScopes: (application: Application, _args: object, context: SubgraphContext) => isViewerStaffOn(context, application),
  unauthorizedResolver: () => null,
} as const;
