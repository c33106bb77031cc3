// The applications area's GraphQL types and fields: one import per type file.
import './enums';
import './application';
import './application-timeline';
import './application-queries';
