// The queue area's GraphQL types and fields: one import per type file.
import './queue-query';
import './assignment';
import './application-note';
import './bulk-mutations';
