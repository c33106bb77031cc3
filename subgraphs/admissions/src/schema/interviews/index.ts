// The interviews area's GraphQL types and fields: one import per type file.
import './interview-slot';
import './interview';
import './interview-queries';
import './interview-mutations';
