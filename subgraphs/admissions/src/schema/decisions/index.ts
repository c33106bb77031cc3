// The decisions area's GraphQL types and fields: one import per type file.
import './decision-fields';
import './decision-mutations';
