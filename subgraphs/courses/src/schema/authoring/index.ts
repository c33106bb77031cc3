// The authoring area's GraphQL types and fields: one import per type file.
import './course';
import './module';
import './lecture';
import './lecture-file';
import './reading';
import './assignment';
import './quiz';
import './question';
import './reorder';
import './review';
