// The chat area's GraphQL types and fields: one import per type file.
import './channel-member';
import './read-receipt';
import './channel-invite';
import './message-edit';
import './message-attachment';
import './reaction-summary';
import './message-connection';
import './message-fields';
import './channel-fields';
import './create-channel-input';
import './channel-queries';
import './channel-mutations';
import './message-mutations';
