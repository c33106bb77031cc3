// The instructor tools: quiz drafts, lecture summaries, slide outlines and essay feedback.
import './quiz-draft';
import './lecture-summary';
import './slide-outline';
import './essay-feedback';
