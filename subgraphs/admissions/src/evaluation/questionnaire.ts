// The spiritual evaluation, defined in code so every application is asked the same questions and scored
// against the same rubric: a few open questions about the applicant's faith, church, calling and
// character, and the criteria an officer scores the answers on, worth 100 points together.

export interface SpiritualQuestion {
  /** Stable: stored answers are keyed by it. */
  id: string;
  prompt: string;
  /** What a good answer covers, shown under the prompt. */
  guidance: string;
}

export interface RubricCriterion {
  /** Stable: stored scores are keyed by it. */
  id: string;
  title: string;
  /** What the officer looks for; also what the tutor's draft is told to judge. */
  description: string;
  maxPoints: number;
}

/** Longest answer to one question, in characters: about a page and a half. */
export const MAX_ANSWER_LENGTH = 4_000;

export const SPIRITUAL_QUESTIONS: readonly SpiritualQuestion[] = [
  {
    id: 'faith-journey',
    prompt: 'Tell us how you came to faith in Christ and how your faith has grown since.',
    guidance: 'Your testimony in your own words: the people, moments and scriptures that shaped it.',
  },
  {
    id: 'church-involvement',
    prompt: 'Describe your involvement in a local church: where you worship, for how long, and how you serve.',
    guidance: 'Name the church and your ministries; a pastor or leader there may be asked for a reference.',
  },
  {
    id: 'calling',
    prompt: 'What calling do you sense on your life, and how will this program prepare you for it?',
    guidance: 'Be concrete about the ministry or work you are heading towards and why now.',
  },
  {
    id: 'character',
    prompt: 'Describe a time your character was tested. How did you respond, and what did you learn?',
    guidance: 'Honesty matters more than a happy ending.',
  },
  {
    id: 'spiritual-disciplines',
    prompt: 'Which spiritual disciplines shape your week, and how do they sustain you?',
    guidance: 'Prayer, scripture, fasting, sabbath, fellowship: what you actually practise.',
  },
];

export const SPIRITUAL_RUBRIC: readonly RubricCriterion[] = [
  { id: 'testimony', title: 'Clarity of testimony', description: 'A clear, personal account of conversion and growth in faith in Christ.', maxPoints: 25 },
  { id: 'church-commitment', title: 'Church commitment', description: 'Committed, accountable belonging and service in a local church.', maxPoints: 20 },
  { id: 'calling', title: 'Sense of calling', description: 'A considered calling to ministry or service that this program prepares for.', maxPoints: 25 },
  { id: 'character', title: 'Character and integrity', description: 'Honesty, humility and teachability shown in how trials were faced.', maxPoints: 20 },
  { id: 'spiritual-practice', title: 'Spiritual practice', description: 'Regular prayer, scripture reading and other disciplines that sustain faith.', maxPoints: 10 },
];

/** The most points an evaluation can score (100). */
export const RUBRIC_TOTAL = SPIRITUAL_RUBRIC.reduce((sum, criterion) => sum + criterion.maxPoints, 0);

export const questionById = (id: string) => SPIRITUAL_QUESTIONS.find((question) => question.id === id);
export const criterionById = (id: string) => SPIRITUAL_RUBRIC.find((criterion) => criterion.id === id);
