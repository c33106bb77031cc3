// The submission area's GraphQL types and fields: one import per type file.
import './enums';
import './application-content';
import './application-drafts';
import './submit-application';
import './application-fee';
import './fee-waiver-code';
import './application-document';
import './application-reference';
import './reference-form';
