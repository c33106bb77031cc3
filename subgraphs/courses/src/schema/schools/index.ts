// The schools area's GraphQL types and fields: one import per type file.
import './school';
import './school-student-progress';
import './school-enrollment';
