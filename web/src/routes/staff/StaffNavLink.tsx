// The navigation entry to the admissions staff screens, shown only to people who work on a program.
export function StaffNavLink() {
  return null;
}
