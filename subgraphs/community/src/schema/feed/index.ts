// The feed area's GraphQL types and fields: one import per type file.
import './enums';
import './post';
import './post-comment';
import './post-media-upload';
import './follow';
import './moderation-case';
import './ban';
import './blocked-word';
