// The devotions area's GraphQL types and fields: one import per type file.
import './passage-input';
import './schedule-devotion-input';
import './update-devotion-input';
import './devotion-completion';
import './devotion-streak';
import './devotion';
import './reading-plan-day';
import './reading-plan-day-progress';
import './reading-plan-participation';
import './reading-plan';
