// The planning area's GraphQL types and fields: one import per type file.
import './study-topic-kind';
import './study-topic';
import './study-session';
import './study-plan-progress';
import './create-study-plan-input';
import './study-plan';
