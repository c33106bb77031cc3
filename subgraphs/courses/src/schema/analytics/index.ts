// The analytics area's GraphQL types and fields: one import per type file.
import './analytics-bucket';
import './enrollment-period';
import './quiz-score-summary';
import './question-score-summary';
import './lecture-drop-off';
import './course-analytics';
