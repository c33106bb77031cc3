// The assessment area's GraphQL types and fields: one import per type file.
import './rubric-score';
import './answer-response';
import './correct-answer';
import './essay-grade-draft';
import './attempt-question';
import './quiz-attempt';
import './quiz';
import './assignment-submission';
import './practice-feedback';
import './practice-question';
import './practice-session';
import './topic-stat';
