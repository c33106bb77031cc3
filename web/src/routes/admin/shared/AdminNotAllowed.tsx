// What every admin page shows to someone who is not an administrator (the graph said FORBIDDEN).
import { NotAllowed } from '../../../ui/NotAllowed';

export function AdminNotAllowed() {
  return <NotAllowed>This page is for ScrollForge administrators only. If you need access, ask an administrator.</NotAllowed>;
}
