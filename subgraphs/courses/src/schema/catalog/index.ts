// The catalog area's GraphQL types and fields: one import per type file.
import './course-sort';
import './course-filter';
import './courses';
import './teaching-courses';
