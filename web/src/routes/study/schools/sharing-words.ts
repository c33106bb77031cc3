// What a school sees of a student, said the same way wherever a student decides whether to share.
// It follows the graph: School.students shows every student's name, join date and choice to school
// admins; School.studentProgress shows sharing students' courses, enrolment dates, percent complete and
// completion dates to the school's admins and to its apps holding an API key with read:students.
export const ALWAYS_SEEN = 'The school’s administrators always see your name, when you joined and whether you share.';

export const SEEN_WHEN_SHARING =
  'If you share, the school and the apps it connects with ScrollForge can also see the courses you are enrolled in, when you enrolled, how far along you are and when you complete them. They never see your grades, messages or anything else. You can stop sharing or leave the school at any time.';
