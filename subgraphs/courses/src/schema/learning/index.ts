// The learning area's GraphQL types and fields: one import per type file.
import './module-progress';
import './enrollment-progress';
import './lecture-progress';
import './enrollment';
import './reading-view';
import './grade-item-type';
import './grade';
import './certificate';
import './certificate-verification';
import './course-viewer-enrollment';
import './user';
