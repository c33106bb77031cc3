// The prayer area's GraphQL types and fields: one import per type file.
import './enums';
import './prayer-category';
import './prayer-entry';
import './prayer-partnership';
