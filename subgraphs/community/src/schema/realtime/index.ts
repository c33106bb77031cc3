// The realtime area's GraphQL types and fields: one import per type file.
import './message-stream';
import './reaction-change';
import './typing-indicator';
import './presence';
