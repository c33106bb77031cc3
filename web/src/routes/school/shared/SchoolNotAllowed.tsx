// What the school pages show to someone who administers no school (or not this one): the graph said
// FORBIDDEN, or the person's memberships hold no admin role.
import { NotAllowed } from '../../../ui/NotAllowed';

export function SchoolNotAllowed({ title = 'You are not allowed to manage this school.' }: { title?: string }) {
  return (
    <NotAllowed title={title}>
      These pages are for a school’s administrators. If you run a school on ScrollForge, ask one of its administrators to add you; to join a school as a student, use
      the join code on your study page.
    </NotAllowed>
  );
}
