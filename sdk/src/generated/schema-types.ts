export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON. */
  JSON: { input: unknown; output: unknown; }
};

/** An AI tutor persona: a Socratic guide with its own specialty and voice. */
export type AiTutor = {
  __typename?: 'AITutor';
  /** False once retired: students no longer meet it. */
  active: Scalars['Boolean']['output'];
  avatar: TutorAvatar;
  /** The courses faculty this tutor serves; null for a general tutor of every faculty. */
  facultyId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The persona’s own instructions (the platform’s safety rules are always added around them). Administrators only. */
  personaPrompt: Scalars['String']['output'];
  /** 1 (explains freely) to 5 (answers only with guiding questions). */
  socraticStrength: Scalars['Int']['output'];
  specialty: Scalars['String']['output'];
};

/** Something a person can achieve on ScrollForge, with the XP and ScrollCoin it earns. */
export type Achievement = {
  __typename?: 'Achievement';
  /** ScrollCoin it earns. */
  coinReward: Scalars['Int']['output'];
  /** What it takes, in words. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  rarity: AchievementRarity;
  /** Stable name, e.g. five-courses-completed. */
  slug: Scalars['String']['output'];
  /** Whether you have unlocked it; null when signed out. */
  unlocked?: Maybe<Scalars['Boolean']['output']>;
  /** Experience points it earns. */
  xp: Scalars['Int']['output'];
};

export type AchievementRarity =
  | 'common'
  | 'epic'
  | 'legendary'
  | 'rare'
  | 'uncommon';

export type AddAssignmentInput = {
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Markdown. */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** With a rubric, must equal its total (leave it out to use the total). Without one, @default 100. */
  points?: InputMaybe<Scalars['Int']['input']>;
  rubric?: InputMaybe<Array<RubricCriterionInput>>;
  title: Scalars['String']['input'];
};

export type AddLectureInput = {
  /** One WebVTT track per language. */
  captions?: InputMaybe<Array<LectureCaptionInput>>;
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** @default video */
  kind?: InputMaybe<LectureKind>;
  /** Supplementary links, in order. */
  materials?: InputMaybe<Array<LectureMaterialInput>>;
  title: Scalars['String']['input'];
  transcript?: InputMaybe<Scalars['String']['input']>;
  /** An https:// link to the video. */
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

export type AddModuleInput = {
  /** Completion needs every lecture completed and reading viewed. @default true */
  requireAllItems?: InputMaybe<Scalars['Boolean']['input']>;
  /** A quiz of this course that completion also needs. */
  requiredQuizId?: InputMaybe<Scalars['ID']['input']>;
  /** 0–100; @default the required quiz’s passing score. */
  requiredScorePercent?: InputMaybe<Scalars['Int']['input']>;
  /** Items must be completed in order. @default false */
  sequential?: InputMaybe<Scalars['Boolean']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** Students cannot open the module before this time. */
  unlockAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AddQuizInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1–100; leave out for unlimited attempts. */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** 0–100. @default 60 */
  passingScorePercent?: InputMaybe<Scalars['Int']['input']>;
  /** @default false */
  shuffleOptions?: InputMaybe<Scalars['Boolean']['input']>;
  /** @default false */
  shuffleQuestions?: InputMaybe<Scalars['Boolean']['input']>;
  /** 60–86,400; leave out for an untimed quiz. */
  timeLimitSeconds?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

export type AddReadingInput = {
  /** Markdown. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** 1–600. @default 10 */
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

/** How many applications of a queue are at one status. */
export type AdmissionsQueueCount = {
  __typename?: 'AdmissionsQueueCount';
  count: Scalars['Int']['output'];
  status: ApplicationStatus;
};

/** Every condition given must hold. Drafts are never in the queue. */
export type AdmissionsQueueFilter = {
  /** Only applications assigned to this officer. */
  assignedOfficerId?: InputMaybe<Scalars['ID']['input']>;
  intakeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications at least this many whole days in their current status. */
  minDaysInStage?: InputMaybe<Scalars['Int']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the applicant’s legal name, any case; at most 100 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. @default every status but draft */
  statuses?: InputMaybe<Array<ApplicationStatus>>;
  /** True: only applications nobody is assigned to. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AdmissionsQueueOrder =
  /** Longest in their current status first. */
  | 'DAYS_IN_STAGE'
  /** First submitted first. */
  | 'SUBMITTED_AT';

export type AnalyticsBucket =
  | 'day'
  | 'week';

/** One answer: optionIds for multiple choice (one id for single choice), value for true/false, text for short answers and essays. An empty list or empty text clears the answer. */
export type AnswerInput = {
  optionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An answer as saved: chosen options, a true/false value, or text, depending on the question type. */
export type AnswerResponse = {
  __typename?: 'AnswerResponse';
  optionIds?: Maybe<Array<Scalars['ID']['output']>>;
  text?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Boolean']['output']>;
};

/** A school’s key for the public graph. The key itself is shown only once, when it is created or rotated. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Cost points per minute; a request costs more the more it asks for. */
  costBudgetPerMinute: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Requests per UTC day. */
  dailyQuota: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** To the minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The visible start of the key (sf_…), to tell keys apart. */
  prefix: Scalars['String']['output'];
  rateLimitPerMinute: Scalars['Int']['output'];
  /** Requests let through since midnight UTC. */
  requestsToday: Scalars['Int']['output'];
  /** When the key stops or stopped working; in the future while a rotated key overlaps with its replacement. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
  status: ApiKeyStatus;
  /** One entry per UTC day, oldest first and ending today; up to 90 days are kept. */
  usage: Array<ApiKeyUsageDay>;
};


/** A school’s key for the public graph. The key itself is shown only once, when it is created or rotated. */
export type ApiKeyUsageArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

export type ApiKeyStatus =
  /** Works; a rotated key stays active until its overlap ends. */
  | 'ACTIVE'
  /** Refused on every request. */
  | 'REVOKED';

export type ApiKeyUsageDay = {
  __typename?: 'ApiKeyUsageDay';
  /** Cost points the requests let through spent. */
  cost: Scalars['Int']['output'];
  /** The UTC day, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Requests refused by a rate limit, the daily quota or the cost budget. */
  refused: Scalars['Int']['output'];
  /** Requests let through. */
  requests: Scalars['Int']['output'];
};

export type ApiScope =
  /** Read the public catalog: courses, programs, the school itself. */
  | 'READ_CATALOG'
  /** Read the progress of the school’s students who chose to share it. */
  | 'READ_STUDENTS'
  /** Enrol the school’s sharing students in courses. */
  | 'WRITE_ENROLLMENTS';

/** One person’s application to one intake of a program. */
export type Application = {
  __typename?: 'Application';
  applicant: User;
  /** The admissions officer working on it. Staff only: null for the applicant and anyone else, and while unassigned. */
  assignedOfficer?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** Whole days since the application reached its current status. */
  daysInStage: Scalars['Int']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set once decided: accepted, waitlisted or rejected. */
  decision?: Maybe<DecisionOutcome>;
  /** Why the committee decided as it did. Staff only: null for the applicant and anyone else. */
  decisionRationale?: Maybe<Scalars['String']['output']>;
  /** At most 20, oldest first. */
  documents: Array<ApplicationDocument>;
  /** At most 10 entries, in the order the applicant listed them. */
  educationHistory: Array<EducationEntry>;
  eligibility: ApplicationEligibility;
  fee: ApplicationFee;
  id: Scalars['ID']['output'];
  intake: ProgramIntake;
  /** Staff’s internal notes, newest first. Staff only: null for the applicant and anyone else. */
  internalNotes?: Maybe<ApplicationInternalNotesConnection>;
  /** Null until an interview is first booked. */
  interview?: Maybe<Interview>;
  /** What must still be done before the application can be submitted; empty when it is complete (or no longer a draft). */
  missingForSubmission: Array<ApplicationFieldProblem>;
  personalDetails: ApplicationPersonalDetails;
  /** At least 300 and at most 8,000 characters to submit. */
  personalStatement: Scalars['String']['output'];
  program: Program;
  /** At most 3, in the order invited. */
  references: Array<ApplicationReference>;
  /** The spiritual questionnaire, answered during the spiritual evaluation stage, and its scoring. */
  spiritualEvaluation: SpiritualEvaluation;
  /** When the application reached its current status. */
  stageEnteredAt: Scalars['DateTime']['output'];
  /** At least 200 and at most 5,000 characters to submit. */
  statementOfFaith: Scalars['String']['output'];
  status: ApplicationStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every change of status, oldest first. */
  timeline: Array<ApplicationTransition>;
  updatedAt: Scalars['DateTime']['output'];
  /** How you see this application. */
  viewerRole: ApplicationViewerRole;
};


/** One person’s application to one intake of a program. */
export type ApplicationInternalNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A file attached to an application: a PDF, PNG or JPEG of at most 2.5 MB. */
export type ApplicationDocument = {
  __typename?: 'ApplicationDocument';
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ApplicationDocumentKind;
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** A signed download link valid for an hour. */
  url: Scalars['String']['output'];
};

/** What a document shows. Every application needs an identity document and a transcript. */
export type ApplicationDocumentKind =
  | 'identity'
  | 'other'
  | 'recommendation'
  | 'transcript';

/** Whether the application counts as eligible: an officer’s override wins over the automatic check. */
export type ApplicationEligibility = {
  __typename?: 'ApplicationEligibility';
  /** When the automatic check last ran. */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null until checked or overridden. */
  eligible?: Maybe<Scalars['Boolean']['output']>;
  /** The officer’s ruling in force. Staff only: null for applicants. */
  override?: Maybe<EligibilityOverride>;
  /** The automatic check’s reasons, one per rule the program sets. */
  reasons: Array<EligibilityReason>;
  source: EligibilitySource;
};

/** The application fee: due after submission until paid through checkout, unless waived by a code. */
export type ApplicationFee = {
  __typename?: 'ApplicationFee';
  /** USD cents owed or paid; 0 when waived or free. While a draft: what submitting will cost. */
  amountCents: Scalars['Int']['output'];
  status: ApplicationFeeStatus;
};

/** An application fee as economy charges it: the amount admissions set and whether it is paid. */
export type ApplicationFeeCharge = {
  __typename?: 'ApplicationFeeCharge';
  amountCents: Scalars['Int']['output'];
  applicationId: Scalars['ID']['output'];
  paid: Scalars['Boolean']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  programName: Scalars['String']['output'];
};

/** The order that pays an application fee and the checkout to send the applicant to. */
export type ApplicationFeePayment = {
  __typename?: 'ApplicationFeePayment';
  checkout: Checkout;
  fee: ApplicationFeeCharge;
  order: Order;
};

/** none: nothing owed (no fee, or not yet submitted); due: owed, awaiting payment; paid; waived by a code. */
export type ApplicationFeeStatus =
  | 'due'
  | 'none'
  | 'paid'
  | 'waived';

/** One thing to fix, with the path of the field it concerns (e.g. "educationHistory[2].level"). */
export type ApplicationFieldProblem = {
  __typename?: 'ApplicationFieldProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ApplicationInternalNotesConnection = {
  __typename?: 'ApplicationInternalNotesConnection';
  edges: Array<ApplicationInternalNotesConnectionEdge>;
  pageInfo: PageInfo;
};

export type ApplicationInternalNotesConnectionEdge = {
  __typename?: 'ApplicationInternalNotesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ApplicationNote;
};

/** An internal note by an admissions officer or admin; never shown to the applicant. */
export type ApplicationNote = {
  __typename?: 'ApplicationNote';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** The applicant’s personal details; each is null until given. */
export type ApplicationPersonalDetails = {
  __typename?: 'ApplicationPersonalDetails';
  address?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code, e.g. "GB". */
  country?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  legalName?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

/** Each detail given replaces the saved one; null or "" clears it; a detail left out stays as saved. */
export type ApplicationPersonalDetailsInput = {
  /** At most 300 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code, e.g. "GB". */
  country?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, a past date. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** 2–120 characters, as on your identity document. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** International form, e.g. "+44 20 7946 0958"; at most 30 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A referee the applicant invited. */
export type ApplicationReference = {
  __typename?: 'ApplicationReference';
  /** When the current link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedAt: Scalars['DateTime']['output'];
  refereeEmail: Scalars['String']['output'];
  refereeName: Scalars['String']['output'];
  relationship: Scalars['String']['output'];
  /** The referee’s answers: null for the applicant, and until the referee answers. */
  response?: Maybe<ReferenceResponse>;
  status: ApplicationReferenceStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** invited: the link is out; submitted: the referee answered; expired: the link ran out unanswered (resend it). */
export type ApplicationReferenceStatus =
  | 'expired'
  | 'invited'
  | 'submitted';

/** draft → submitted → eligibility_review → spiritual_evaluation → interview_scheduled → interviewed → decided → enrolled; withdrawn at any open step. */
export type ApplicationStatus =
  | 'decided'
  | 'draft'
  | 'eligibility_review'
  | 'enrolled'
  | 'interview_scheduled'
  | 'interviewed'
  | 'spiritual_evaluation'
  | 'submitted'
  | 'withdrawn';

/** One step of an application’s timeline: a change of status, who made it, when and why. */
export type ApplicationTransition = {
  __typename?: 'ApplicationTransition';
  /** Who made the step. Applicants see only themselves here; officers’ names are for staff. */
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  /** True when ScrollForge made the step (a check, a waitlist promotion). */
  byPlatform: Scalars['Boolean']['output'];
  fromStatus?: Maybe<ApplicationStatus>;
  id: Scalars['ID']['output'];
  /** Why. Staff see every note; applicants see the notes of their own steps. */
  note?: Maybe<Scalars['String']['output']>;
  toStatus: ApplicationStatus;
};

/** How you see an application: as its applicant, as an officer of its program, or as an admin. */
export type ApplicationViewerRole =
  | 'admin'
  | 'applicant'
  | 'officer';

export type Assignment = {
  __typename?: 'Assignment';
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Markdown. */
  instructions: Scalars['String']['output'];
  module: Module;
  /** Your submission; null when you have not submitted or are signed out. */
  mySubmission?: Maybe<AssignmentSubmission>;
  points: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  rubric: Array<RubricCriterion>;
  /** Every student’s submission, oldest first: the course’s instructors and admins only. */
  submissions: Array<AssignmentSubmission>;
  title: Scalars['String']['output'];
};

/** A student’s submission for an assignment. It can be replaced until it is graded. */
export type AssignmentSubmission = {
  __typename?: 'AssignmentSubmission';
  assignment: Assignment;
  /** Markdown. */
  body: Scalars['String']['output'];
  feedback?: Maybe<Scalars['String']['output']>;
  gradedAt?: Maybe<Scalars['DateTime']['output']>;
  gradedBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** Sent after the assignment’s due date. */
  late: Scalars['Boolean']['output'];
  maxScore: Scalars['Int']['output'];
  /** Points per rubric criterion; empty until graded. */
  rubricScores: Array<RubricScore>;
  /** Null until graded. */
  score?: Maybe<Scalars['Float']['output']>;
  student: User;
  /** When the current version was sent. */
  submittedAt: Scalars['DateTime']['output'];
};

/** A question of an attempt. correctAnswer, explanation and pointsEarned stay null until the attempt is submitted. */
export type AttemptQuestion = {
  __typename?: 'AttemptQuestion';
  /** An AI-suggested grade for an essay: the course’s instructors and admins only. Never final. */
  aiDraft?: Maybe<EssayGradeDraft>;
  /** Null before submission and for essays. */
  correctAnswer?: Maybe<CorrectAnswer>;
  /** Null before submission. */
  explanation?: Maybe<Scalars['String']['output']>;
  /** The grader’s comments on an essay. */
  feedback?: Maybe<Scalars['String']['output']>;
  gradedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The bank question’s id. */
  id: Scalars['ID']['output'];
  /** Longest accepted essay, in words. */
  maxWords?: Maybe<Scalars['Int']['output']>;
  /** Choices in this attempt’s order (multiple choice); empty for other types. */
  options: Array<QuestionOption>;
  /** What the question is worth in this attempt. */
  points: Scalars['Int']['output'];
  /** Null before submission, and for an essay until a person grades it. */
  pointsEarned?: Maybe<Scalars['Float']['output']>;
  /** Place in this attempt, from 0. */
  position: Scalars['Int']['output'];
  prompt: Scalars['String']['output'];
  /** The saved answer; null when nothing was saved. */
  response?: Maybe<AnswerResponse>;
  /** What an essay is scored against; empty for other types. */
  rubric: Array<RubricCriterion>;
  /** The grader’s score per rubric criterion (essays); empty until graded. */
  rubricScores: Array<RubricScore>;
  savedAt?: Maybe<Scalars['DateTime']['output']>;
  type: QuestionType;
};

export type AttemptStatus =
  | 'graded'
  | 'in_progress'
  | 'submitted';

/** A new session: a short-lived access token and the refresh token that renews it. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single use: each refresh returns a new one. Lives 30 days. */
  refreshToken: Scalars['String']['output'];
  user: User;
};

/** A soulbound ScrollBadge for a completed course (ERC-721 + ERC-5192, Open Badges 3.0 metadata). */
export type Badge = {
  __typename?: 'Badge';
  certificateCode?: Maybe<Scalars['String']['output']>;
  course: Course;
  finalGrade?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** keccak256 of the canonical metadata JSON, as stored on chain. */
  metadataHash: Scalars['String']['output'];
  mintStatus: BadgeMintStatus;
  owner: User;
  /** Set once the badge is minted. */
  tokenId?: Maybe<Scalars['Int']['output']>;
};

export type BadgeMintStatus =
  /** The mint failed after repeated attempts; support can retry it. */
  | 'failed'
  /** Minted and confirmed on chain. */
  | 'minted'
  /** Issued; the mint on chain is queued or waiting for confirmations. */
  | 'pending';

/** What the chain says about a badge token, checked against the metadata ScrollForge serves for it. */
export type BadgeVerification = {
  __typename?: 'BadgeVerification';
  badge?: Maybe<VerifiedBadge>;
  /** Soulbound (ERC-5192): it can never be transferred. */
  locked: Scalars['Boolean']['output'];
  /** The hash on chain equals the hash of the metadata served now. */
  metadataHashMatches: Scalars['Boolean']['output'];
  ownerAddress?: Maybe<Scalars['String']['output']>;
  tokenId: Scalars['Int']['output'];
  /** Minted, owned by the address it was issued to, locked, and its metadata unaltered. */
  valid: Scalars['Boolean']['output'];
};

/** A person barred from posting, commenting and sending messages, everywhere or in one channel. */
export type Ban = {
  __typename?: 'Ban';
  bannedBy: User;
  /** Null for a community-wide ban. */
  channelId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  reason: Scalars['String']['output'];
  user: User;
};

/** What a bulk action did to one application: ok, or the error it would have given on its own. */
export type BulkApplicationResult = {
  __typename?: 'BulkApplicationResult';
  applicationId: Scalars['ID']['output'];
  /** NOT_FOUND, CONFLICT, BAD_USER_INPUT, FORBIDDEN or INTERNAL; null when ok. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** What went wrong, for a person; null when ok. */
  message?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
};

/** Several courses sold together at one price. */
export type Bundle = {
  __typename?: 'Bundle';
  /** Inactive bundles are not sold. */
  active: Scalars['Boolean']['output'];
  courses: Array<Course>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Null when it cannot be bought with coins. */
  scrollCoinCost?: Maybe<Scalars['Int']['output']>;
  slug: Scalars['String']['output'];
  usdCents: Scalars['Int']['output'];
};

export type BundleInput = {
  /** @default true */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required when creating: 2–50 courses; replaces them on update. */
  courseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Required when creating. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null: not for sale in coins. */
  scrollCoinCost?: InputMaybe<Scalars['Int']['input']>;
  /** Required when creating: lower-case words joined by hyphens. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Required when creating: 1–1,000,000 cents. */
  usdCents?: InputMaybe<Scalars['Int']['input']>;
};

/** What you are about to buy, priced now. */
export type Cart = {
  __typename?: 'Cart';
  /** The promo or scholarship code applied (one per cart). */
  code?: Maybe<Scalars['String']['output']>;
  discountCents: Scalars['Int']['output'];
  items: Array<CartLine>;
  /** ScrollCoin it costs; null when something in it cannot be paid in coins. */
  scrollCoinTotal?: Maybe<Scalars['Int']['output']>;
  subtotalCents: Scalars['Int']['output'];
  totalCents: Scalars['Int']['output'];
};

export type CartItemInput = {
  /** For bundle items, or a school licence of a bundle. */
  bundleId?: InputMaybe<Scalars['ID']['input']>;
  /** For course items, or a school licence of a course. */
  courseId?: InputMaybe<Scalars['ID']['input']>;
  kind: SellableKind;
  /** For school licences: the school the seats are for. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** For school licences: 1–10,000. @default 1 */
  seats?: InputMaybe<Scalars['Int']['input']>;
};

export type CartLine = {
  __typename?: 'CartLine';
  bundleId?: Maybe<Scalars['ID']['output']>;
  course?: Maybe<Course>;
  description: Scalars['String']['output'];
  discountCents: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: SellableKind;
  quantity: Scalars['Int']['output'];
  schoolId?: Maybe<Scalars['ID']['output']>;
  seats: Scalars['Int']['output'];
  totalCents: Scalars['Int']['output'];
  unitCents: Scalars['Int']['output'];
};

export type CaseSource =
  | 'blocked_word'
  | 'report';

export type CaseStatus =
  | 'approved'
  | 'open'
  | 'rejected';

/** Issued once per completed enrollment. Anyone can check one with verifyCertificate(code). */
export type Certificate = {
  __typename?: 'Certificate';
  /** The verification code, e.g. SF-7KQ2-MZ9D-XH4P. */
  code: Scalars['String']['output'];
  course: Course;
  /** Percent with one decimal. */
  finalGrade: Scalars['Float']['output'];
  holder: User;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** A signed link to the PDF, valid for an hour. Null until the PDF is rendered (User.certificates renders it). */
  pdfUrl?: Maybe<Scalars['String']['output']>;
  /** The name printed on the PDF; null until it is rendered. */
  recipientName?: Maybe<Scalars['String']['output']>;
};

/** The answer to verifyCertificate: every field but `valid` is null when the code is not a certificate’s. */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  /** The code in its canonical form. */
  code?: Maybe<Scalars['String']['output']>;
  courseTitle?: Maybe<Scalars['String']['output']>;
  finalGrade?: Maybe<Scalars['Float']['output']>;
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  recipient?: Maybe<User>;
  valid: Scalars['Boolean']['output'];
};

/** Where a person’s ScrollCoin and ScrollBadges live on chain. */
export type ChainAddress = {
  __typename?: 'ChainAddress';
  /** Checksummed 0x address. */
  address: Scalars['String']['output'];
  kind: ChainAddressKind;
  updatedAt: Scalars['DateTime']['output'];
};

export type ChainAddressKind =
  /** Held by ScrollForge for the person (derived from the platform custody key). */
  | 'custodial'
  /** The person’s own wallet, proven by a signed challenge. */
  | 'linked';

/** A place to talk: public, private (by invitation), a course’s channel, a direct conversation or a study group. */
export type Channel = {
  __typename?: 'Channel';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  courseId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ChannelKind;
  /** The newest message (a tombstone when deleted; no body when held for moderation and not yours). */
  lastMessage?: Maybe<Message>;
  /** The sequence number of the newest message (0 when there is none). */
  lastSeq: Scalars['Int']['output'];
  /** Everyone in the channel, owners first. Only for people who can read the channel. */
  members: Array<ChannelMember>;
  /** The channel’s top-level messages (or one thread’s replies), oldest first within a page. Open with `last` (default 50, at most 100) and scroll back with `before`; catch up with `first`/`after`. Deleted messages are tombstones; held ones appear only to their author and moderators. */
  messages: MessageConnection;
  name: Scalars['String']['output'];
  /** How far each member has read. Only members (and admins) see them. */
  readReceipts: Array<ReadReceipt>;
  /** Messages after your read receipt (lastSeq − lastReadSeq), counting every message after it including replies. Sending a message marks the channel read up to it, so your own messages never count. Null when you are not a member. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
  /** Your role here; null when you are not a member. */
  viewerRole?: Maybe<ChannelRole>;
};


/** A place to talk: public, private (by invitation), a course’s channel, a direct conversation or a study group. */
export type ChannelMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  threadRootId?: InputMaybe<Scalars['ID']['input']>;
};

/** An invitation to join a private channel or study group. */
export type ChannelInvite = {
  __typename?: 'ChannelInvite';
  channel: Channel;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitee: User;
  inviter: User;
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  status: InviteStatus;
};

export type ChannelKind =
  | 'course'
  | 'direct'
  | 'private'
  | 'public'
  | 'study_group';

/** A person in a channel and their role there. */
export type ChannelMember = {
  __typename?: 'ChannelMember';
  joinedAt: Scalars['DateTime']['output'];
  role: ChannelRole;
  user: User;
};

export type ChannelRole =
  | 'member'
  | 'moderator'
  | 'owner';

/** A payment page to send the person to. */
export type Checkout = {
  __typename?: 'Checkout';
  sessionId: Scalars['String']['output'];
  /** True when no real payment happens (Stripe is not configured). */
  testMode: Scalars['Boolean']['output'];
  /** Stripe’s hosted checkout, or the local test-mode page. */
  url: Scalars['String']['output'];
};

/** How you want to pay; an order that costs nothing is paid at once whatever you choose. */
export type CheckoutPaymentMethod =
  | 'card'
  | 'scroll_coin';

export type CompletionPeriod = {
  __typename?: 'CompletionPeriod';
  completions: Scalars['Int']['output'];
  /** Start of the UTC day, or of the week (Monday). */
  periodStart: Scalars['DateTime']['output'];
};

/** What a question accepted. Only the fields of the question’s type are set. */
export type CorrectAnswer = {
  __typename?: 'CorrectAnswer';
  /** Answers accepted as typed (short answer). */
  acceptedAnswers?: Maybe<Array<Scalars['String']['output']>>;
  numericTolerance?: Maybe<Scalars['Float']['output']>;
  /** A number accepted within numericTolerance (short answer). */
  numericValue?: Maybe<Scalars['Float']['output']>;
  /** The correct options (multiple choice). */
  optionIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** A regular expression a whole answer could match instead (short answer). */
  pattern?: Maybe<Scalars['String']['output']>;
  /** The correct value (true/false). */
  value?: Maybe<Scalars['Boolean']['output']>;
};

/** A course: its catalog facts, its instructors and its syllabus of modules. */
export type Course = {
  __typename?: 'Course';
  /** The course’s discussion channel; null when you are not a member (enroll to join it). */
  channel?: Maybe<Channel>;
  createdAt: Scalars['DateTime']['output'];
  /** Markdown. */
  description: Scalars['String']['output'];
  difficulty: Difficulty;
  durationHours: Scalars['Float']['output'];
  faculty: Faculty;
  id: Scalars['ID']['output'];
  /** The owner first, then the other instructors in their listed order. */
  instructors: Array<User>;
  /** False when enrolling needs a purchase. */
  isFree: Scalars['Boolean']['output'];
  language: Scalars['String']['output'];
  /** The syllabus, in order. Archived modules are left out. */
  modules: Array<Module>;
  /** Courses a student must complete before enrolling. */
  prerequisites: Array<Course>;
  /** What the course costs. */
  price: CoursePrice;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The course’s current (not archived) bank questions, newest first. The course’s instructors and admins only. */
  questionBank: CourseQuestionBankConnection;
  /** Why the last review was rejected. Only the course’s editors see it. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  status: CourseStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  subtitleLanguages: Array<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The tutors of the course’s faculty, then the general tutors who serve every faculty. */
  tutors: Array<AiTutor>;
  updatedAt: Scalars['DateTime']['output'];
  /** How many times an admin has published a reviewed revision. */
  version: Scalars['Int']['output'];
  /** True when the signed-in person may author this course. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Your enrollment in this course (in any status); null when you never enrolled or are signed out. */
  viewerEnrollment?: Maybe<Enrollment>;
};


/** A course: its catalog facts, its instructors and its syllabus of modules. */
export type CourseQuestionBankArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<QuestionType>;
};

/** Figures about the students who enrolled in the course during [from, to). Each figure costs one query, whatever the size of the course. */
export type CourseAnalytics = {
  __typename?: 'CourseAnalytics';
  /** Questions answered in the period’s graded attempts, hardest first. */
  averageScorePerQuestion: Array<QuestionScoreSummary>;
  /** Every live quiz in course order, with the graded attempts of the period’s students. */
  averageScorePerQuiz: Array<QuizScoreSummary>;
  bucket: AnalyticsBucket;
  /** completed / (active + completed + dropped) of the period’s enrollments; 0 when there are none. */
  completionRate: Scalars['Float']['output'];
  /** Completions of the course per UTC day or week, by when they happened (students who enrolled earlier included), empty ones included. */
  completionsOverTime: Array<CompletionPeriod>;
  courseId: Scalars['ID']['output'];
  /** Every live lecture in course order: how many of the period’s students started it and how many finished. */
  dropOffPerLecture: Array<LectureDropOff>;
  /** Enrollments per UTC day or week, empty ones included. */
  enrollmentsOverTime: Array<EnrollmentPeriod>;
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
};

export type CourseConnection = {
  __typename?: 'CourseConnection';
  edges: Array<CourseEdge>;
  pageInfo: PageInfo;
  /** Every published course matching the search and filter, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type CourseEdge = {
  __typename?: 'CourseEdge';
  cursor: Scalars['String']['output'];
  node: Course;
};

/** Conditions a listed course must meet; leave a field out to not filter on it. */
export type CourseFilter = {
  difficulty?: InputMaybe<Difficulty>;
  facultyId?: InputMaybe<Scalars['ID']['input']>;
  /** The faculty’s slug, as in catalog URLs. */
  facultySlug?: InputMaybe<Scalars['String']['input']>;
  /** True for free courses only, false for paid ones only. */
  isFree?: InputMaybe<Scalars['Boolean']['input']>;
  /** Teaching language code, e.g. "en". */
  language?: InputMaybe<Scalars['String']['input']>;
  /** A tag the course carries, exactly as shown on the course. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** What a course costs. A course nobody has priced is free. */
export type CoursePrice = {
  __typename?: 'CoursePrice';
  /** True when it costs nothing: enrol directly. */
  free: Scalars['Boolean']['output'];
  /** Whether scholarships discount it. */
  scholarshipEligible: Scalars['Boolean']['output'];
  /** ScrollCoin price; null when it cannot be bought with coins. */
  scrollCoinCost?: Maybe<Scalars['Int']['output']>;
  /** Price in US cents. */
  usdCents: Scalars['Int']['output'];
};

export type CourseQuestionBankConnection = {
  __typename?: 'CourseQuestionBankConnection';
  edges: Array<CourseQuestionBankConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CourseQuestionBankConnectionEdge = {
  __typename?: 'CourseQuestionBankConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Question;
};

/** How the course catalog is ordered. */
export type CourseSort =
  /** Shortest first. */
  | 'duration'
  /** Most recently published first. */
  | 'newest'
  /** Most active and completed enrollments first. */
  | 'popular'
  /** Best match for the search first (title matches above summary, description, then lectures). Without a search, newest. */
  | 'relevance'
  /** By title, A to Z, ignoring case. */
  | 'title';

export type CourseStatus =
  | 'archived'
  | 'draft'
  | 'in_review'
  | 'published';

export type CreateAiTutorInput = {
  /** @default NONE (text only) */
  avatar?: InputMaybe<TutorAvatarInput>;
  /** Leave out for a general tutor of every faculty. */
  facultyId?: InputMaybe<Scalars['ID']['input']>;
  /** 2–80 characters, unique among tutors. */
  name: Scalars['String']['input'];
  /** 20–4000 characters: the voice, focus and way of guiding. */
  personaPrompt: Scalars['String']['input'];
  /** 1 (explains freely) to 5 (answers only with guiding questions). */
  socraticStrength: Scalars['Int']['input'];
  /** 2–200 characters. */
  specialty: Scalars['String']['input'];
};

export type CreateApiKeyInput = {
  /** 100 to 1,000,000. @default 50000 */
  costBudgetPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Requests per UTC day, 1 to 1,000,000. @default 10000 */
  dailyQuota?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 80 characters, e.g. the app that will use the key. */
  name: Scalars['String']['input'];
  /** 1 to 6000. @default 120 */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  schoolId: Scalars['ID']['input'];
  scopes: Array<ApiScope>;
};

export type CreateChannelInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** public, private or study_group. */
  kind: ChannelKind;
  name: Scalars['String']['input'];
};

/** A new course. It starts as a draft owned by you. */
export type CreateCourseInput = {
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** @default beginner */
  difficulty?: InputMaybe<Difficulty>;
  /** Expected study time in hours. */
  durationHours?: InputMaybe<Scalars['Float']['input']>;
  facultyId: Scalars['ID']['input'];
  /** False when enrolling needs a purchase. @default true */
  isFree?: InputMaybe<Scalars['Boolean']['input']>;
  /** Language the course is taught in, e.g. en or pt-BR. @default en */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Courses a student must complete first. */
  prerequisiteIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** URL name; derived from the title (and made unique) when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Languages subtitles are offered in. */
  subtitleLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One or two sentences for the catalog (up to 500 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Stored lowercase without repeats; at most 20 of up to 40 characters. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

export type CreatePostInput = {
  /** Markdown, 1–10,000 characters. */
  body: Scalars['String']['input'];
  /** Share with the members of this course’s channel only. */
  courseId?: InputMaybe<Scalars['ID']['input']>;
  /** @default false */
  isPrayerRequest?: InputMaybe<Scalars['Boolean']['input']>;
  /** Announcements are for instructors and admins. @default text */
  kind?: InputMaybe<PostKind>;
  /** At most 10 pictures. */
  media?: InputMaybe<Array<PostMediaInput>>;
  /** Share with this school’s members only. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreatePrayerEntryInput = {
  /** One of prayerCategories. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–10,000 characters. */
  content: Scalars['String']['input'];
  /** The community prayer-request post this entry is created from. */
  sourcePostId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–200 characters. */
  title: Scalars['String']['input'];
  /** @default private */
  visibility?: InputMaybe<PrayerVisibility>;
};

export type CreateProgramInput = {
  /** USD cents, 0–100000. @default 0 */
  applicationFeeCents?: InputMaybe<Scalars['Int']['input']>;
  /** At most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** { minimumAge?, minimumEducation?, prerequisiteCourseIds? } */
  eligibilityRules?: InputMaybe<Scalars['JSON']['input']>;
  facultyId?: InputMaybe<Scalars['ID']['input']>;
  firstTermCourseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: ProgramKind;
  /** 3–120 characters. */
  name: Scalars['String']['input'];
  requiredCourseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Lowercase words joined by hyphens, e.g. "bachelor-of-theology". */
  slug: Scalars['String']['input'];
};

export type CreatePromoCodeInput = {
  /** For fixed codes: cents off (never below zero). */
  amountOffCents?: InputMaybe<Scalars['Int']['input']>;
  /** 3–32 letters, digits or hyphens; stored upper-case. */
  code: Scalars['String']['input'];
  kind: PromoKind;
  /** Null: unlimited. */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  /** For percent codes: 1–100. */
  percentOff?: InputMaybe<Scalars['Int']['input']>;
  /** @default now */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Null: no end. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** answerKey by type — choice: { correctOptionIds: [id] } (exactly one for single choice); true_false: { value: true }; short_answer: { acceptedAnswers?, caseSensitive?, pattern?, numeric?: { value, tolerance } } with at least one of acceptedAnswers, pattern, numeric; essay: { rubric: [{ id, title, description, points }], maxWords? }. */
export type CreateQuestionInput = {
  answerKey: Scalars['JSON']['input'];
  /** @default beginner */
  difficulty?: InputMaybe<Difficulty>;
  /** Shown to students after they answer. */
  explanation?: InputMaybe<Scalars['String']['input']>;
  /** School grade 1–12, if the question is meant for one. */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** 2–20 options for choice questions; none for the other types. */
  options?: InputMaybe<Array<QuestionOptionInput>>;
  prompt: Scalars['String']['input'];
  subject: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  topic: Scalars['String']['input'];
  type: QuestionType;
};

export type CreateSchoolInput = {
  /** Two-letter country code, e.g. CA. */
  country?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
  /** URL name; derived from the name when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type CreateStudyPlanInput = {
  courseId: Scalars['ID']['input'];
  /** The exam day, YYYY-MM-DD in your time zone. Sessions end the day before. */
  examDate: Scalars['String']['input'];
  /** 0.5 to 8. */
  hoursPerSession: Scalars['Float']['input'];
  /** Modules to cover; left out or empty means the whole course. */
  moduleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Time for notes and review on top of the material: relaxed ×1.5, normal ×1.2, intensive ×1.0. */
  pace: StudyPace;
  /** Sessions start at 08:00, 14:00 or 19:00 local time. */
  preferredTimeOfDay: TimeOfDay;
  /** First day to study, YYYY-MM-DD; today when left out. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 7; the days are spread over the week (3 → Mon, Wed, Fri). */
  studyDaysPerWeek: Scalars['Int']['input'];
  /** IANA time zone, e.g. America/Toronto. */
  timezone: Scalars['String']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The whole key, sent in the X-Api-Key header. Shown this once: only its hash is kept, so store it now. */
  secret: Scalars['String']['output'];
};

export type DecisionOutcome =
  | 'accepted'
  | 'rejected'
  | 'waitlisted';

/** A mail kept by the development mailbox (dev mode only). */
export type DevMail = {
  __typename?: 'DevMail';
  attachments: Array<DevMailAttachment>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** A file sent with a dev mail, such as a calendar invite. */
export type DevMailAttachment = {
  __typename?: 'DevMailAttachment';
  content: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
};

/** The devotion of one calendar day. Anyone can read it once its date has begun somewhere; staff see scheduled ones earlier. */
export type Devotion = {
  __typename?: 'Devotion';
  actionStep: Scalars['String']['output'];
  audioUrl?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Your completion and notes; null when you have not finished it or are signed out. */
  myCompletion?: Maybe<DevotionCompletion>;
  passage: Passage;
  prayerPrompt: Scalars['String']['output'];
  reflection: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** That you finished a devotion, and your notes. Only you can read it. */
export type DevotionCompletion = {
  __typename?: 'DevotionCompletion';
  completedAt: Scalars['DateTime']['output'];
  devotion: Devotion;
  /** YYYY-MM-DD in your timezone when you finished it; streaks count these days. */
  localDate: Scalars['String']['output'];
  notes: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
};

/** Days in a row with a completed devotion, on your local calendar. */
export type DevotionStreak = {
  __typename?: 'DevotionStreak';
  current: Scalars['Int']['output'];
  longest: Scalars['Int']['output'];
};

export type Difficulty =
  | 'advanced'
  | 'beginner'
  | 'intermediate';

/** A drafted question in courses’ question-bank shape. */
export type DraftQuestion = {
  __typename?: 'DraftQuestion';
  /** The expected answer in words (for an essay: what a good answer covers). */
  answer: Scalars['String']['output'];
  /** Courses’ answer key for the type. */
  answerKey: Scalars['JSON']['output'];
  explanation: Scalars['String']['output'];
  /** Empty for true/false, short-answer and essay questions. */
  options: Array<DraftQuestionOption>;
  prompt: Scalars['String']['output'];
  /** A complete CreateQuestionInput: pass it to createQuestion(courseId, input) as it is, or edit it first. */
  questionInput: Scalars['JSON']['output'];
  /** The lecture’s words the question rests on. */
  sourceExcerpt: Scalars['String']['output'];
  type: QuestionType;
};

export type DraftQuestionOption = {
  __typename?: 'DraftQuestionOption';
  correct: Scalars['Boolean']['output'];
  /** The option’s id in `answerKey`: a, b, c, … */
  id: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type DraftRubricScore = {
  __typename?: 'DraftRubricScore';
  comment: Scalars['String']['output'];
  criterionId: Scalars['String']['output'];
  /** Within 0 and the criterion’s points. */
  points: Scalars['Float']['output'];
};

export type EditPostInput = {
  /** Markdown, 1–10,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  isPrayerRequest?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<PostKind>;
  postId: Scalars['ID']['input'];
};

/** One place the applicant studied. */
export type EducationEntry = {
  __typename?: 'EducationEntry';
  completed: Scalars['Boolean']['output'];
  /** Field of study. */
  field?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM. */
  from?: Maybe<Scalars['String']['output']>;
  institution?: Maybe<Scalars['String']['output']>;
  /** none, secondary, diploma, bachelor, master or doctorate. */
  level?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM; null while still studying there. */
  until?: Maybe<Scalars['String']['output']>;
};

export type EducationEntryInput = {
  /** @default false */
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Field of study, at most 120 characters. */
  field?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters. */
  institution?: InputMaybe<Scalars['String']['input']>;
  /** none, secondary, diploma, bachelor, master or doctorate. */
  level?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM, not before `from`; leave out while still studying there. */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** Levels of prior education, lowest first; a higher completed level satisfies a lower requirement. */
export type EducationLevel =
  | 'bachelor'
  | 'diploma'
  | 'doctorate'
  | 'master'
  | 'none'
  | 'secondary';

/** An officer’s ruling on eligibility, which wins over the automatic check. Staff only. */
export type EligibilityOverride = {
  __typename?: 'EligibilityOverride';
  at: Scalars['DateTime']['output'];
  eligible: Scalars['Boolean']['output'];
  officer: User;
  reason: Scalars['String']['output'];
  /** Earlier rulings this one replaced (kept on record). */
  supersededCount: Scalars['Int']['output'];
};

/** One rule of the program against what the applicant told us. */
export type EligibilityReason = {
  __typename?: 'EligibilityReason';
  /** What was found, and what to change when the rule is not met. */
  detail: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
  rule: EligibilityRule;
};

/** The program rule a reason speaks about, named as in Program.eligibilityRules. */
export type EligibilityRule =
  | 'minimumAge'
  | 'minimumEducation'
  | 'prerequisiteCourseIds';

/** check: the automatic check decides; override: an officer ruled; unchecked: neither yet. */
export type EligibilitySource =
  | 'check'
  | 'override'
  | 'unchecked';

export type EnrollSchoolStudentsInput = {
  courseId: Scalars['ID']['input'];
  schoolId: Scalars['ID']['input'];
  /** 1 to 200 user ids of the school’s students. */
  studentIds: Array<Scalars['ID']['input']>;
};

export type EnrollSchoolStudentsPayload = {
  __typename?: 'EnrollSchoolStudentsPayload';
  /** How many students were enrolled by this request. */
  enrolled: Scalars['Int']['output'];
  /** One per distinct student id, in the order given. */
  results: Array<SchoolEnrollmentResult>;
};

/** A student’s enrollment in a course. Visible to the student, their confirmed parents, the course’s instructors and admins. */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** Issued when the course is completed. */
  certificate?: Maybe<Certificate>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  course: Course;
  /** The course version the student enrolled in (or re-enrolled in). */
  courseVersion: Scalars['Int']['output'];
  droppedAt?: Maybe<Scalars['DateTime']['output']>;
  enrolledAt: Scalars['DateTime']['output'];
  /** Percent with one decimal, fixed at completion. */
  finalGrade?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Every live lecture of the course in syllabus order, with the student’s position (0 when not started). */
  lectureProgress: Array<LectureProgress>;
  progress: EnrollmentProgress;
  status: EnrollmentStatus;
  student: User;
};

export type EnrollmentPeriod = {
  __typename?: 'EnrollmentPeriod';
  enrollments: Scalars['Int']['output'];
  /** Start of the UTC day, or of the week (Monday). */
  periodStart: Scalars['DateTime']['output'];
};

/** Progress over the course’s live lectures (completed) and readings (viewed); archived items do not count. */
export type EnrollmentProgress = {
  __typename?: 'EnrollmentProgress';
  completedItems: Scalars['Int']['output'];
  /** The live modules in syllabus order. */
  modules: Array<ModuleProgress>;
  /** Percent with one decimal. */
  percent: Scalars['Float']['output'];
  totalItems: Scalars['Int']['output'];
};

export type EnrollmentStatus =
  | 'active'
  | 'completed'
  | 'dropped';

/** A suggested grade; courses keeps it beside the answer until a person accepts or changes it. */
export type EssayFeedbackDraft = {
  __typename?: 'EssayFeedbackDraft';
  attemptId: Scalars['ID']['output'];
  feedback: Scalars['String']['output'];
  model?: Maybe<Scalars['String']['output']>;
  /** True when scored by rubric vocabulary without a model; a person must confirm. */
  offline: Scalars['Boolean']['output'];
  questionId: Scalars['ID']['output'];
  rubricScores: Array<DraftRubricScore>;
};

/** An AI-suggested grade. It never counts: accept it with gradeEssayAnswer(acceptAiDraft: true) or grade the essay yourself. */
export type EssayGradeDraft = {
  __typename?: 'EssayGradeDraft';
  draftedAt: Scalars['DateTime']['output'];
  feedback: Scalars['String']['output'];
  /** The model that wrote the draft. */
  model: Scalars['String']['output'];
  rubricScores: Array<RubricScore>;
};

/** Experience points from achievements and the level they make. Level n begins at 100·n·(n−1)/2 XP. */
export type Experience = {
  __typename?: 'Experience';
  /** Starts at 1. */
  level: Scalars['Int']['output'];
  /** How far through the current level, from 0 towards 1. */
  levelProgress: Scalars['Float']['output'];
  /** Total XP earned. */
  xp: Scalars['Int']['output'];
  /** Total XP at which the next level begins. */
  xpForNextLevel: Scalars['Int']['output'];
};

export type Faculty = {
  __typename?: 'Faculty';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** A code that waives the application fee, for one program or for all. */
export type FeeWaiverCode = {
  __typename?: 'FeeWaiverCode';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  maxUses: Scalars['Int']['output'];
  /** The program it waives the fee of; null: every program. */
  program?: Maybe<Program>;
  uses: Scalars['Int']['output'];
  usesLeft: Scalars['Int']['output'];
};

/** everyone: public posts; following: people you follow; my_courses: your course channels; my_school: your schools. */
export type FeedScope =
  | 'everyone'
  | 'following'
  | 'my_courses'
  | 'my_school';

/** A graded quiz (its best graded attempt) or assignment submission of one student. */
export type Grade = {
  __typename?: 'Grade';
  course: Course;
  gradedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The quiz or assignment id. */
  itemId: Scalars['ID']['output'];
  itemType: GradeItemType;
  maxScore: Scalars['Float']['output'];
  /** Percent with one decimal. */
  percent: Scalars['Float']['output'];
  score: Scalars['Float']['output'];
  title: Scalars['String']['output'];
};

export type GradeItemType =
  | 'assignment'
  | 'quiz';

/** An application’s interview. It stays after a cancellation (cancelled: true) until booked again. */
export type Interview = {
  __typename?: 'Interview';
  /** The iCalendar text for your calendar: an invite worded for your role, or the cancellation while cancelled. */
  calendarInvite: Scalars['String']['output'];
  cancelled: Scalars['Boolean']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When an officer recorded it. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** A room or a meeting link; null while cancelled. */
  location?: Maybe<Scalars['String']['output']>;
  /** The officer’s notes. Staff only. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The interviewing officer. Staff only. */
  officer?: Maybe<User>;
  /** Times the applicant moved it (a rebooking after their own cancellation counts). */
  reschedules: Scalars['Int']['output'];
  /** 0–100. Staff only. */
  score?: Maybe<Scalars['Int']['output']>;
  startsAt: Scalars['DateTime']['output'];
};

/** A time an admissions officer can interview, for one program. */
export type InterviewSlot = {
  __typename?: 'InterviewSlot';
  booked: Scalars['Boolean']['output'];
  /** The application holding the slot. Staff of the program only. */
  bookedApplication?: Maybe<Application>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** A room or a meeting link. */
  location: Scalars['String']['output'];
  /** The interviewing officer. Staff of the program only. */
  officer?: Maybe<User>;
  programId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type InterviewSlotInput = {
  /** 15–180 minutes after startsAt. */
  endsAt: Scalars['DateTime']['input'];
  /** A room or a meeting link; at most 300 characters. @default "Online" */
  location?: InputMaybe<Scalars['String']['input']>;
  /** In the future. */
  startsAt: Scalars['DateTime']['input'];
};

export type InviteStatus =
  | 'accepted'
  | 'declined'
  | 'pending';

/** A video, live or interactive lecture. Material fields need an enrollment (or editing rights). */
export type Lecture = {
  __typename?: 'Lecture';
  captions: Array<LectureCaption>;
  course: Course;
  durationSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: LectureKind;
  materials: Array<LectureMaterial>;
  module: Module;
  /** A signed link to the notes, valid for an hour. */
  notesUrl?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  /** A signed link to the slides, valid for an hour. */
  slidesUrl?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  transcript: Scalars['String']['output'];
  videoUrl?: Maybe<Scalars['String']['output']>;
};

/** WebVTT captions of a lecture in one language. */
export type LectureCaption = {
  __typename?: 'LectureCaption';
  language: Scalars['String']['output'];
  vtt: Scalars['String']['output'];
};

export type LectureCaptionInput = {
  /** Language code, e.g. en or pt-BR. */
  language: Scalars['String']['input'];
  /** The WebVTT file; its first line is "WEBVTT". */
  vtt: Scalars['String']['input'];
};

export type LectureDropOff = {
  __typename?: 'LectureDropOff';
  completed: Scalars['Int']['output'];
  /** (started − completed) / started; 0 when nobody started. */
  dropOffRate: Scalars['Float']['output'];
  lecture: Lecture;
  /** Students with any progress on the lecture. */
  started: Scalars['Int']['output'];
};

/** Which of a lecture’s files: its slides or its notes. */
export type LectureFileKind =
  | 'notes'
  | 'slides';

export type LectureKind =
  | 'interactive'
  | 'live'
  | 'video';

/** A supplementary link or file of a lecture. */
export type LectureMaterial = {
  __typename?: 'LectureMaterial';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type LectureMaterialInput = {
  title: Scalars['String']['input'];
  /** An https:// link. */
  url: Scalars['String']['input'];
};

/** One student’s position in one lecture. A lecture is completed at 95% of its length or when the player says so. */
export type LectureProgress = {
  __typename?: 'LectureProgress';
  completed: Scalars['Boolean']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The enrollment this progress counts toward, with its updated progress and status. */
  enrollment: Enrollment;
  lecture: Lecture;
  positionSeconds: Scalars['Int']['output'];
  /** Null until the student starts the lecture. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type LectureSummary = {
  __typename?: 'LectureSummary';
  keyPoints: Array<Scalars['String']['output']>;
  lecture: Lecture;
  model?: Maybe<Scalars['String']['output']>;
  /** True when quoted from the transcript without a model. */
  offline: Scalars['Boolean']['output'];
  /** Markdown. */
  summary: Scalars['String']['output'];
};

/** One inconsistency the ledger audit found. */
export type LedgerProblem = {
  __typename?: 'LedgerProblem';
  accountId?: Maybe<Scalars['ID']['output']>;
  kind: LedgerProblemKind;
  /** What is wrong, with the figures involved. */
  message: Scalars['String']['output'];
  transactionId?: Maybe<Scalars['ID']['output']>;
  /** The wallet owner, for a negative wallet. */
  userId?: Maybe<Scalars['ID']['output']>;
};

export type LedgerProblemKind =
  /** An account whose balance is not the sum of its entries. */
  | 'balance_mismatch'
  /** Problems of one kind beyond those listed; the message says how many. */
  | 'more_problems'
  /** A person’s wallet below zero. */
  | 'negative_wallet'
  /** A transaction with fewer than two entries. */
  | 'too_few_entries'
  /** A transaction whose entries do not sum to zero. */
  | 'unbalanced_transaction';

/** One movement of coins in the double-entry ledger, seen from a wallet. */
export type LedgerTransaction = {
  __typename?: 'LedgerTransaction';
  /** The person on the other side; null when coins came from or went to the platform (mint, reward, burn…). */
  counterparty?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  type: LedgerTransactionType;
};

export type LedgerTransactionType =
  /** Destroyed by the platform (admin burn). */
  | 'burn'
  /** Created by the platform (admin mint). */
  | 'mint'
  /** Spent on something bought with ScrollCoin. */
  | 'purchase'
  /** Given back for a refunded purchase. */
  | 'refund'
  /** Earned (course completion, achievements…). */
  | 'reward'
  /** Sent from one person to another. */
  | 'transfer';

/** The result of auditing the whole ScrollCoin ledger in one consistent snapshot. */
export type LedgerVerification = {
  __typename?: 'LedgerVerification';
  /** Accounts checked. */
  accounts: Scalars['Int']['output'];
  /** True when no problem was found. */
  ok: Scalars['Boolean']['output'];
  /** At most 100 per kind, then a more_problems entry. */
  problems: Array<LedgerProblem>;
  /** Transactions checked. */
  transactions: Scalars['Int']['output'];
};

export type LicenceClaim = {
  __typename?: 'LicenceClaim';
  /** The courses you now have access to. */
  courses: Array<Course>;
  licenceId: Scalars['ID']['output'];
};

export type LicenceCode = {
  __typename?: 'LicenceCode';
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  claimedBy?: Maybe<User>;
  /** Hand it to one student; it works once. */
  code: Scalars['String']['output'];
};

/** A verse in your memory deck with its spaced-repetition (FSRS) schedule. Only its owner can read it. */
export type MemoryCard = {
  __typename?: 'MemoryCard';
  createdAt: Scalars['DateTime']['output'];
  /** FSRS difficulty, 1–10. */
  difficulty: Scalars['Float']['output'];
  due: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Times the verse was forgotten after it had been learnt. */
  lapses: Scalars['Int']['output'];
  lastReview?: Maybe<Scalars['DateTime']['output']>;
  /** 0–100: the predicted chance (FSRS retrievability) of recalling the verse right now. */
  mastery: Scalars['Int']['output'];
  reps: Scalars['Int']['output'];
  scheduledDays: Scalars['Int']['output'];
  /** FSRS stability in days. */
  stability: Scalars['Float']['output'];
  state: MemoryCardState;
  verse: MemoryVerse;
};

/** FSRS state of a memory card. */
export type MemoryCardState =
  | 'learning'
  | 'new'
  | 'relearning'
  | 'review';

/** An exercise for one card. The same card gives the same exercise all day (in your time zone). */
export type MemoryPractice = {
  __typename?: 'MemoryPractice';
  /** fill_in_blank: the hidden words in order; otherwise the verse word by word. */
  answers: Array<Scalars['String']['output']>;
  cardId: Scalars['ID']['output'];
  mode: MemoryPracticeMode;
  /** Blanks as "_____", first letters with punctuation kept, or the shuffled words. */
  prompt: Scalars['String']['output'];
  /** The prompt word by word (word_order: the shuffled words). */
  words: Array<Scalars['String']['output']>;
};

export type MemoryPracticeMode =
  | 'fill_in_blank'
  | 'first_letters'
  | 'word_order';

/** How well the verse was recalled. */
export type MemoryReviewRating =
  | 'again'
  | 'easy'
  | 'good'
  | 'hard';

/** A verse to memorise, in a public-domain translation. */
export type MemoryVerse = {
  __typename?: 'MemoryVerse';
  curated: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  passage: Passage;
  reference: Scalars['String']['output'];
  text: Scalars['String']['output'];
  translation: Scalars['String']['output'];
};

/** A chat message. `seq` orders a channel’s messages; pass the last one you saw to catch up. */
export type Message = {
  __typename?: 'Message';
  /** Files sent with the message; none once it is deleted. */
  attachments: Array<MessageAttachment>;
  author: User;
  /** Markdown; null for deleted messages and for held or rejected ones you may not see. */
  body?: Maybe<Scalars['String']['output']>;
  channel: Channel;
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Earlier versions, oldest first; empty for deleted messages and for held ones you may not read. */
  edits: Array<MessageEdit>;
  id: Scalars['ID']['output'];
  mentions: Array<User>;
  /** Whether the message is shown; held messages wait for a moderator. */
  moderation: ModerationStatus;
  /** One entry per emoji, in order of first use. */
  reactions: Array<ReactionSummary>;
  replyCount: Scalars['Int']['output'];
  seq: Scalars['Int']['output'];
  /** Replies to this message, oldest first; open with `last` and scroll back with `before`. */
  thread: MessageConnection;
  threadRootId?: Maybe<Scalars['ID']['output']>;
};


/** A chat message. `seq` orders a channel’s messages; pass the last one you saw to catch up. */
export type MessageThreadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A file attached to a message: an image, a PDF or plain text of at most 1 MB. */
export type MessageAttachment = {
  __typename?: 'MessageAttachment';
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  /** A signed download link, valid for an hour. */
  url: Scalars['String']['output'];
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** The text a message had before an edit. */
export type MessageEdit = {
  __typename?: 'MessageEdit';
  editedAt: Scalars['DateTime']['output'];
  /** Markdown. */
  previousBody: Scalars['String']['output'];
};

/** A report or an automatic hold waiting for (or decided by) a moderator. Seen by moderators and, without the reporter, by the author. */
export type ModerationCase = {
  __typename?: 'ModerationCase';
  author: User;
  /** The reported message, post or comment as it reads now (Markdown); moderators only, null once deleted. */
  content?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** Who reported it; moderators only. */
  reporter?: Maybe<User>;
  source: CaseSource;
  status: CaseStatus;
  targetId: Scalars['ID']['output'];
  targetType: ReportTarget;
};

export type ModerationDecision =
  | 'approve'
  | 'reject';

export type ModerationStatus =
  | 'held'
  | 'rejected'
  | 'visible';

/** An ordered part of a course. Locks and completion requirements are enforced by the server. */
export type Module = {
  __typename?: 'Module';
  assignments: Array<Assignment>;
  course: Course;
  id: Scalars['ID']['output'];
  lectures: Array<Lecture>;
  position: Scalars['Int']['output'];
  quizzes: Array<Quiz>;
  readings: Array<Reading>;
  /** Completion needs every item finished: lectures completed, readings viewed, quizzes and assignments graded. */
  requireAllItems: Scalars['Boolean']['output'];
  /** Completion also needs this quiz passed at requiredScorePercent. */
  requiredQuizId?: Maybe<Scalars['ID']['output']>;
  requiredScorePercent?: Maybe<Scalars['Int']['output']>;
  /** Items must be completed in order. */
  sequential: Scalars['Boolean']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Students cannot open it before this time. */
  unlockAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A module’s progress for one student: lectures completed and readings viewed, completion and lock. */
export type ModuleProgress = {
  __typename?: 'ModuleProgress';
  /** Every requirement of the module is met (items and required quiz). */
  completed: Scalars['Boolean']['output'];
  completedItems: Scalars['Int']['output'];
  /** The module has not opened yet. */
  locked: Scalars['Boolean']['output'];
  lockedReason?: Maybe<Scalars['String']['output']>;
  module: Module;
  opensAt?: Maybe<Scalars['DateTime']['output']>;
  /** Live lectures completed and readings viewed, in percent with one decimal. */
  percent: Scalars['Float']['output'];
  totalItems: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Staff add an internal note (1–5,000 characters) to an application. Errors: BAD_USER_INPUT (applicationId, body), NOT_FOUND, FORBIDDEN (the applicant). */
  addApplicationNote: ApplicationNote;
  /** Adds an assignment at the end of a module. The course’s instructors and admins only. */
  addAssignment: Assignment;
  /** Adds a word or phrase (stored lower-case; idempotent); returns it as stored. Admins only. Errors: BAD_USER_INPUT, FORBIDDEN. */
  addBlockedWord: Scalars['String']['output'];
  /** Comments on a post you can see, or replies to one of its top-level comments. Errors: NOT_FOUND, FORBIDDEN while banned, BAD_USER_INPUT. */
  addComment: PostComment;
  /** Adds a lecture at the end of a module. The course’s instructors and admins only. */
  addLecture: Lecture;
  /** Adds a module at the end of the course. Its instructors and admins only. */
  addModule: Module;
  /** Adds a quiz at the end of a module; give it questions with setQuizQuestions. The course’s instructors and admins only. */
  addQuiz: Quiz;
  /** Reacts with one emoji (👍) or a :short_name: of at most 32 characters. Reacting twice with the same emoji changes nothing. */
  addReaction: Message;
  /** Adds a reading at the end of a module. The course’s instructors and admins only. */
  addReading: Reading;
  /** Adds an admin or teacher (students join with the join code: BAD_USER_INPUT). Allowed for the school’s admins and platform admins. */
  addSchoolMember: School;
  /** Adds a course, bundle or school licence. Things you already own are refused. */
  addToCart: Cart;
  /** Adds a curated verse to your deck, due now. NOT_FOUND for an unknown verse; CONFLICT when it is already in your deck. */
  addVerseToDeck: MemoryCard;
  /** Staff move an eligible application from eligibility review to the spiritual evaluation. Errors: NOT_FOUND, FORBIDDEN, CONFLICT ("not eligible: override or reject", or not in eligibility review), BAD_USER_INPUT (note). */
  advanceToSpiritualEvaluation: Application;
  /** Records your answer. Practice mode: once per question, with feedback at once. Exam mode: may be changed until you submit; CONFLICT when time is up. */
  answerPracticeQuestion: PracticeAnswerResult;
  /** Applies a promo code (replacing any code on the cart). */
  applyPromoCode: Cart;
  /** Applies a scholarship issued to you (replacing any code on the cart). It discounts scholarship-eligible courses. */
  applyScholarship: Cart;
  /** Archives a channel (owners): it stays readable but takes no new messages or members. */
  archiveChannel: Channel;
  /** Archives a published course: enrolled students keep it, nobody new enrols, it no longer changes. The owner or an admin only; CONFLICT unless published. */
  archiveCourse: Course;
  /** Takes a question out of the bank (attempts that used it keep it). A question a current quiz still asks is refused with CONFLICT: remove it from the quiz first. */
  archiveQuestion: Question;
  /** Staff assign an application to one of its program’s admissions officers, or unassign it with officerId null. Errors: BAD_USER_INPUT (applicationId; officerId when not an officer of the program), NOT_FOUND, FORBIDDEN (the applicant), CONFLICT (a draft). */
  assignApplication: Application;
  /** Admins let a person work on a program’s applications. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT. */
  assignProgramOfficer: Program;
  /** Without channelId: admins only. With it: the channel’s owners and moderators. Errors: BAD_USER_INPUT, NOT_FOUND (channel), FORBIDDEN. */
  banUser: Ban;
  /** The applicant (or staff of the program, on their behalf and outside the reschedule limit) books a free slot of the program once the spiritual evaluation is scored; both sides are mailed a calendar invite. Errors: NOT_FOUND, CONFLICT (not scored, already booked, slot taken or started, reschedule limit). */
  bookInterview: Application;
  /** Staff assign up to 100 applications to one officer, each on its own; results come in the order given. Errors for the whole call: BAD_USER_INPUT (applicationIds, officerId), FORBIDDEN (not staff). Per application: NOT_FOUND, BAD_USER_INPUT (officerId not an officer of its program), CONFLICT. */
  bulkAssignApplications: Array<BulkApplicationResult>;
  /** Staff decide up to 100 applications with one outcome and rationale, each on its own; results come in the order given. Errors for the whole call: BAD_USER_INPUT (applicationIds, rationale), FORBIDDEN (not staff). Per application: NOT_FOUND, CONFLICT (not decidable, or the intake is full). */
  bulkDecideApplications: Array<BulkApplicationResult>;
  /** Admins only: destroys coins from a person’s wallet. Never takes a wallet below zero. */
  burnScrollCoin: ScrollCoinAdjustment;
  /** The applicant (before it starts) or staff call off the booked interview; the slot is freed, the application waits for a new booking and both sides get a calendar cancellation. Errors: NOT_FOUND, FORBIDDEN, CONFLICT, BAD_USER_INPUT (reason). */
  cancelInterview: Application;
  /** Stops an answer that is still being written and keeps what the tutor said so far. An answer that already ended is returned as it is. */
  cancelTutorMessage: TutorMessage;
  /** Cancels your tutor plan at the end of the paid period (in test mode, at once). */
  cancelTutorPlan: TutorSubscription;
  /** Changes your password and signs out every session; sign in again with the new one. */
  changePassword: Scalars['Boolean']['output'];
  /** Starts paying your card order. Calling it again returns the same open checkout. */
  checkoutOrder: Checkout;
  /** Claims a seat of your school’s licence: you get access to its course(s). */
  claimLicenceCode: LicenceClaim;
  /** Records that you finished a devotion, on today’s date in your timezone. Finishing it again only replaces the notes. NOT_FOUND for a devotion whose date has not begun. */
  completeDevotion: DevotionCompletion;
  /** Marks a day of a plan you follow as read; again changes nothing. NOT_FOUND for an unknown plan, FORBIDDEN when you do not follow it. */
  completeReadingPlanDay: ReadingPlanParticipation;
  /** Finishes linking: the signature of the challenge message by the wallet it names. */
  completeWalletLink: ChainAddress;
  /** An accepted applicant takes their place: decided (accepted) → enrolled. Errors: BAD_USER_INPUT (applicationId), NOT_FOUND, CONFLICT (not accepted). */
  confirmEnrolment: Application;
  /** Adds a tutor persona. Administrators only. */
  createAITutor: AiTutor;
  /** A new key for the public graph. Allowed for the school’s admins and platform admins; a school holds at most 20 active keys. */
  createApiKey: CreatedApiKey;
  createBundle: Bundle;
  /** Starts a public or private channel or a study group; you become its owner. */
  createChannel: Channel;
  /** Creates a draft course owned by you. Instructors and admins only. */
  createCourse: Course;
  /** Adds a faculty. Admins only. */
  createFaculty: Faculty;
  /** Admins issue a fee waiver code (a readable one is generated when none is given). Errors: FORBIDDEN; NOT_FOUND (program); BAD_USER_INPUT (maxUses, expiresAt, code); CONFLICT (code exists). */
  createFeeWaiverCode: FeeWaiverCode;
  /** Writes a post. Errors: FORBIDDEN for announcements by non-staff, for a course or school you are not a member of, or while banned; BAD_USER_INPUT for invalid input. */
  createPost: Post;
  /** Adds a category of your own. Errors: BAD_USER_INPUT (empty or over 40 characters), CONFLICT (you already have one by that name). */
  createPrayerCategory: PrayerCategory;
  /** Writes a journal entry (private unless you choose otherwise). Errors: BAD_USER_INPUT (empty or too long, or a category that is not yours). */
  createPrayerEntry: PrayerEntry;
  /** Admins create a program. Errors: FORBIDDEN, BAD_USER_INPUT (field named), CONFLICT (slug taken). */
  createProgram: Program;
  /** Admins add an intake to a program. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT (term taken). */
  createProgramIntake: ProgramIntake;
  createPromoCode: PromoCode;
  /** Adds a question to a course’s bank. The course’s instructors and admins only. */
  createQuestion: Question;
  /** Platform admins only. */
  createSchool: School;
  /** Plans study sessions for an exam in a course you are enrolled in. BAD_USER_INPUT (with sessionsNeeded, sessionsAvailable and hoursNeeded) when the material does not fit before the exam. */
  createStudyPlan: StudyPlan;
  /** Switches your account off and signs you out everywhere. Your data stays. */
  deactivateAccount: Scalars['Boolean']['output'];
  /** Staff decide an application: accepted (takes a place of the intake), waitlisted or rejected, with a rationale of 20–5,000 characters kept for staff. Admins may decide any program’s. Errors: BAD_USER_INPUT (applicationId, rationale), NOT_FOUND, FORBIDDEN (the applicant), CONFLICT (not at a decidable stage, or the intake is full). */
  decideApplication: Application;
  /** approve shows held content; reject hides it (a reason is required) and tells the author. Errors: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT when already decided. */
  decideModerationCase: ModerationCase;
  /** Soft-deletes a comment (its author or an admin). Errors: NOT_FOUND, FORBIDDEN. */
  deleteComment: PostComment;
  /** Deletes a message (its author, or the channel’s owners and moderators); it stays as a tombstone. */
  deleteMessage: Message;
  /** Deletes your account: personal data is erased, sessions end, other services are told. */
  deleteMyAccount: Scalars['Boolean']['output'];
  /** Soft-deletes a post (its author or an admin). Errors: NOT_FOUND, FORBIDDEN. */
  deletePost: Post;
  /** The author deletes an entry; returns its id. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT. */
  deletePrayerEntry: Scalars['ID']['output'];
  /** Deletes one of your plans with its sessions; returns its id. */
  deleteStudyPlan: Scalars['ID']['output'];
  /** Deletes one of your sessions and all its messages; returns its id. */
  deleteTutorSession: Scalars['ID']['output'];
  /** Drops the signed-in student’s active enrollment; progress is kept. NOT_FOUND when not enrolled, CONFLICT when already dropped or completed. */
  dropCourse: Enrollment;
  /** Changes your message’s text; the previous text is kept in `edits`. */
  editMessage: Message;
  /** The author edits a post. Errors: NOT_FOUND, FORBIDDEN (not the author, or banned), BAD_USER_INPUT. */
  editPost: Post;
  /** Ends your partnership with this person (or withdraws a pending invitation); returns their id. Errors: NOT_FOUND, BAD_USER_INPUT. */
  endPrayerPartnership: Scalars['ID']['output'];
  /** Ends one tab’s session (send it when the tab closes). Returns false when there was no such session of yours. */
  endPresenceSession: Scalars['Boolean']['output'];
  /** Enrolls the signed-in student in a published course; enrolling again after dropping reactivates the enrollment with its progress. BAD_USER_INPUT (malformed id), UNAUTHENTICATED, NOT_FOUND (unknown, draft or in-review course), CONFLICT (archived course, already enrolled or completed), FORBIDDEN (a prerequisite not completed: `extensions.missingCourses`), PAYMENT_REQUIRED (paid course without access). */
  enroll: Enrollment;
  /** Enrolls students who share their progress with the school in a published free course, all or nothing, with a status per student. BAD_USER_INPUT (more than 200 ids, malformed ids), FORBIDDEN (not a key of this school with write:enrollments, nor a platform admin), NOT_FOUND (no such published course), PAYMENT_REQUIRED (a paid course: give students scholarship codes instead). */
  enrollSchoolStudents: EnrollSchoolStudentsPayload;
  /** Drafts rubric scores and feedback for a submitted essay answer (the course’s instructors and administrators) and sends them to the grader. */
  essayFeedback: EssayFeedbackDraft;
  /** Idempotent. Errors: BAD_USER_INPUT for yourself or an invalid id. */
  followUser: Scalars['Boolean']['output'];
  /** Drafts questions from a lecture (the course’s instructors and administrators). Types are used in turn. */
  generateQuiz: TutorQuizDraft;
  /** Grades a submission against the assignment’s rubric (one score per criterion): the course’s instructors and admins. */
  gradeAssignmentSubmission: AssignmentSubmission;
  /** Scores an essay answer against its rubric: the course’s instructors and admins. acceptAiDraft copies the AI draft’s scores (recorded as your grade). The attempt becomes graded when every answer has a score. */
  gradeEssayAnswer: QuizAttempt;
  /** Admins only: gives a person a platform role. */
  grantRole: User;
  /** Invites someone to be your prayer partner. If they already invited you, this accepts their invitation instead. Errors: BAD_USER_INPUT (yourself or a malformed id), CONFLICT (already partners, or already invited). */
  invitePrayerPartner: PrayerPartnership;
  /** Invites a referee by email to a single-use form valid for 14 days (draft or submitted applications; at most 3 referees). Errors: NOT_FOUND; CONFLICT (3 already, same email, review started); BAD_USER_INPUT (refereeName, refereeEmail, relationship). */
  inviteReferee: ApplicationReference;
  /** Invites someone into a private channel or study group (owners and moderators). */
  inviteToChannel: ChannelInvite;
  /** Admins: gives one person a single-use scholarship code. */
  issueScholarship: Scholarship;
  /** Joins a public channel. */
  joinChannel: Channel;
  /** Starts following a plan. With withUserIds (and no groupId) you start a reading group and your friends are invited to join it with the returned groupId; with groupId you join that group. NOT_FOUND for an unknown plan or group of this plan; CONFLICT when you already follow it. */
  joinReadingPlan: ReadingPlanParticipation;
  /** Joins the school whose join code this is, as a student. `shareProgress` lets the school (and its API keys with read:students) see your course progress; you can change it at any time. NOT_FOUND for a code no school has, CONFLICT when you are already its student. */
  joinSchool: SchoolMembership;
  /** Leaves a channel. The last owner must make someone else an owner first (CONFLICT). */
  leaveChannel: Channel;
  /** Leaves a school you are a student of; it stops seeing your progress. NOT_FOUND when you are not its student. */
  leaveSchool: Scalars['Boolean']['output'];
  /** Ends a ban now (idempotent). Same permissions as banUser. Errors: NOT_FOUND, FORBIDDEN. */
  liftBan: Ban;
  /** Idempotent. Errors: NOT_FOUND when you cannot see the post. */
  likePost: Post;
  /** Signs in. Five failures in 15 minutes (per account and per address) answer RATE_LIMITED. */
  login: AuthPayload;
  /** Ends the session the refresh token belongs to. Always true. */
  logout: Scalars['Boolean']['output'];
  /** Moves your read receipt to `seq` (a message of the channel); it never moves backwards. */
  markChannelRead: ReadReceipt;
  /** Marks your notifications read (all of them, or those named); returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** The author records that a prayer was answered, with an optional testimony. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT. */
  markPrayerAnswered: PrayerEntry;
  /** Records that the student opened a reading. Needs an enrollment and an open module; BAD_USER_INPUT, UNAUTHENTICATED, NOT_FOUND (unknown or archived reading), FORBIDDEN (not enrolled, or locked). */
  markReadingViewed: ReadingView;
  /** Records that you studied a session of your plan (a missed one too), with how it went. CONFLICT when already done. */
  markStudySessionDone: StudySession;
  /** Admins only: creates coins from the treasury into a person’s wallet. */
  mintScrollCoin: ScrollCoinAdjustment;
  /** Your direct conversation with someone: the existing one, or a new one. */
  openDirectChannel: Channel;
  /** Staff rule an application eligible or not, whatever the automatic check says, with a reason of at least 10 characters. Errors: NOT_FOUND (no application you may read), FORBIDDEN (not staff of its program), CONFLICT (decided, enrolled or withdrawn), BAD_USER_INPUT (reason). */
  overrideEligibility: Application;
  /** Starts paying the fee of your application: an order of one application fee and its card checkout. Calling it again (same key, or while that checkout is open) returns the same order and checkout; a paid fee is a CONFLICT. Application fees are paid by card only. */
  payApplicationFee: ApplicationFeePayment;
  /** Turns your cart into an order. Card orders then go to checkoutOrder; ScrollCoin orders are paid from your wallet at once (PAYMENT_REQUIRED and nothing changes when it is short); free orders are paid at once. The same idempotency key returns the same order. */
  placeOrder: Order;
  /** "I prayed" for an entry you can see: counts once per person per entry per day in your time zone; again the same day returns the current count. Errors: NOT_FOUND, BAD_USER_INPUT. */
  prayedFor: PrayerEntry;
  /** An officer of the program publishes up to 100 times they can interview, by start time. Errors: FORBIDDEN, NOT_FOUND (program), BAD_USER_INPUT (slots[i].startsAt / endsAt / location: past, too short or long, overlapping). */
  publishInterviewSlots: Array<InterviewSlot>;
  /** Receives one Stripe webhook: the raw request body and its Stripe-Signature header. */
  receiveStripeWebhook: StripeWebhookReceipt;
  /** Staff run the automatic eligibility check again (after the applicant corrected their details, or the program's rules changed). Errors: NOT_FOUND (no application you may read), FORBIDDEN (not staff of its program), CONFLICT (decided, enrolled or withdrawn). */
  recheckEligibility: Application;
  /** Staff record a held interview’s notes and a score from 0 to 100; the application becomes interviewed. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (notes, score), CONFLICT. */
  recordInterview: Application;
  /** Records the playback position in a lecture (clamped to its length). Needs an enrollment and an open module; BAD_USER_INPUT, UNAUTHENTICATED, NOT_FOUND (unknown or archived lecture), FORBIDDEN (not enrolled, or locked: `extensions.opensAt` / `extensions.blockingItem`). */
  recordLectureProgress: LectureProgress;
  /** Trades a refresh token for a new session. A token works once; reusing one ends the session. */
  refreshToken: AuthPayload;
  /** Admins: refunds a ScrollCoin order in full (coins back to the wallet, access revoked). Card orders are refunded in Stripe. */
  refundOrder: Order;
  /** Creates an account and mails a verification code. */
  register: RegisterPayload;
  /** Removes a document from your draft and returns the application. Errors: NOT_FOUND; CONFLICT (not a draft). */
  removeApplicationDocument: Application;
  /** Removes an assignment and returns its module. Archived (submissions survive) in a course that has ever been published; deleted in a never-published draft. */
  removeAssignment: Module;
  /** Returns whether the word was on the list. Admins only. */
  removeBlockedWord: Scalars['Boolean']['output'];
  removeCartCode: Cart;
  /** Removes someone from a channel (owners and moderators; only owners remove owners). */
  removeChannelMember: Channel;
  removeFromCart: Cart;
  /** An officer of the program removes a slot nobody has booked, and gets it back as it was. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (booked). */
  removeInterviewSlot: InterviewSlot;
  /** Removes a lecture and returns its module. Archived (progress survives) in a course that has ever been published; deleted in a never-published draft. */
  removeLecture: Module;
  /** Removes a lecture’s slides or notes. The course’s instructors and admins only. */
  removeLectureFile: Lecture;
  /** Removes a module and its items and returns the course. In a course that has ever been published they are archived, so students’ progress survives; in a never-published draft they are deleted. */
  removeModule: Course;
  /** Admins take a person off a program. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT. */
  removeProgramOfficer: Program;
  /** Removes a quiz and returns its module; modules that required it stop requiring it. Archived (attempts survive) in a course that has ever been published; deleted in a never-published draft. */
  removeQuiz: Module;
  /** Takes your reaction back; removing one you did not make changes nothing. */
  removeReaction: Message;
  /** Removes a reading and returns its module. Archived in a course that has ever been published; deleted in a never-published draft. */
  removeReading: Module;
  /** Removes an admin, teacher or student (whose consent to share progress ends with it). Allowed for the school’s admins and platform admins. */
  removeSchoolMember: School;
  /** Removes a verse and its review history from your deck; returns the removed card’s id. NOT_FOUND when it is not in your deck. */
  removeVerseFromDeck: Scalars['ID']['output'];
  renameTutorSession: TutorSession;
  /** Puts modules, or one kind of item in a module, in a new order and returns the course. orderedIds must hold exactly the current ones, each once (BAD_USER_INPUT otherwise). */
  reorder: Course;
  /** Marks sessions whose time passed unstudied as missed and spreads their topics over the study days left before the exam. */
  replanStudyPlan: StudyPlan;
  /** Reports a message, post or comment you can see. Errors: BAD_USER_INPUT, NOT_FOUND, CONFLICT on a second report of the same thing. */
  report: ModerationCase;
  /** A heartbeat from one tab: send it every 30 seconds with the tab’s own UUID and whether the person is active (online) or idle (away). Returns true when your overall status changed. CONFLICT when the session id belongs to someone else. */
  reportPresence: Scalars['Boolean']['output'];
  /** Mails a new email-verification code if the address has an unverified account. Always true. */
  requestOtp: Scalars['Boolean']['output'];
  /** Asks to be linked as the parent of the account with this email; the child confirms. */
  requestParentLink: ParentLink;
  /** Mails a reset code if the email has an account. Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Staff ask the tutor for a suggested scoring of the submitted questionnaire; it arrives in spiritualEvaluation.aiDraft and scores nothing by itself. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (not submitted, interview held, or a draft already on its way). */
  requestSpiritualEvaluationDraft: Application;
  /** The applicant moves the interview to another free slot (at most twice, not within 24 hours of the start); both sides get the moved invite. Errors: NOT_FOUND, CONFLICT. */
  rescheduleInterview: Application;
  /** Mails the referee a new link valid for 14 days; the old link stops working. Errors: NOT_FOUND; CONFLICT (already answered, review started). */
  resendRefereeInvite: ApplicationReference;
  /** Sets a new password with the mailed code and signs out every session. */
  resetPassword: Scalars['Boolean']['output'];
  /** Accepts (joining the channel) or declines an invitation addressed to you. */
  respondToChannelInvite: ChannelInvite;
  /** The child confirms (accept: true) or declines a pending request. */
  respondToParentLink: ParentLink;
  /** Accepts or declines an invitation you received. Errors: NOT_FOUND (not yours), CONFLICT (already answered), BAD_USER_INPUT. */
  respondToPrayerPartnerInvite: PrayerPartnership;
  /** An admin’s decision on a submitted course (CONFLICT when nothing awaits review). approve publishes it and bumps version; reject needs a reason of at least 10 characters and sends a draft back to draft (a published course stays published) with the reason as its review note. */
  reviewCourse: Course;
  /** Rates your recall of a card now and schedules its next review with FSRS. NOT_FOUND for anyone else’s card. */
  reviewMemoryCard: MemoryCard;
  /** Stops the key at once. Revoking a revoked key changes nothing. */
  revokeApiKey: ApiKey;
  /** Admins only: takes a platform role away. An admin cannot remove their own admin role. */
  revokeRole: User;
  /** A new key with the same settings; the old one keeps working for overlapMinutes (0 to 1440), then stops. */
  rotateApiKey: CreatedApiKey;
  /** Gives the school a new join code (10 characters); the old code stops working at once. The school’s admins and platform admins only: FORBIDDEN otherwise, NOT_FOUND for an unknown school. */
  rotateSchoolJoinCode: School;
  /** Gives the plan a new calendar feed URL; the old one stops working at once. */
  rotateStudyPlanCalendarToken: StudyPlan;
  /** Saves part or all of your draft. Errors: NOT_FOUND, CONFLICT (already submitted), BAD_USER_INPUT (extensions.field is the path of the first problem, extensions.fields lists all). */
  saveApplicationDraft: Application;
  /** Saves answers of your attempt in progress (each replaces the earlier answer to its question). CONFLICT once submitted or when time is up. */
  saveQuizAnswers: QuizAttempt;
  /** The applicant saves answers (merged over earlier ones) while the application is in spiritual evaluation and the questionnaire is not yet submitted. Errors: NOT_FOUND, BAD_USER_INPUT (answers[i].questionId, answers[i].answer), CONFLICT. */
  saveSpiritualQuestionnaire: Application;
  /** Schedules the devotion of a date (staff: instructors and admins). CONFLICT when the date already has one, or when the passage is stored with different text. */
  scheduleDevotion: Devotion;
  /** Staff score the submitted questionnaire: every criterion once, 0 to its maxPoints, with a note. Scoring again before the interview replaces the score and is kept on record. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (scores[i].criterionId, scores[i].points, scores, note), CONFLICT. */
  scoreSpiritualEvaluation: Application;
  /** Sends a Markdown message (at most 4,000 characters) to a channel, optionally as a reply in a thread and with files uploaded by uploadMessageAttachment. At most 20 messages per 10 seconds (RATE_LIMITED with extensions.retryAfter). Messages with blocked words are held for moderation. */
  sendMessage: Message;
  /** Asks the tutor. Returns at once with your stored question and the id of the pending answer, which streams on `tutorStream`. Errors: PAYMENT_REQUIRED when this month’s questions are used up (extensions carry plan, limit and remaining), RATE_LIMITED when asking too fast, CONFLICT while the previous answer is still being written. */
  sendTutorMessage: SendTutorMessagePayload;
  /** Makes a member an owner, moderator or plain member (owners only). */
  setChannelMemberRole: ChannelMember;
  /** Replaces the co-instructors, in teaching order (leave the owner out). The owner or an admin only. */
  setCourseInstructors: Course;
  /** Prices a course. Its owner or an admin may. */
  setCoursePrice: CoursePrice;
  /** Replaces the quiz’s questions, in order, each with its points. Questions come from the same course’s bank. */
  setQuizQuestions: Quiz;
  /** Starts or stops sharing your progress with a school you are a student of. NOT_FOUND when you are not its student. */
  setSchoolProgressSharing: SchoolMembership;
  /** Tells the channel you are typing. Call it as often as you like (e.g. on each keystroke): at most one announcement per person per channel every 3 seconds goes out, each lasting 6 seconds. Returns true when this call announced you, false when a recent announcement still stands. */
  setTyping: Scalars['Boolean']['output'];
  /** Records a share and counts it. Errors: NOT_FOUND when you cannot see the post. */
  sharePost: Post;
  /** Test mode only: builds the Stripe event the Pay or Fail button stands for, signed for the webhook. */
  signTestCheckoutEvent: SignedTestCheckoutEvent;
  /** Outlines slides for a lecture (the course’s instructors and administrators). Nothing is stored. */
  slideOutline: SlideOutline;
  /** Starts your draft application to an intake. Errors: NOT_FOUND (intake), CONFLICT (deadline passed, program inactive, or you already applied: extensions.applicationId names your application). */
  startApplication: Application;
  /** Draws questions and starts a session. BAD_USER_INPUT (saying how many match) when fewer questions match than asked for. */
  startPracticeSession: PracticeSession;
  /** Starts an attempt (an active enrollment and an open module needed), or returns the one already in progress. FORBIDDEN once maxAttempts are used up. */
  startQuizAttempt: QuizAttempt;
  /** Opens a conversation with a tutor. Subscribe to `tutorStream` with its id before sending the first question. */
  startTutorSession: TutorSession;
  /** Starts linking a wallet you control: returns a single-use message to sign with it. */
  startWalletLink: WalletLinkChallenge;
  /** Submits your complete draft. With no fee (or a valid waiver code) it goes straight to eligibility review; otherwise Application.fee is due. Errors: NOT_FOUND; CONFLICT (deadline passed, already submitted); BAD_USER_INPUT with extensions.fields listing everything missing, or field "feeWaiverCode". */
  submitApplication: Application;
  /** Submits your work (Markdown), or replaces it until it is graded (then CONFLICT). Needs an active enrollment and an open module. */
  submitAssignment: AssignmentSubmission;
  /** Asks an admin to review the course: a draft goes to in_review; a published course stays published (and live) with its revision awaiting review. Needs a summary and a module with at least one item (BAD_USER_INPUT lists what is missing). Clears the last review note. */
  submitCourseForReview: Course;
  /** Scores the session. In exam mode, answers sent after the time limit were already refused. */
  submitPracticeSession: PracticeSession;
  /** Submits your attempt and grades it; with essays it stays submitted until an instructor grades them. */
  submitQuizAttempt: QuizAttempt;
  /** A referee sends their reference, once; no sign-in needed. Errors: NOT_FOUND (unknown link); CONFLICT (already sent, expired); BAD_USER_INPUT (answers[i].questionId, answers[i].answer, answers: a question left unanswered). */
  submitReference: ReferenceReceipt;
  /** The applicant submits the questionnaire for scoring, with any last answers; every question must be answered, and the answers are final. Errors: NOT_FOUND, BAD_USER_INPUT (answers: unanswered questions), CONFLICT. */
  submitSpiritualQuestionnaire: Application;
  /** Starts a monthly tutor plan: returns the Stripe checkout to pay it (in test mode, the gateway’s test checkout page). */
  subscribeTutorPlan: Checkout;
  /** Summarises a lecture (the course’s instructors and administrators). Nothing is stored. */
  summarizeLecture: LectureSummary;
  /** Sends coins to another person. Retrying with the same idempotency key returns the first transfer and never sends twice; the same key with another recipient, amount or note is a CONFLICT. PAYMENT_REQUIRED when your wallet holds too little. */
  transferScrollCoin: ScrollCoinTransfer;
  /** Idempotent. */
  unfollowUser: Scalars['Boolean']['output'];
  /** Idempotent. Errors: NOT_FOUND when you cannot see the post. */
  unlikePost: Post;
  /** Changes a tutor persona. Administrators only. */
  updateAITutor: AiTutor;
  updateAssignment: Assignment;
  updateBundle: Bundle;
  /** Changes a course’s catalog facts. Its instructors and admins only; not while it waits for review, nor once archived (CONFLICT). Changes to a published course are live. */
  updateCourse: Course;
  /** Changes a devotion (staff). NOT_FOUND for an unknown id; CONFLICT when moving it onto a taken date. */
  updateDevotion: Devotion;
  updateLecture: Lecture;
  updateModule: Module;
  /** The author changes an entry. Errors: NOT_FOUND (no entry you can see), FORBIDDEN (not yours), BAD_USER_INPUT. */
  updatePrayerEntry: PrayerEntry;
  updateProfile: User;
  /** Admins change a program; fields left out stay. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT. */
  updateProgram: Program;
  /** Admins change an intake. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (capacity below places taken), CONFLICT. */
  updateProgramIntake: ProgramIntake;
  updateQuestion: Question;
  updateQuiz: Quiz;
  updateReading: Reading;
  /** Adds a document to your draft (base64 bytes). Errors: NOT_FOUND; CONFLICT (not a draft, 20 documents already); BAD_USER_INPUT (fileName, contentType, dataBase64, file: wrong type, empty, over 2.5 MB or not what it claims). */
  uploadApplicationDocument: ApplicationDocument;
  /** Sets your picture: PNG, JPEG or WebP up to 2 MB, sent as base64. */
  uploadAvatar: User;
  /** Sets a lecture’s slides or notes: a PDF of at most 1.4 MB, sent as base64. Replacing a file removes the old one. The course’s instructors and admins only. */
  uploadLectureFile: Lecture;
  /** Uploads a file for a message you are about to send in this channel: PNG, JPEG, GIF, WebP, PDF or UTF-8 plain text, at most 1 MB. Pass its id to sendMessage(attachmentIds). */
  uploadMessageAttachment: MessageAttachment;
  /** A PNG, JPEG, GIF or WebP picture of at most 1 MB, as base64. Errors: BAD_USER_INPUT. */
  uploadPostMedia: PostMediaUpload;
  /** Confirms the email address with the mailed 6-digit code. */
  verifyEmail: Scalars['Boolean']['output'];
  /** The applicant withdraws their open application; an accepted applicant’s place goes at once to whoever has waited longest on the waitlist. Errors: BAD_USER_INPUT (applicationId, reason over 1,000 characters), NOT_FOUND, CONFLICT (already enrolled or withdrawn). */
  withdrawApplication: Application;
};


export type MutationAddApplicationNoteArgs = {
  applicationId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
};


export type MutationAddAssignmentArgs = {
  input: AddAssignmentInput;
  moduleId: Scalars['ID']['input'];
};


export type MutationAddBlockedWordArgs = {
  word: Scalars['String']['input'];
};


export type MutationAddCommentArgs = {
  body: Scalars['String']['input'];
  parentCommentId?: InputMaybe<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
};


export type MutationAddLectureArgs = {
  input: AddLectureInput;
  moduleId: Scalars['ID']['input'];
};


export type MutationAddModuleArgs = {
  courseId: Scalars['ID']['input'];
  input: AddModuleInput;
};


export type MutationAddQuizArgs = {
  input: AddQuizInput;
  moduleId: Scalars['ID']['input'];
};


export type MutationAddReactionArgs = {
  emoji: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationAddReadingArgs = {
  input: AddReadingInput;
  moduleId: Scalars['ID']['input'];
};


export type MutationAddSchoolMemberArgs = {
  role: SchoolRole;
  schoolId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationAddToCartArgs = {
  item: CartItemInput;
};


export type MutationAddVerseToDeckArgs = {
  verseId: Scalars['ID']['input'];
};


export type MutationAdvanceToSpiritualEvaluationArgs = {
  applicationId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAnswerPracticeQuestionArgs = {
  questionId: Scalars['ID']['input'];
  response: AnswerInput;
  sessionId: Scalars['ID']['input'];
};


export type MutationApplyPromoCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationApplyScholarshipArgs = {
  code: Scalars['String']['input'];
};


export type MutationArchiveChannelArgs = {
  channelId: Scalars['ID']['input'];
};


export type MutationArchiveCourseArgs = {
  courseId: Scalars['ID']['input'];
};


export type MutationArchiveQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  officerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAssignProgramOfficerArgs = {
  programId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationBanUserArgs = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationBookInterviewArgs = {
  applicationId: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
};


export type MutationBulkAssignApplicationsArgs = {
  applicationIds: Array<Scalars['ID']['input']>;
  officerId: Scalars['ID']['input'];
};


export type MutationBulkDecideApplicationsArgs = {
  applicationIds: Array<Scalars['ID']['input']>;
  outcome: DecisionOutcome;
  rationale: Scalars['String']['input'];
};


export type MutationBurnScrollCoinArgs = {
  amount: Scalars['Int']['input'];
  from: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelInterviewArgs = {
  applicationId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelTutorMessageArgs = {
  messageId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCheckoutOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationClaimLicenceCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationCompleteDevotionArgs = {
  devotionId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCompleteReadingPlanDayArgs = {
  dayNumber: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
};


export type MutationCompleteWalletLinkArgs = {
  challengeId: Scalars['ID']['input'];
  signature: Scalars['String']['input'];
};


export type MutationConfirmEnrolmentArgs = {
  applicationId: Scalars['ID']['input'];
};


export type MutationCreateAiTutorArgs = {
  input: CreateAiTutorInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateBundleArgs = {
  input: BundleInput;
};


export type MutationCreateChannelArgs = {
  input: CreateChannelInput;
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationCreateFacultyArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};


export type MutationCreateFeeWaiverCodeArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  maxUses: Scalars['Int']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationCreatePrayerCategoryArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreatePrayerEntryArgs = {
  input: CreatePrayerEntryInput;
};


export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


export type MutationCreateProgramIntakeArgs = {
  input: ProgramIntakeInput;
  programId: Scalars['ID']['input'];
};


export type MutationCreatePromoCodeArgs = {
  input: CreatePromoCodeInput;
};


export type MutationCreateQuestionArgs = {
  courseId: Scalars['ID']['input'];
  input: CreateQuestionInput;
};


export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


export type MutationCreateStudyPlanArgs = {
  input: CreateStudyPlanInput;
};


export type MutationDeactivateAccountArgs = {
  password: Scalars['String']['input'];
};


export type MutationDecideApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  outcome: DecisionOutcome;
  rationale: Scalars['String']['input'];
};


export type MutationDecideModerationCaseArgs = {
  caseId: Scalars['ID']['input'];
  decision: ModerationDecision;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteCommentArgs = {
  commentId: Scalars['ID']['input'];
};


export type MutationDeleteMessageArgs = {
  messageId: Scalars['ID']['input'];
};


export type MutationDeleteMyAccountArgs = {
  password: Scalars['String']['input'];
};


export type MutationDeletePostArgs = {
  postId: Scalars['ID']['input'];
};


export type MutationDeletePrayerEntryArgs = {
  entryId: Scalars['ID']['input'];
};


export type MutationDeleteStudyPlanArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationDeleteTutorSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationDropCourseArgs = {
  courseId: Scalars['ID']['input'];
};


export type MutationEditMessageArgs = {
  body: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationEditPostArgs = {
  input: EditPostInput;
};


export type MutationEndPrayerPartnershipArgs = {
  partnerId: Scalars['ID']['input'];
};


export type MutationEndPresenceSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationEnrollArgs = {
  courseId: Scalars['ID']['input'];
};


export type MutationEnrollSchoolStudentsArgs = {
  input: EnrollSchoolStudentsInput;
};


export type MutationEssayFeedbackArgs = {
  attemptId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
};


export type MutationFollowUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationGenerateQuizArgs = {
  count: Scalars['Int']['input'];
  lectureId: Scalars['ID']['input'];
  types: Array<QuestionType>;
};


export type MutationGradeAssignmentSubmissionArgs = {
  feedback?: InputMaybe<Scalars['String']['input']>;
  rubricScores: Array<RubricScoreInput>;
  submissionId: Scalars['ID']['input'];
};


export type MutationGradeEssayAnswerArgs = {
  acceptAiDraft?: InputMaybe<Scalars['Boolean']['input']>;
  attemptId: Scalars['ID']['input'];
  feedback?: InputMaybe<Scalars['String']['input']>;
  questionId: Scalars['ID']['input'];
  rubricScores?: InputMaybe<Array<RubricScoreInput>>;
};


export type MutationGrantRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationInvitePrayerPartnerArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationInviteRefereeArgs = {
  applicationId: Scalars['ID']['input'];
  refereeEmail: Scalars['String']['input'];
  refereeName: Scalars['String']['input'];
  relationship: Scalars['String']['input'];
};


export type MutationInviteToChannelArgs = {
  channelId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationIssueScholarshipArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  note: Scalars['String']['input'];
  percentOff: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationJoinChannelArgs = {
  channelId: Scalars['ID']['input'];
};


export type MutationJoinReadingPlanArgs = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  withUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationJoinSchoolArgs = {
  code: Scalars['String']['input'];
  shareProgress: Scalars['Boolean']['input'];
};


export type MutationLeaveChannelArgs = {
  channelId: Scalars['ID']['input'];
};


export type MutationLeaveSchoolArgs = {
  schoolId: Scalars['ID']['input'];
};


export type MutationLiftBanArgs = {
  banId: Scalars['ID']['input'];
};


export type MutationLikePostArgs = {
  postId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMarkChannelReadArgs = {
  channelId: Scalars['ID']['input'];
  seq: Scalars['Int']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMarkPrayerAnsweredArgs = {
  entryId: Scalars['ID']['input'];
  testimony?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkReadingViewedArgs = {
  readingId: Scalars['ID']['input'];
};


export type MutationMarkStudySessionDoneArgs = {
  difficultyRating: Scalars['Int']['input'];
  sessionId: Scalars['ID']['input'];
  timeSpentMinutes: Scalars['Int']['input'];
  understandingRating: Scalars['Int']['input'];
};


export type MutationMintScrollCoinArgs = {
  amount: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  to: Scalars['ID']['input'];
};


export type MutationOpenDirectChannelArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationOverrideEligibilityArgs = {
  applicationId: Scalars['ID']['input'];
  eligible: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
};


export type MutationPayApplicationFeeArgs = {
  applicationId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  paymentMethod: CheckoutPaymentMethod;
};


export type MutationPlaceOrderArgs = {
  idempotencyKey: Scalars['String']['input'];
  paymentMethod: CheckoutPaymentMethod;
};


export type MutationPrayedForArgs = {
  entryId: Scalars['ID']['input'];
  timezone: Scalars['String']['input'];
};


export type MutationPublishInterviewSlotsArgs = {
  programId: Scalars['ID']['input'];
  slots: Array<InterviewSlotInput>;
};


export type MutationReceiveStripeWebhookArgs = {
  payload: Scalars['String']['input'];
  signature: Scalars['String']['input'];
};


export type MutationRecheckEligibilityArgs = {
  applicationId: Scalars['ID']['input'];
};


export type MutationRecordInterviewArgs = {
  applicationId: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};


export type MutationRecordLectureProgressArgs = {
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  lectureId: Scalars['ID']['input'];
  positionSeconds: Scalars['Int']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefundOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveApplicationDocumentArgs = {
  documentId: Scalars['ID']['input'];
};


export type MutationRemoveAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveBlockedWordArgs = {
  word: Scalars['String']['input'];
};


export type MutationRemoveChannelMemberArgs = {
  channelId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveFromCartArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationRemoveInterviewSlotArgs = {
  slotId: Scalars['ID']['input'];
};


export type MutationRemoveLectureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveLectureFileArgs = {
  kind: LectureFileKind;
  lectureId: Scalars['ID']['input'];
};


export type MutationRemoveModuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveProgramOfficerArgs = {
  programId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveQuizArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveReactionArgs = {
  emoji: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationRemoveReadingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveSchoolMemberArgs = {
  role: SchoolRole;
  schoolId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveVerseFromDeckArgs = {
  verseId: Scalars['ID']['input'];
};


export type MutationRenameTutorSessionArgs = {
  sessionId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationReorderArgs = {
  input: ReorderInput;
};


export type MutationReplanStudyPlanArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationReportArgs = {
  reason: Scalars['String']['input'];
  targetId: Scalars['ID']['input'];
  targetType: ReportTarget;
};


export type MutationReportPresenceArgs = {
  sessionId: Scalars['ID']['input'];
  status: PresenceStatus;
};


export type MutationRequestOtpArgs = {
  email: Scalars['String']['input'];
  purpose?: OtpPurpose;
};


export type MutationRequestParentLinkArgs = {
  childEmail: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestSpiritualEvaluationDraftArgs = {
  applicationId: Scalars['ID']['input'];
};


export type MutationRescheduleInterviewArgs = {
  applicationId: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
};


export type MutationResendRefereeInviteArgs = {
  referenceId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationRespondToChannelInviteArgs = {
  accept: Scalars['Boolean']['input'];
  inviteId: Scalars['ID']['input'];
};


export type MutationRespondToParentLinkArgs = {
  accept: Scalars['Boolean']['input'];
  linkId: Scalars['ID']['input'];
};


export type MutationRespondToPrayerPartnerInviteArgs = {
  accept: Scalars['Boolean']['input'];
  inviteId: Scalars['ID']['input'];
};


export type MutationReviewCourseArgs = {
  courseId: Scalars['ID']['input'];
  decision: ReviewDecision;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReviewMemoryCardArgs = {
  cardId: Scalars['ID']['input'];
  rating: MemoryReviewRating;
  timezone: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
  overlapMinutes?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRotateSchoolJoinCodeArgs = {
  schoolId: Scalars['ID']['input'];
};


export type MutationRotateStudyPlanCalendarTokenArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationSaveApplicationDraftArgs = {
  input: SaveApplicationDraftInput;
};


export type MutationSaveQuizAnswersArgs = {
  answers: Array<QuizAnswerInput>;
  attemptId: Scalars['ID']['input'];
};


export type MutationSaveSpiritualQuestionnaireArgs = {
  answers: Array<SpiritualAnswerInput>;
  applicationId: Scalars['ID']['input'];
};


export type MutationScheduleDevotionArgs = {
  input: ScheduleDevotionInput;
};


export type MutationScoreSpiritualEvaluationArgs = {
  applicationId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  scores: Array<SpiritualScoreInput>;
};


export type MutationSendMessageArgs = {
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  channelId: Scalars['ID']['input'];
  threadRootId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSendTutorMessageArgs = {
  content: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationSetChannelMemberRoleArgs = {
  channelId: Scalars['ID']['input'];
  role: ChannelRole;
  userId: Scalars['ID']['input'];
};


export type MutationSetCourseInstructorsArgs = {
  courseId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationSetCoursePriceArgs = {
  courseId: Scalars['ID']['input'];
  input: SetCoursePriceInput;
};


export type MutationSetQuizQuestionsArgs = {
  questions: Array<QuizQuestionInput>;
  quizId: Scalars['ID']['input'];
};


export type MutationSetSchoolProgressSharingArgs = {
  schoolId: Scalars['ID']['input'];
  share: Scalars['Boolean']['input'];
};


export type MutationSetTypingArgs = {
  channelId: Scalars['ID']['input'];
};


export type MutationSharePostArgs = {
  postId: Scalars['ID']['input'];
};


export type MutationSignTestCheckoutEventArgs = {
  outcome: TestCheckoutOutcome;
  sessionId: Scalars['String']['input'];
};


export type MutationSlideOutlineArgs = {
  lectureId: Scalars['ID']['input'];
};


export type MutationStartApplicationArgs = {
  intakeId: Scalars['ID']['input'];
};


export type MutationStartPracticeSessionArgs = {
  input: PracticeSessionInput;
};


export type MutationStartQuizAttemptArgs = {
  quizId: Scalars['ID']['input'];
};


export type MutationStartTutorSessionArgs = {
  input: StartTutorSessionInput;
};


export type MutationStartWalletLinkArgs = {
  address: Scalars['String']['input'];
};


export type MutationSubmitApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  feeWaiverCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSubmitAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
};


export type MutationSubmitCourseForReviewArgs = {
  courseId: Scalars['ID']['input'];
};


export type MutationSubmitPracticeSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationSubmitQuizAttemptArgs = {
  attemptId: Scalars['ID']['input'];
};


export type MutationSubmitReferenceArgs = {
  input: SubmitReferenceInput;
  token: Scalars['String']['input'];
};


export type MutationSubmitSpiritualQuestionnaireArgs = {
  answers?: InputMaybe<Array<SpiritualAnswerInput>>;
  applicationId: Scalars['ID']['input'];
};


export type MutationSubscribeTutorPlanArgs = {
  plan: PaidTutorPlan;
};


export type MutationSummarizeLectureArgs = {
  lectureId: Scalars['ID']['input'];
};


export type MutationTransferScrollCoinArgs = {
  amount: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
};


export type MutationUnfollowUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUnlikePostArgs = {
  postId: Scalars['ID']['input'];
};


export type MutationUpdateAiTutorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAiTutorInput;
};


export type MutationUpdateAssignmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAssignmentInput;
};


export type MutationUpdateBundleArgs = {
  id: Scalars['ID']['input'];
  input: BundleInput;
};


export type MutationUpdateCourseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
};


export type MutationUpdateDevotionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDevotionInput;
};


export type MutationUpdateLectureArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLectureInput;
};


export type MutationUpdateModuleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateModuleInput;
};


export type MutationUpdatePrayerEntryArgs = {
  input: UpdatePrayerEntryInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateProgramArgs = {
  input: UpdateProgramInput;
};


export type MutationUpdateProgramIntakeArgs = {
  input: UpdateProgramIntakeInput;
};


export type MutationUpdateQuestionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateQuestionInput;
};


export type MutationUpdateQuizArgs = {
  id: Scalars['ID']['input'];
  input: UpdateQuizInput;
};


export type MutationUpdateReadingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReadingInput;
};


export type MutationUploadApplicationDocumentArgs = {
  applicationId: Scalars['ID']['input'];
  contentType: Scalars['String']['input'];
  dataBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  kind: ApplicationDocumentKind;
};


export type MutationUploadAvatarArgs = {
  contentType: Scalars['String']['input'];
  dataBase64: Scalars['String']['input'];
};


export type MutationUploadLectureFileArgs = {
  contentType: Scalars['String']['input'];
  dataBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  kind: LectureFileKind;
  lectureId: Scalars['ID']['input'];
};


export type MutationUploadMessageAttachmentArgs = {
  channelId: Scalars['ID']['input'];
  contentType: Scalars['String']['input'];
  dataBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};


export type MutationUploadPostMediaArgs = {
  contentType: Scalars['String']['input'];
  dataBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};


export type MutationVerifyEmailArgs = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
};


export type MutationWithdrawApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Days with a finished devotion in a row, counted on your local dates. One missed day per ISO week (Monday to Sunday) is forgiven, but never two in a row; not having finished today yet never breaks it. */
export type MyDevotionStreak = {
  __typename?: 'MyDevotionStreak';
  /** Days in the streak still alive today; 0 when there is none. */
  current: Scalars['Int']['output'];
  /** YYYY-MM-DD local date of your latest completion. */
  lastCompletedOn?: Maybe<Scalars['String']['output']>;
  /** Days in your longest streak, the current one included. */
  longest: Scalars['Int']['output'];
};

/** Something that happened that concerns you: a mention, a reply, a comment, a moderation decision, an invitation. */
export type Notification = {
  __typename?: 'Notification';
  actor?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** mention | reply | comment | moderation | invite */
  kind: Scalars['String']['output'];
  /** What it points at, e.g. { channelId, messageId } or { postId }. */
  payload: Scalars['JSON']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A purchase: what was bought, the discount, how it was paid and what was refunded. */
export type Order = {
  __typename?: 'Order';
  buyer: User;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  discountCents: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  items: Array<OrderItem>;
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  paymentMethod: PaymentMethod;
  refundedAt?: Maybe<Scalars['DateTime']['output']>;
  refundedCents: Scalars['Int']['output'];
  /** ScrollCoin paid, for ScrollCoin orders. */
  scrollCoinTotal?: Maybe<Scalars['Int']['output']>;
  status: OrderStatus;
  subtotalCents: Scalars['Int']['output'];
  totalCents: Scalars['Int']['output'];
};

export type OrderItem = {
  __typename?: 'OrderItem';
  /** The admissions application an application fee is for. */
  applicationId?: Maybe<Scalars['ID']['output']>;
  bundleId?: Maybe<Scalars['ID']['output']>;
  course?: Maybe<Course>;
  description: Scalars['String']['output'];
  /** This item’s part of the order’s discount. */
  discountCents: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: SellableKind;
  plan?: Maybe<TutorPlanTier>;
  quantity: Scalars['Int']['output'];
  /** The school a licence is for. */
  schoolId?: Maybe<Scalars['ID']['output']>;
  seats: Scalars['Int']['output'];
  totalCents: Scalars['Int']['output'];
  unitCents: Scalars['Int']['output'];
};

export type OrderStatus =
  | 'awaiting_payment'
  | 'cancelled'
  | 'failed'
  | 'paid'
  | 'partially_refunded'
  | 'refunded';

export type OtpPurpose =
  /** Proves the person owns the email they registered with. */
  | 'verify_email';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PaidTutorPlan =
  /** $9.99 a month. */
  | 'standard'
  /** $19.99 a month. */
  | 'unlimited';

export type ParentLink = {
  __typename?: 'ParentLink';
  child: User;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  parent: User;
  status: ParentLinkStatus;
};

export type ParentLinkStatus =
  | 'confirmed'
  | 'declined'
  /** Waiting for the child to answer. */
  | 'pending';

export type PartnerStatus =
  | 'accepted'
  | 'declined'
  | 'pending';

/** Scripture text in one translation: public-domain text, or text a licensed provider returned. */
export type Passage = {
  __typename?: 'Passage';
  id: Scalars['ID']['output'];
  /** Normalised, e.g. "John 3:16-17". */
  reference: Scalars['String']['output'];
  text: Scalars['String']['output'];
  translation: Scalars['String']['output'];
};

export type PassageInput = {
  /** One reference in any common spelling ("jn 3:16-17"); stored normalised. */
  reference: Scalars['String']['input'];
  /** The passage exactly as that translation words it; never paraphrased. */
  text: Scalars['String']['input'];
  /** Translation code, e.g. KJV or WEB. */
  translation: Scalars['String']['input'];
};

export type PaymentMethod =
  /** Paid by card through Stripe (checkoutOrder). */
  | 'card'
  /** Nothing to pay (a full scholarship or a free total). */
  | 'none'
  /** Paid from your ScrollCoin wallet at once. */
  | 'scroll_coin';

export type PayoutCourseLine = {
  __typename?: 'PayoutCourseLine';
  amounts: PayoutTotals;
  course: Course;
  payee: User;
  sales: Scalars['Int']['output'];
};

export type PayoutReport = {
  __typename?: 'PayoutReport';
  courses: Array<PayoutCourseLine>;
  from: Scalars['DateTime']['output'];
  /** Null when an admin reports on every payee. */
  payee?: Maybe<User>;
  /** Gross sales of the report per UTC day or week, empty ones included; at most 1,000 of them (BAD_USER_INPUT beyond). */
  salesOverTime: Array<SalesPeriod>;
  totals: PayoutTotals;
  until: Scalars['DateTime']['output'];
};


export type PayoutReportSalesOverTimeArgs = {
  bucket?: SalesBucket;
};

export type PayoutTotals = {
  __typename?: 'PayoutTotals';
  /** Sales after discounts. */
  grossCents: Scalars['Int']['output'];
  instructorCents: Scalars['Int']['output'];
  /** What the payee is owed: instructor share minus refunds. */
  netInstructorCents: Scalars['Int']['output'];
  /** The platform’s share, net of refunds. */
  platformCents: Scalars['Int']['output'];
  refundedGrossCents: Scalars['Int']['output'];
  refundedInstructorCents: Scalars['Int']['output'];
};

export type PeopleConnection = {
  __typename?: 'PeopleConnection';
  edges: Array<PeopleConnectionEdge>;
  pageInfo: PageInfo;
  /** Every account matching the search, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type PeopleConnectionEdge = {
  __typename?: 'PeopleConnectionEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** A post in the community feed: public, or shared with one course’s or one school’s members. */
export type Post = {
  __typename?: 'Post';
  author: User;
  /** Markdown; null once deleted. */
  body?: Maybe<Scalars['String']['output']>;
  commentCount: Scalars['Int']['output'];
  /** Top-level comments, oldest first; each lists its replies. */
  comments: PostCommentsConnection;
  courseId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  isPrayerRequest: Scalars['Boolean']['output'];
  kind: PostKind;
  likeCount: Scalars['Int']['output'];
  media: Array<PostMedia>;
  /** Whether the post is shown; null unless you are its author or an admin. */
  moderation?: Maybe<ModerationStatus>;
  /** Why a moderator rejected the post; only for its author and admins. */
  moderationReason?: Maybe<Scalars['String']['output']>;
  schoolId?: Maybe<Scalars['ID']['output']>;
  /** Normalised Bible references found in the body, e.g. "John 3:16". */
  scriptureRefs: Array<Scalars['String']['output']>;
  shareCount: Scalars['Int']['output'];
  viewerLiked: Scalars['Boolean']['output'];
};


/** A post in the community feed: public, or shared with one course’s or one school’s members. */
export type PostCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A comment on a post, or a reply to a top-level comment. */
export type PostComment = {
  __typename?: 'PostComment';
  author: User;
  /** Null once deleted. */
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Null unless you are the author or an admin. */
  moderation?: Maybe<ModerationStatus>;
  moderationReason?: Maybe<Scalars['String']['output']>;
  parentCommentId?: Maybe<Scalars['ID']['output']>;
  post: Post;
  /** Replies to a top-level comment, oldest first. */
  replies: Array<PostComment>;
};

export type PostCommentsConnection = {
  __typename?: 'PostCommentsConnection';
  edges: Array<PostCommentsConnectionEdge>;
  pageInfo: PageInfo;
};

export type PostCommentsConnectionEdge = {
  __typename?: 'PostCommentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: PostComment;
};

export type PostKind =
  | 'announcement'
  | 'question'
  | 'testimony'
  | 'text';

/** A picture on a post. */
export type PostMedia = {
  __typename?: 'PostMedia';
  alt: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  height?: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  /** A signed link valid for an hour. */
  url: Scalars['String']['output'];
  width?: Maybe<Scalars['Int']['output']>;
};

export type PostMediaInput = {
  /** What the picture shows, for people who cannot see it. */
  alt?: InputMaybe<Scalars['String']['input']>;
  /** The key uploadPostMedia returned. */
  key: Scalars['String']['input'];
};

export type PostMediaUpload = {
  __typename?: 'PostMediaUpload';
  contentType: Scalars['String']['output'];
  /** Pass it to createPost(input: { media: [{ key }] }). */
  key: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

/** The answer was recorded. In practice mode the feedback comes at once; in exam mode it is null until you submit. */
export type PracticeAnswerResult = {
  __typename?: 'PracticeAnswerResult';
  feedback?: Maybe<PracticeFeedback>;
  questionId: Scalars['ID']['output'];
  session: PracticeSession;
};

/** How an answer did. Essays are not graded in practice: correct and score are null for them. */
export type PracticeFeedback = {
  __typename?: 'PracticeFeedback';
  /** Full marks. False for an unanswered question; null for essays. */
  correct?: Maybe<Scalars['Boolean']['output']>;
  correctAnswer?: Maybe<CorrectAnswer>;
  explanation: Scalars['String']['output'];
  /** Fraction of the question earned, 0 to 1 (partial credit on multi-select); null for essays. */
  score?: Maybe<Scalars['Float']['output']>;
};

export type PracticeMode =
  | 'exam'
  | 'practice';

/** A question of a practice session. */
export type PracticeQuestion = {
  __typename?: 'PracticeQuestion';
  difficulty: Difficulty;
  /** Practice mode: after you answer. Exam mode: after you submit. */
  feedback?: Maybe<PracticeFeedback>;
  /** The bank question’s id. */
  id: Scalars['ID']['output'];
  options: Array<QuestionOption>;
  position: Scalars['Int']['output'];
  prompt: Scalars['String']['output'];
  response?: Maybe<AnswerResponse>;
  topic: Scalars['String']['output'];
  type: QuestionType;
};

/** A practice session of yours. Nobody else can see it. */
export type PracticeSession = {
  __typename?: 'PracticeSession';
  /** Exam mode only. The server keeps time. */
  deadlineAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** One per question that is graded (essays are not). */
  maxScore: Scalars['Int']['output'];
  mode: PracticeMode;
  questions: Array<PracticeQuestion>;
  /** Questions earned (partial credit counts its fraction); null until submitted. */
  score?: Maybe<Scalars['Float']['output']>;
  startedAt: Scalars['DateTime']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Exam mode only. */
  timeLimitSeconds?: Maybe<Scalars['Int']['output']>;
};

/** What to practise. Questions come from the banks of the listed courses, which you must be (or have been) enrolled in. */
export type PracticeSessionInput = {
  courseIds: Array<Scalars['ID']['input']>;
  /** @default every difficulty */
  difficulty?: InputMaybe<Difficulty>;
  mode: PracticeMode;
  /** 1 to 50. */
  questionCount: Scalars['Int']['input'];
  /** Exam mode: required, 1 to 600. Practice mode: leave out. */
  timeLimitMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Only these topics (any letter case). @default every topic */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @default every type but essay (practice does not grade essays) */
  types?: InputMaybe<Array<QuestionType>>;
  /** Draw from your lowest-accuracy topics first (topics you have answered before). @default false */
  weakAreas?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Groups prayer entries. The defaults are shared by everyone; the others are your own. */
export type PrayerCategory = {
  __typename?: 'PrayerCategory';
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

/** A prayer in someone’s journal. Private entries are seen by their author only. */
export type PrayerEntry = {
  __typename?: 'PrayerEntry';
  answered: Scalars['Boolean']['output'];
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  author: User;
  category?: Maybe<PrayerCategory>;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** How many times people prayed for it, at most once per person per day. */
  prayedCount: Scalars['Int']['output'];
  /** The community prayer request this entry was created from. */
  sourcePostId?: Maybe<Scalars['ID']['output']>;
  testimony?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  visibility: PrayerVisibility;
};

export type PrayerEntryFilter = {
  /** true: answered only; false: still waiting; leave out for both. */
  answered?: InputMaybe<Scalars['Boolean']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the title or the prayer, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An invitation to pray together, and once accepted, the partnership itself. */
export type PrayerPartnership = {
  __typename?: 'PrayerPartnership';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitee: User;
  inviter: User;
  /** The other person, seen from you. */
  partner: User;
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  status: PartnerStatus;
};

/** private: only you; partners: you and your accepted prayer partners; community: every signed-in person. */
export type PrayerVisibility =
  | 'community'
  | 'partners'
  | 'private';

/** Whether a person is online (any tab active), away (every tab idle) or offline (no tab for 75 seconds). */
export type Presence = {
  __typename?: 'Presence';
  /** When the status last changed: on events the moment of the change; when asked, since when the person is connected (null when offline). */
  changedAt?: Maybe<Scalars['DateTime']['output']>;
  status: PresenceStatus;
  user: User;
};

export type PresenceStatus =
  | 'away'
  | 'offline'
  | 'online';

/** A degree or certificate program people apply to. */
export type Program = {
  __typename?: 'Program';
  /** Inactive programs take no applications and are hidden from the public list. */
  active: Scalars['Boolean']['output'];
  /** Paid through checkout when submitting (USD cents); 0 means no fee. */
  applicationFeeCents: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  eligibilityRules: ProgramEligibilityRules;
  /** The courses faculty the program belongs to. */
  facultyId?: Maybe<Scalars['ID']['output']>;
  /** Courses an accepted student is enrolled in for the first term. */
  firstTermCourses: Array<Course>;
  id: Scalars['ID']['output'];
  /** Intakes in start order; `openOnly` keeps those still taking applications. */
  intakes: Array<ProgramIntake>;
  kind: ProgramKind;
  name: Scalars['String']['output'];
  /** Admissions officers assigned to the program. Staff only: others get FORBIDDEN. */
  officers: Array<User>;
  /** Courses a student completes to graduate. */
  requiredCourses: Array<Course>;
  slug: Scalars['String']['output'];
};


/** A degree or certificate program people apply to. */
export type ProgramIntakesArgs = {
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What an applicant must meet, checked automatically on submission (an officer may override it with a reason). */
export type ProgramEligibilityRules = {
  __typename?: 'ProgramEligibilityRules';
  /** Whole years reached on the day of the check. */
  minimumAge?: Maybe<Scalars['Int']['output']>;
  minimumEducation?: Maybe<EducationLevel>;
  /** Courses the applicant must all have completed on ScrollForge. */
  prerequisiteCourses: Array<Course>;
};

export type ProgramFilter = {
  facultyId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ProgramKind>;
  /** Only programs with an intake still taking applications. */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words in the name, case-insensitive; at most 100 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One start of a program, with its application deadline and the number of places. */
export type ProgramIntake = {
  __typename?: 'ProgramIntake';
  /** Places taken by accepted applicants. */
  acceptedCount: Scalars['Int']['output'];
  applicationDeadline: Scalars['DateTime']['output'];
  capacity: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** True until the application deadline passes. */
  open: Scalars['Boolean']['output'];
  placesLeft: Scalars['Int']['output'];
  program: Program;
  /** The first day, YYYY-MM-DD. */
  startsOn: Scalars['String']['output'];
  /** e.g. "2027 February". */
  term: Scalars['String']['output'];
};

export type ProgramIntakeInput = {
  /** Before startsOn. */
  applicationDeadline: Scalars['DateTime']['input'];
  /** 1–10000 places. */
  capacity: Scalars['Int']['input'];
  startsOn: Scalars['DateTime']['input'];
  /** 3–60 characters, unique per program, e.g. "2027 February". */
  term: Scalars['String']['input'];
};

/** degree: a multi-year degree; certificate: a shorter certificate program. */
export type ProgramKind =
  | 'certificate'
  | 'degree';

export type PromoCode = {
  __typename?: 'PromoCode';
  active: Scalars['Boolean']['output'];
  amountOffCents?: Maybe<Scalars['Int']['output']>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PromoKind;
  /** Null: unlimited. */
  maxUses?: Maybe<Scalars['Int']['output']>;
  percentOff?: Maybe<Scalars['Int']['output']>;
  /** Orders holding the code (paid or awaiting payment). */
  uses: Scalars['Int']['output'];
  validFrom: Scalars['DateTime']['output'];
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

export type PromoKind =
  | 'fixed'
  | 'percent';

export type Query = {
  __typename?: 'Query';
  /** Every achievement on offer, by XP (smallest first), each marked unlocked or not for you. */
  achievements: Array<Achievement>;
  /** Staff: the applications you work on (your programs’ as an officer, every program’s as an admin), longest in stage first unless ordered otherwise. Errors: FORBIDDEN for anyone else. */
  admissionsQueue: QueryAdmissionsQueueConnection;
  /** Staff: how many of the applications you work on are at each status (every status but draft, in workflow order). Errors: FORBIDDEN for anyone else. */
  admissionsQueueCounts: Array<AdmissionsQueueCount>;
  /** A tutor by id; null when there is none. Retired tutors are visible to administrators only. */
  aiTutor?: Maybe<AiTutor>;
  /** Every active tutor, by name. */
  aiTutors: Array<AiTutor>;
  /** Answered prayers you may see (yours, your partners’ shared ones and the community’s), most recently answered first. */
  answeredPrayers: QueryAnsweredPrayersConnection;
  /** The school of the API key making the request; null for anyone else. */
  apiKeySchool?: Maybe<School>;
  /** An application you may read (your own, or one of your programs’ as an officer); null otherwise. */
  application?: Maybe<Application>;
  /** A submission by id: the student, their parents, the course’s instructors and admins. */
  assignmentSubmission?: Maybe<AssignmentSubmission>;
  /** The free future interview slots of the program an application is for, by start time. Errors: NOT_FOUND (no application you may read). */
  availableInterviewSlots: QueryAvailableInterviewSlotsConnection;
  /** The Open Badges metadata JSON of a badge, byte for byte what its on-chain hash covers; null for an unknown badge. */
  badgeMetadata?: Maybe<Scalars['String']['output']>;
  /** Admins only. */
  blockedWords: Array<Scalars['String']['output']>;
  /** Bundles on sale (admins may include inactive ones). */
  bundles: Array<Bundle>;
  /** Your cart. */
  cart: Cart;
  /** A channel you can read; null otherwise (private channels are not revealed to outsiders). */
  channel?: Maybe<Channel>;
  /** Grades a verse typed from memory against one of your cards. NOT_FOUND for anyone else’s. */
  checkRecall: RecallResult;
  /** Entries everyone shared with the community, newest first. */
  communityPrayers: QueryCommunityPrayersConnection;
  /** A course by id or slug. Drafts and courses in review are visible only to their editors. */
  course?: Maybe<Course>;
  /** Analytics of a course for its instructors and admins: FORBIDDEN for others, NOT_FOUND for a draft they cannot see. */
  courseAnalytics: CourseAnalytics;
  /** Published courses, searched, filtered and sorted. `first`/`last` are at most 100 (20 when neither is given). Cursors belong to one sort order. Drafts and courses in review never appear. */
  courses: CourseConnection;
  /** Drafts in review and published courses with a revision awaiting review, longest waiting first. Admins only. */
  coursesAwaitingReview: QueryCoursesAwaitingReviewConnection;
  /** Dev mode only: the newest mails sent to this address. In production the gateway treats it as an unknown field and the subgraph refuses it (FORBIDDEN). */
  devMailbox: Array<DevMail>;
  /** The devotion of a date, YYYY-MM-DD; null when there is none or its date has not begun anywhere yet (staff see those). */
  devotion?: Maybe<Devotion>;
  /** Everything the users service holds about you, as JSON (no password or code hashes). */
  exportMyData: Scalars['JSON']['output'];
  /** Everything you wrote or own in the spiritual area (notes, prayer entries, partners, deck, plans), as JSON. */
  exportMySpiritualData: Scalars['JSON']['output'];
  /** Every faculty, by name. */
  faculties: Array<Faculty>;
  /** Admins: every fee waiver code, newest first; with programId, that program’s codes and the ones valid for all. */
  feeWaiverCodes: QueryFeeWaiverCodesConnection;
  /** Posts newest first. Held, rejected and deleted posts appear only to their author. */
  feed: QueryFeedConnection;
  /** A program's interview slots starting in [from, to), booked or not, by start time; at most 92 days at a time. Staff of the program only. Errors: FORBIDDEN, BAD_USER_INPUT (programId, to). */
  interviewSlots: QueryInterviewSlotsConnection;
  /** A lecture of a course you can see. */
  lecture?: Maybe<Lecture>;
  /** Admins only: checks that every transaction balances, every balance is the sum of its entries and no wallet is negative. A fixed number of statements, whatever the ledger’s size. */
  ledgerVerification: LedgerVerification;
  /** The signed-in person, or null when anonymous. */
  me?: Maybe<User>;
  /** One card of your deck. NOT_FOUND for anyone else’s. */
  memoryCard: MemoryCard;
  /** An exercise for one of your cards. NOT_FOUND for anyone else’s. */
  memoryPractice: MemoryPractice;
  /** The curated verses anyone can add to their deck, oldest first. */
  memoryVerses: Array<MemoryVerse>;
  /** Cases to moderate, oldest first: all for admins; message cases in your channels for channel owners and moderators. FORBIDDEN for others. */
  moderationQueue: QueryModerationQueueConnection;
  /** Your own applications, newest first. */
  myApplications: QueryMyApplicationsConnection;
  /** Invitations waiting for your answer, newest first. */
  myChannelInvites: Array<ChannelInvite>;
  /** Channels you belong to (archived ones excluded unless asked), most recently created first; ask for unreadCount and lastMessage. */
  myChannels: Array<Channel>;
  /** Every card in your deck, in the order you added them. */
  myDeck: Array<MemoryCard>;
  /** Your devotion streak as of today in your timezone. */
  myDevotionStreak: MyDevotionStreak;
  /** Cases about your own content, newest first. */
  myModerationCases: QueryMyModerationCasesConnection;
  /** Your notifications, newest first. */
  myNotifications: QueryMyNotificationsConnection;
  /** The programs you work on as an admissions officer (every program for admins), by name. */
  myOfficerPrograms: Array<Program>;
  /** Your orders, newest first. */
  myOrders: QueryMyOrdersConnection;
  /** Pending and confirmed links where you are the parent or the child. */
  myParentLinks: Array<ParentLink>;
  /** Your own entries, newest first. */
  myPrayerEntries: QueryMyPrayerEntriesConnection;
  /** Pending invitations: the ones you received, then the ones you sent, newest first. */
  myPrayerPartnerInvites: Array<PrayerPartnership>;
  /** Your accepted prayer partnerships, newest first. */
  myPrayerPartners: Array<PrayerPartnership>;
  /** The reading plans you follow, most recently joined first. */
  myReadingPlans: Array<ReadingPlanParticipation>;
  /** What to review now: cards due (earliest first), then new cards up to newCardLimit per local day in timezone, counting new cards already started today. */
  myReviewQueue: Array<MemoryCard>;
  /** Your study plans, newest first. */
  myStudyPlans: Array<StudyPlan>;
  /** Your tutor plan subscription, if you have or had one. */
  myTutorSubscription?: Maybe<TutorSubscription>;
  /** One of your orders (admins: any order). */
  order: Order;
  /** Entries your accepted prayer partners shared with their partners, newest first. */
  partnerPrayers: QueryPartnerPrayersConnection;
  /** The passage at a reference ("Jn 3:16-17", "Psalm 23") in a translation; null when it is not stored. BAD_USER_INPUT for an unreadable reference, an unknown translation, or a licensed one this deployment cannot serve. */
  passage?: Maybe<ScripturePassage>;
  /** Earnings per course from `from` (inclusive) until `until` (exclusive): your own, or any payee’s (admins; omit payeeId for all). */
  payoutReport: PayoutReport;
  /** Admins only: accounts whose name or email contains `search` (any letter case), optionally only those with `role`, newest first. `first` is at most 100 (20 by default). Errors: FORBIDDEN, BAD_USER_INPUT. */
  people: PeopleConnection;
  /** A post you may see; null otherwise. */
  post?: Maybe<Post>;
  /** One of your practice sessions. */
  practiceSession?: Maybe<PracticeSession>;
  /** Your accuracy per topic in a course, weakest first (lowest accuracy; ties: more answered first). */
  practiceStats: Array<TopicStat>;
  /** The default categories followed by your own. */
  prayerCategories: Array<PrayerCategory>;
  /** An entry you may see; null otherwise. */
  prayerEntry?: Maybe<PrayerEntry>;
  /** The current status of up to 100 people, in the order asked. */
  presence: Array<Presence>;
  /** One program by id or slug; null when there is none you may see. */
  program?: Maybe<Program>;
  /** Active programs, by name. Anyone may read them, signed in or not. */
  programs: QueryProgramsConnection;
  /** An attempt by id: the student, their parents, the course’s instructors and admins. */
  quizAttempt?: Maybe<QuizAttempt>;
  /** Every reading plan, by title. */
  readingPlans: Array<ReadingPlan>;
  /** The reference form behind a referee’s link; no sign-in needed. Errors: NOT_FOUND (unknown link); CONFLICT (already answered, expired, application withdrawn). */
  referenceForm: ReferenceForm;
  school?: Maybe<School>;
  /** A school’s licences with their codes and claims: those you bought (admins: all). */
  schoolLicences: Array<SchoolLicence>;
  /** Every translation, public-domain first. */
  scriptureTranslations: Array<ScriptureTranslation>;
  /** Full-text search (web-search syntax: "phrases", -exclusions, or) over messages in channels you can read, best match first. `first` is at most 50 (20 by default). */
  searchMessages: MessageConnection;
  /** One of your study plans. NOT_FOUND for anyone else’s. */
  studyPlan: StudyPlan;
  /** The iCalendar (RFC 5545) text of the plan whose calendar token this is; null for an unknown or rotated token. Serves the gateway’s /calendar/<token>.ics feed. */
  studyPlanCalendar?: Maybe<Scalars['String']['output']>;
  /** The order behind a test-mode checkout session; null for unknown sessions or when Stripe is configured. */
  testCheckoutSession?: Maybe<TestCheckoutSession>;
  /** The devotion for today’s date in your timezone; null when none is scheduled. */
  todayDevotion?: Maybe<Devotion>;
  /** Flagged tutor messages of students you look after (as a linked parent) or teach (sessions about your courses), newest first. */
  tutorFlags: QueryTutorFlagsConnection;
  /** The paid tutor plans, cheapest first. */
  tutorPlanOffers: Array<TutorPlanOffer>;
  /** The lecture’s quiz drafts, newest first (at most 50). The course’s instructors and administrators. */
  tutorQuizDrafts: Array<TutorQuizDraft>;
  /** One of your tutoring sessions; null for anyone else’s. */
  tutorSession?: Maybe<TutorSession>;
  /** Your tutoring sessions, most recently active first. */
  tutorSessions: QueryTutorSessionsConnection;
  /** Your tutor questions this month. */
  tutorUsage: TutorUsage;
  /** Anyone may look a person up; the private fields still check who is asking. */
  user?: Maybe<User>;
  /** Checks a ScrollBadge token on chain: owner, lock and metadata hash. Public, so anyone shown a badge can check it. */
  verifyBadge: BadgeVerification;
  /** Checks a certificate code (case, spaces and dashes do not matter). Public; an unknown code reveals nothing. */
  verifyCertificate: CertificateVerification;
  /** Your wallet. */
  wallet: Wallet;
};


export type QueryAdmissionsQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdmissionsQueueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AdmissionsQueueOrder>;
};


export type QueryAdmissionsQueueCountsArgs = {
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAiTutorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnsweredPrayersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentSubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAvailableInterviewSlotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  applicationId: Scalars['ID']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBadgeMetadataArgs = {
  badgeId: Scalars['ID']['input'];
};


export type QueryBundlesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryChannelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCheckRecallArgs = {
  cardId: Scalars['ID']['input'];
  typed: Scalars['String']['input'];
};


export type QueryCommunityPrayersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCourseArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCourseAnalyticsArgs = {
  bucket?: AnalyticsBucket;
  courseId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<CourseSort>;
};


export type QueryCoursesAwaitingReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDevMailboxArgs = {
  email: Scalars['String']['input'];
};


export type QueryDevotionArgs = {
  date: Scalars['String']['input'];
};


export type QueryFeeWaiverCodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  scope: FeedScope;
};


export type QueryInterviewSlotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  programId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryLectureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemoryCardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemoryPracticeArgs = {
  cardId: Scalars['ID']['input'];
  mode: MemoryPracticeMode;
  timezone: Scalars['String']['input'];
};


export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryMyApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyChannelsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<ChannelKind>;
};


export type QueryMyDevotionStreakArgs = {
  timezone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyModerationCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMyOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyPrayerEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PrayerEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyPrayerPartnerInvitesArgs = {
  sent?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMyReviewQueueArgs = {
  newCardLimit?: InputMaybe<Scalars['Int']['input']>;
  timezone: Scalars['String']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerPrayersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPassageArgs = {
  reference: Scalars['String']['input'];
  translation: Scalars['String']['input'];
};


export type QueryPayoutReportArgs = {
  from: Scalars['DateTime']['input'];
  payeeId?: InputMaybe<Scalars['ID']['input']>;
  until: Scalars['DateTime']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPracticeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPracticeStatsArgs = {
  courseId: Scalars['ID']['input'];
};


export type QueryPrayerEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPresenceArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


export type QueryProgramArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuizAttemptArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferenceFormArgs = {
  token: Scalars['String']['input'];
};


export type QuerySchoolArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySchoolLicencesArgs = {
  schoolId: Scalars['ID']['input'];
};


export type QuerySearchMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  channelId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryStudyPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStudyPlanCalendarArgs = {
  token: Scalars['String']['input'];
};


export type QueryTestCheckoutSessionArgs = {
  sessionId: Scalars['String']['input'];
};


export type QueryTodayDevotionArgs = {
  timezone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTutorFlagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  studentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTutorQuizDraftsArgs = {
  lectureId: Scalars['ID']['input'];
};


export type QueryTutorSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTutorSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerifyBadgeArgs = {
  tokenId: Scalars['Int']['input'];
};


export type QueryVerifyCertificateArgs = {
  code: Scalars['String']['input'];
};

export type QueryAdmissionsQueueConnection = {
  __typename?: 'QueryAdmissionsQueueConnection';
  edges: Array<QueryAdmissionsQueueConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryAdmissionsQueueConnectionEdge = {
  __typename?: 'QueryAdmissionsQueueConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

export type QueryAnsweredPrayersConnection = {
  __typename?: 'QueryAnsweredPrayersConnection';
  edges: Array<QueryAnsweredPrayersConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryAnsweredPrayersConnectionEdge = {
  __typename?: 'QueryAnsweredPrayersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: PrayerEntry;
};

export type QueryAvailableInterviewSlotsConnection = {
  __typename?: 'QueryAvailableInterviewSlotsConnection';
  edges: Array<QueryAvailableInterviewSlotsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryAvailableInterviewSlotsConnectionEdge = {
  __typename?: 'QueryAvailableInterviewSlotsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: InterviewSlot;
};

export type QueryCommunityPrayersConnection = {
  __typename?: 'QueryCommunityPrayersConnection';
  edges: Array<QueryCommunityPrayersConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryCommunityPrayersConnectionEdge = {
  __typename?: 'QueryCommunityPrayersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: PrayerEntry;
};

export type QueryCoursesAwaitingReviewConnection = {
  __typename?: 'QueryCoursesAwaitingReviewConnection';
  edges: Array<QueryCoursesAwaitingReviewConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryCoursesAwaitingReviewConnectionEdge = {
  __typename?: 'QueryCoursesAwaitingReviewConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Course;
};

export type QueryFeeWaiverCodesConnection = {
  __typename?: 'QueryFeeWaiverCodesConnection';
  edges: Array<QueryFeeWaiverCodesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryFeeWaiverCodesConnectionEdge = {
  __typename?: 'QueryFeeWaiverCodesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: FeeWaiverCode;
};

export type QueryFeedConnection = {
  __typename?: 'QueryFeedConnection';
  edges: Array<QueryFeedConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryFeedConnectionEdge = {
  __typename?: 'QueryFeedConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Post;
};

export type QueryInterviewSlotsConnection = {
  __typename?: 'QueryInterviewSlotsConnection';
  edges: Array<QueryInterviewSlotsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryInterviewSlotsConnectionEdge = {
  __typename?: 'QueryInterviewSlotsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: InterviewSlot;
};

export type QueryModerationQueueConnection = {
  __typename?: 'QueryModerationQueueConnection';
  edges: Array<QueryModerationQueueConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryModerationQueueConnectionEdge = {
  __typename?: 'QueryModerationQueueConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ModerationCase;
};

export type QueryMyApplicationsConnection = {
  __typename?: 'QueryMyApplicationsConnection';
  edges: Array<QueryMyApplicationsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyApplicationsConnectionEdge = {
  __typename?: 'QueryMyApplicationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

export type QueryMyModerationCasesConnection = {
  __typename?: 'QueryMyModerationCasesConnection';
  edges: Array<QueryMyModerationCasesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyModerationCasesConnectionEdge = {
  __typename?: 'QueryMyModerationCasesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ModerationCase;
};

export type QueryMyNotificationsConnection = {
  __typename?: 'QueryMyNotificationsConnection';
  edges: Array<QueryMyNotificationsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyNotificationsConnectionEdge = {
  __typename?: 'QueryMyNotificationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type QueryMyOrdersConnection = {
  __typename?: 'QueryMyOrdersConnection';
  edges: Array<QueryMyOrdersConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyOrdersConnectionEdge = {
  __typename?: 'QueryMyOrdersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type QueryMyPrayerEntriesConnection = {
  __typename?: 'QueryMyPrayerEntriesConnection';
  edges: Array<QueryMyPrayerEntriesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyPrayerEntriesConnectionEdge = {
  __typename?: 'QueryMyPrayerEntriesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: PrayerEntry;
};

export type QueryPartnerPrayersConnection = {
  __typename?: 'QueryPartnerPrayersConnection';
  edges: Array<QueryPartnerPrayersConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryPartnerPrayersConnectionEdge = {
  __typename?: 'QueryPartnerPrayersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: PrayerEntry;
};

export type QueryProgramsConnection = {
  __typename?: 'QueryProgramsConnection';
  edges: Array<QueryProgramsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryProgramsConnectionEdge = {
  __typename?: 'QueryProgramsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Program;
};

export type QueryTutorFlagsConnection = {
  __typename?: 'QueryTutorFlagsConnection';
  edges: Array<QueryTutorFlagsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryTutorFlagsConnectionEdge = {
  __typename?: 'QueryTutorFlagsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TutorFlag;
};

export type QueryTutorSessionsConnection = {
  __typename?: 'QueryTutorSessionsConnection';
  edges: Array<QueryTutorSessionsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryTutorSessionsConnectionEdge = {
  __typename?: 'QueryTutorSessionsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TutorSession;
};

/** A question of a course’s bank. Only the course’s editors can read bank questions. */
export type Question = {
  __typename?: 'Question';
  /** What grading compares against; see the authoring guide for its shape per type. */
  answerKey: Scalars['JSON']['output'];
  difficulty: Difficulty;
  explanation: Scalars['String']['output'];
  grade?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  options: Array<QuestionOption>;
  prompt: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  topic: Scalars['String']['output'];
  type: QuestionType;
};

/** One choice of a multiple-choice question. */
export type QuestionOption = {
  __typename?: 'QuestionOption';
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** One choice of a multiple-choice question; answer keys name options by id. */
export type QuestionOptionInput = {
  /** Short and stable within the question, e.g. "a". */
  id: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type QuestionScoreSummary = {
  __typename?: 'QuestionScoreSummary';
  /** Scored answers in graded attempts. */
  answers: Scalars['Int']['output'];
  /** Mean share of the question’s points earned, 0 to 1. */
  averageFraction: Scalars['Float']['output'];
  prompt: Scalars['String']['output'];
  questionId: Scalars['ID']['output'];
};

export type QuestionType =
  | 'essay'
  | 'multiple_choice_multi'
  | 'multiple_choice_single'
  | 'short_answer'
  | 'true_false';

export type Quiz = {
  __typename?: 'Quiz';
  /** Every student’s attempts, latest first: the course’s instructors and admins only. */
  attempts: QuizAttemptsConnection;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null when unlimited. */
  maxAttempts?: Maybe<Scalars['Int']['output']>;
  module: Module;
  /** Your attempts of this quiz, first to last; empty when signed out. */
  myAttempts: Array<QuizAttempt>;
  passingScorePercent: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  questionCount: Scalars['Int']['output'];
  /** The questions with their answer keys: the course’s editors only. */
  questions: Array<QuizQuestion>;
  shuffleOptions: Scalars['Boolean']['output'];
  shuffleQuestions: Scalars['Boolean']['output'];
  /** Null when untimed. */
  timeLimitSeconds?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
};


export type QuizAttemptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The answer to one question of an attempt: optionIds (multiple choice), value (true/false) or text (short answer, essay). */
export type QuizAnswerInput = {
  optionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  questionId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sitting of a quiz by one student. Past its deadline an attempt in progress is submitted as it stood and graded when next read. */
export type QuizAttempt = {
  __typename?: 'QuizAttempt';
  /** Null for an untimed quiz. The server keeps time. */
  deadlineAt?: Maybe<Scalars['DateTime']['output']>;
  gradedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  maxScore: Scalars['Int']['output'];
  /** 1 for the student’s first attempt of this quiz. */
  number: Scalars['Int']['output'];
  /** Whether scorePercent reached the quiz’s passing score; null until graded. */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** The questions in this attempt’s order, with the saved answers. */
  questions: Array<AttemptQuestion>;
  quiz: Quiz;
  /** Points earned; null until every answer is graded. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Percent of maxScore, two decimals; null until graded. */
  scorePercent?: Maybe<Scalars['Float']['output']>;
  /** Seconds until the deadline by the server’s clock; null when untimed or submitted. */
  secondsLeft?: Maybe<Scalars['Int']['output']>;
  startedAt: Scalars['DateTime']['output'];
  status: AttemptStatus;
  student: User;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type QuizAttemptsConnection = {
  __typename?: 'QuizAttemptsConnection';
  edges: Array<QuizAttemptsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuizAttemptsConnectionEdge = {
  __typename?: 'QuizAttemptsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: QuizAttempt;
};

/** A bank question placed in a quiz, with its points there. */
export type QuizQuestion = {
  __typename?: 'QuizQuestion';
  points: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  question: Question;
};

export type QuizQuestionInput = {
  /** 1–100. */
  points: Scalars['Int']['input'];
  questionId: Scalars['ID']['input'];
};

export type QuizScoreSummary = {
  __typename?: 'QuizScoreSummary';
  /** Graded attempts by the period’s students. */
  attempts: Scalars['Int']['output'];
  /** Mean score percent of those attempts; null without any. */
  averagePercent?: Maybe<Scalars['Float']['output']>;
  quiz: Quiz;
};

/** A reaction added to or removed from a message, with the emoji’s new total on it. */
export type ReactionChange = {
  __typename?: 'ReactionChange';
  /** True when added, false when removed. */
  added: Scalars['Boolean']['output'];
  /** How many people now react with this emoji. */
  count: Scalars['Int']['output'];
  emoji: Scalars['String']['output'];
  message: Message;
  /** Who reacted or took their reaction back. */
  user: User;
};

/** How many people reacted to a message with one emoji, and whether you did. */
export type ReactionSummary = {
  __typename?: 'ReactionSummary';
  count: Scalars['Int']['output'];
  /** A single emoji or a :short_name:. */
  emoji: Scalars['String']['output'];
  viewerReacted: Scalars['Boolean']['output'];
};

/** The sequence number of the last message a member has read, and when they read it. */
export type ReadReceipt = {
  __typename?: 'ReadReceipt';
  lastReadAt?: Maybe<Scalars['DateTime']['output']>;
  lastReadSeq: Scalars['Int']['output'];
  user: User;
};

export type Reading = {
  __typename?: 'Reading';
  /** Markdown. */
  body: Scalars['String']['output'];
  estimatedMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  module: Module;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ReadingPlan = {
  __typename?: 'ReadingPlan';
  dayCount: Scalars['Int']['output'];
  days: Array<ReadingPlanDay>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Your participation; null when you do not follow it or are signed out. */
  myParticipation?: Maybe<ReadingPlanParticipation>;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ReadingPlanDay = {
  __typename?: 'ReadingPlanDay';
  /** 1 for the first day. */
  dayNumber: Scalars['Int']['output'];
  /** Normalised references to read that day. */
  references: Array<Scalars['String']['output']>;
};

export type ReadingPlanDayProgress = {
  __typename?: 'ReadingPlanDayProgress';
  completed: Scalars['Boolean']['output'];
  dayNumber: Scalars['Int']['output'];
  /** YYYY-MM-DD: the start date plus the day number less one. */
  dueOn: Scalars['String']['output'];
  references: Array<Scalars['String']['output']>;
};

/** Someone following a reading plan. Only they and the members of their reading group can see it. */
export type ReadingPlanParticipation = {
  __typename?: 'ReadingPlanParticipation';
  /** Days due before today (in the follower’s timezone) that are not read yet; today’s reading is not late. */
  behindBy: Scalars['Int']['output'];
  /** The late days to catch up on, oldest first. */
  catchUp: Array<ReadingPlanDayProgress>;
  completedDays: Scalars['Int']['output'];
  /** Every day of the plan with whether it was read. */
  days: Array<ReadingPlanDayProgress>;
  /** Set when following with friends: they join with this id to share progress. Null when following alone. */
  groupId?: Maybe<Scalars['ID']['output']>;
  /** Everyone in the reading group, this follower included, in joining order; empty when following alone. */
  groupMembers: Array<ReadingPlanParticipation>;
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  plan: ReadingPlan;
  /** YYYY-MM-DD: when day 1 is due. */
  startDate: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
  user: User;
};

/** The first time a student opened a reading. */
export type ReadingView = {
  __typename?: 'ReadingView';
  /** The enrollment this view counts toward, with its updated progress and status. */
  enrollment: Enrollment;
  reading: Reading;
  viewedAt: Scalars['DateTime']['output'];
};

export type RecallDifference = {
  __typename?: 'RecallDifference';
  /** The verse’s word; null for an extra word. */
  expected?: Maybe<Scalars['String']['output']>;
  kind: RecallDifferenceKind;
  /** 0-based word position in the verse. */
  position: Scalars['Int']['output'];
  /** What was typed; null for a missing word. */
  typed?: Maybe<Scalars['String']['output']>;
};

export type RecallDifferenceKind =
  | 'extra'
  | 'missing'
  | 'typo'
  | 'wrong';

/** Case, punctuation and spacing are ignored; small typos count as recalled (1 edit in words of 4–6 letters, 2 in longer words). */
export type RecallResult = {
  __typename?: 'RecallResult';
  /** Nothing missing, wrong or extra (typos allowed). */
  correct: Scalars['Boolean']['output'];
  differences: Array<RecallDifference>;
  /** 0–1: recalled words over verse words plus extra words. */
  score: Scalars['Float']['output'];
};

export type ReferenceAnswer = {
  __typename?: 'ReferenceAnswer';
  answer: Scalars['String']['output'];
  question: Scalars['String']['output'];
  questionId: Scalars['String']['output'];
};

export type ReferenceAnswerInput = {
  /** At most 3,000 characters. */
  answer: Scalars['String']['input'];
  questionId: Scalars['String']['input'];
};

/** What a referee sees when they follow their link. */
export type ReferenceForm = {
  __typename?: 'ReferenceForm';
  /** The applicant’s legal name, once they gave it. */
  applicantName?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  programName: Scalars['String']['output'];
  /** Answer every one. */
  questions: Array<ReferenceQuestion>;
  refereeName: Scalars['String']['output'];
};

export type ReferenceQuestion = {
  __typename?: 'ReferenceQuestion';
  id: Scalars['String']['output'];
  prompt: Scalars['String']['output'];
};

export type ReferenceReceipt = {
  __typename?: 'ReferenceReceipt';
  refereeName: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
};

export type ReferenceRecommendation =
  | 'neutral'
  | 'not_recommend'
  | 'recommend'
  | 'strongly_recommend';

/** What a referee answered. Staff only. */
export type ReferenceResponse = {
  __typename?: 'ReferenceResponse';
  /** In the order the form asks them. */
  answers: Array<ReferenceAnswer>;
  recommendation: ReferenceRecommendation;
};

export type RegisterInput = {
  /** Two-letter country code, e.g. CA. */
  country?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** School grade, 6 to 12. */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Language tag, e.g. en-CA. Defaults to en. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** At least 8 characters with an uppercase letter, a lowercase letter and a digit. */
  password: Scalars['String']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, e.g. America/Toronto. Defaults to UTC. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** The same answer whether or not the email already had an account, so accounts cannot be discovered. */
export type RegisterPayload = {
  __typename?: 'RegisterPayload';
  message: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
};

export type ReorderInput = {
  courseId: Scalars['ID']['input'];
  kind: ReorderKind;
  /** The module whose items are reordered; leave out for modules. */
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  /** Every current id of that kind, in the new order. */
  orderedIds: Array<Scalars['ID']['input']>;
};

/** What is being reordered: a course’s modules, or one kind of item inside a module. */
export type ReorderKind =
  | 'assignments'
  | 'lectures'
  | 'modules'
  | 'quizzes'
  | 'readings';

export type ReportTarget =
  | 'comment'
  | 'message'
  | 'post';

export type ReviewDecision =
  | 'approve'
  | 'reject';

export type Role =
  | 'admin'
  | 'admissions_officer'
  | 'instructor'
  | 'parent'
  | 'school_admin'
  | 'student';

/** One criterion an essay or assignment is scored against. */
export type RubricCriterion = {
  __typename?: 'RubricCriterion';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  points: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** One criterion a submission is scored against. */
export type RubricCriterionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable within the rubric, e.g. "thesis"; graders score by it. */
  id: Scalars['String']['input'];
  /** 0–1,000. */
  points: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/** Points given for one rubric criterion. */
export type RubricScore = {
  __typename?: 'RubricScore';
  criterionId: Scalars['ID']['output'];
  points: Scalars['Float']['output'];
};

/** Points for one rubric criterion, between 0 and the criterion’s points. */
export type RubricScoreInput = {
  criterionId: Scalars['ID']['input'];
  points: Scalars['Float']['input'];
};

/** A UTC day, or an ISO week starting on Monday. */
export type SalesBucket =
  | 'day'
  | 'week';

export type SalesPeriod = {
  __typename?: 'SalesPeriod';
  /** Sales after discounts, before refunds. */
  grossCents: Scalars['Int']['output'];
  /** Start of the UTC day, or of the week (Monday). */
  periodStart: Scalars['DateTime']['output'];
  sales: Scalars['Int']['output'];
};

/** Anything left out stays as saved. */
export type SaveApplicationDraftInput = {
  applicationId: Scalars['ID']['input'];
  /** Replaces the whole list; at most 10 entries. */
  educationHistory?: InputMaybe<Array<EducationEntryInput>>;
  personalDetails?: InputMaybe<ApplicationPersonalDetailsInput>;
  /** At most 8,000 characters. */
  personalStatement?: InputMaybe<Scalars['String']['input']>;
  /** At most 5,000 characters. */
  statementOfFaith?: InputMaybe<Scalars['String']['input']>;
};

export type ScheduleDevotionInput = {
  actionStep: Scalars['String']['input'];
  /** https:// address of a reading of the devotion. */
  audioUrl?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; one devotion per date. */
  date: Scalars['String']['input'];
  passage: PassageInput;
  prayerPrompt: Scalars['String']['input'];
  reflection: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A single-use code taking a percentage off scholarship-eligible courses for one person. */
export type Scholarship = {
  __typename?: 'Scholarship';
  code: Scalars['String']['output'];
  course?: Maybe<Course>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  percentOff: Scalars['Int']['output'];
  recipient: User;
  redeemedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type School = {
  __typename?: 'School';
  /** Newest first, revoked keys included; visible to this school’s admins and platform admins. */
  apiKeys: Array<ApiKey>;
  country?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The code students join the school with; null until an admin makes one with rotateSchoolJoinCode. This school’s admins and platform admins only. */
  joinCode?: Maybe<Scalars['String']['output']>;
  /** Admins and teachers; visible to this school’s admins and platform admins. Students are in `students`. */
  members: Array<SchoolMembership>;
  name: Scalars['String']['output'];
  province?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  /** Active and completed enrollments of the students who share their progress with this school, oldest first: 20 per page unless `first` says (at most 100); continue with `after`. The school’s API keys with read:students and platform admins only; anyone else gets FORBIDDEN. */
  studentProgress: SchoolStudentProgressConnection;
  /** Students who joined with the school’s code, oldest first: 20 per page unless `first` says (at most 100); continue with `after`. The school’s admins and platform admins see every student; the school’s API keys with read:students only those sharing their progress. Anyone else: FORBIDDEN. */
  students: SchoolStudentConnection;
};


export type SchoolStudentProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  courseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SchoolStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SchoolEnrollmentResult = {
  __typename?: 'SchoolEnrollmentResult';
  status: SchoolEnrollmentStatus;
  studentId: Scalars['ID']['output'];
};

export type SchoolEnrollmentStatus =
  /** Already enrolled in the course, or has completed it; nothing changed. */
  | 'ALREADY_ENROLLED'
  /** Enrolled now (a dropped enrollment is reactivated with its progress). */
  | 'ENROLLED'
  /** Not a student of this school who shares their progress with it; nothing changed. */
  | 'NOT_A_SHARING_STUDENT';

/** Seats of a course or bundle a school bought; each seat is a single-use code. */
export type SchoolLicence = {
  __typename?: 'SchoolLicence';
  bundleId?: Maybe<Scalars['ID']['output']>;
  claimedSeats: Scalars['Int']['output'];
  codes: Array<LicenceCode>;
  course?: Maybe<Course>;
  /** Codes cannot be claimed after this. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  schoolId: Scalars['ID']['output'];
  seats: Scalars['Int']['output'];
};

export type SchoolMembership = {
  __typename?: 'SchoolMembership';
  joinedAt: Scalars['DateTime']['output'];
  role: SchoolRole;
  school: School;
  /** Students only: whether they let the school (and its API keys with read:students) see their progress. */
  sharingProgress: Scalars['Boolean']['output'];
  user: User;
};

export type SchoolRole =
  /** Manages the school and its members. */
  | 'admin'
  /** Studies at the school: joined with its code, and chooses whether to share their progress with it. */
  | 'student'
  /** Teaches at the school. */
  | 'teacher';

/** A student of a school. */
export type SchoolStudent = {
  __typename?: 'SchoolStudent';
  joinedAt: Scalars['DateTime']['output'];
  /** Whether the student lets the school see their progress. */
  sharingProgress: Scalars['Boolean']['output'];
  user: User;
};

export type SchoolStudentConnection = {
  __typename?: 'SchoolStudentConnection';
  edges: Array<SchoolStudentEdge>;
  pageInfo: PageInfo;
};

export type SchoolStudentEdge = {
  __typename?: 'SchoolStudentEdge';
  cursor: Scalars['String']['output'];
  node: SchoolStudent;
};

/** One sharing student’s enrollment in one course, with how far they are. */
export type SchoolStudentProgress = {
  __typename?: 'SchoolStudentProgress';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  course: Course;
  enrolledAt: Scalars['DateTime']['output'];
  /** Whole percent of the course’s live lectures and readings finished. */
  percentComplete: Scalars['Int']['output'];
  student: User;
};

export type SchoolStudentProgressConnection = {
  __typename?: 'SchoolStudentProgressConnection';
  edges: Array<SchoolStudentProgressEdge>;
  pageInfo: PageInfo;
};

export type SchoolStudentProgressEdge = {
  __typename?: 'SchoolStudentProgressEdge';
  cursor: Scalars['String']['output'];
  node: SchoolStudentProgress;
};

/** Scripture text as a provider returned it: public-domain text or licensed text, never invented. */
export type ScripturePassage = {
  __typename?: 'ScripturePassage';
  /** Canonical, e.g. "John 3:16-17". */
  reference: Scalars['String']['output'];
  text: Scalars['String']['output'];
  translation: Scalars['String']['output'];
};

/** A Bible translation. Licensed ones are available only where a licensed provider is configured. */
export type ScriptureTranslation = {
  __typename?: 'ScriptureTranslation';
  /** False when this deployment cannot serve it. */
  available: Scalars['Boolean']['output'];
  /** e.g. "KJV". */
  code: Scalars['String']['output'];
  licensed: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

/** A mint or burn and the wallet it changed. */
export type ScrollCoinAdjustment = {
  __typename?: 'ScrollCoinAdjustment';
  transaction: LedgerTransaction;
  wallet: Wallet;
};

/** A transfer and the sender’s wallet after it. */
export type ScrollCoinTransfer = {
  __typename?: 'ScrollCoinTransfer';
  transaction: LedgerTransaction;
  /** Your wallet after the transfer. */
  wallet: Wallet;
};

/** What a cart or order item sells. */
export type SellableKind =
  /** An admissions application fee (paid with payApplicationFee, not through the cart). */
  | 'application_fee'
  /** Access to every course of a bundle. */
  | 'bundle'
  /** Lifetime access to one course. */
  | 'course'
  /** Seats of a course or bundle for a school, handed out as licence codes. */
  | 'school_licence'
  /** A tutor plan (bought as a subscription, not through the cart). */
  | 'tutor_plan';

export type SendTutorMessagePayload = {
  __typename?: 'SendTutorMessagePayload';
  /** Your question as stored. */
  message: TutorMessage;
  pendingMessage: TutorMessage;
  /** The answer being written; its text arrives on tutorStream. */
  pendingMessageId: Scalars['ID']['output'];
};

export type SetCoursePriceInput = {
  /** Admins only: the payee’s share in basis points, 0–10000. @default 7000 */
  instructorShareBps?: InputMaybe<Scalars['Int']['input']>;
  /** Admins only: who receives the instructor share. @default the course owner */
  payeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether scholarships discount it. @default true */
  scholarshipEligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** ScrollCoin price (≥ 1); null or absent: not for sale in coins. */
  scrollCoinCost?: InputMaybe<Scalars['Int']['input']>;
  /** Price in US cents, 0–1,000,000; 0 makes the course free. */
  usdCents: Scalars['Int']['input'];
};

/** A Stripe-shaped webhook event signed with the local webhook secret, for the gateway to deliver. */
export type SignedTestCheckoutEvent = {
  __typename?: 'SignedTestCheckoutEvent';
  payload: Scalars['String']['output'];
  redirectUrl: Scalars['String']['output'];
  signature: Scalars['String']['output'];
};

export type SlideOutline = {
  __typename?: 'SlideOutline';
  lecture: Lecture;
  /** Slides separated by `---` lines: a title slide, then one per main point with 3–5 bullets. */
  markdown: Scalars['String']['output'];
  model?: Maybe<Scalars['String']['output']>;
  /** True when built from the transcript without a model. */
  offline: Scalars['Boolean']['output'];
  slideCount: Scalars['Int']['output'];
};

export type SpiritualAnswerInput = {
  /** At most 4,000 characters; empty clears the answer. */
  answer: Scalars['String']['input'];
  /** One of SpiritualEvaluation.questions’ ids. */
  questionId: Scalars['ID']['input'];
};

/** Points given on one criterion (with the draft’s comment, for a suggested score). */
export type SpiritualCriterionScore = {
  __typename?: 'SpiritualCriterionScore';
  /** Empty for an officer’s score. */
  comment: Scalars['String']['output'];
  criterion: SpiritualRubricCriterion;
  points: Scalars['Int']['output'];
};

/** The spiritual questionnaire and its scoring. Fields marked staff only are null for applicants. */
export type SpiritualEvaluation = {
  __typename?: 'SpiritualEvaluation';
  /** The tutor’s latest suggestion. Staff only. */
  aiDraft?: Maybe<SpiritualEvaluationDraft>;
  /** Set while a requested draft is on its way. Staff only. */
  aiDraftRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Staff only. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who scored it. Staff only. */
  confirmedBy?: Maybe<User>;
  maxScore: Scalars['Int']['output'];
  /** The scoring officer’s note. Staff only. */
  note?: Maybe<Scalars['String']['output']>;
  questions: Array<SpiritualQuestion>;
  /** Staff only. */
  rubric?: Maybe<Array<SpiritualRubricCriterion>>;
  /** True once an officer has confirmed scores. */
  scored: Scalars['Boolean']['output'];
  /** The officer’s scores, in rubric order. Staff only; null until scored. */
  scores?: Maybe<Array<SpiritualCriterionScore>>;
  submitted: Scalars['Boolean']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Staff only. */
  totalScore?: Maybe<Scalars['Int']['output']>;
};

/** A suggested scoring written by the tutor. Never a score: an officer confirms one with scoreSpiritualEvaluation. */
export type SpiritualEvaluationDraft = {
  __typename?: 'SpiritualEvaluationDraft';
  draftedAt: Scalars['DateTime']['output'];
  /** The model that wrote it, or how the offline draft was made. */
  model: Scalars['String']['output'];
  /** True when no language model was available and a simple offline estimate was made. */
  offline: Scalars['Boolean']['output'];
  scores: Array<SpiritualCriterionScore>;
  summary: Scalars['String']['output'];
  totalPoints: Scalars['Int']['output'];
};

export type SpiritualGrowth = {
  __typename?: 'SpiritualGrowth';
  devotionStreak: DevotionStreak;
  devotionsCompleted: Scalars['Int']['output'];
  prayersAnswered: Scalars['Int']['output'];
  /** Prayer journal entries written. */
  prayersLogged: Scalars['Int']['output'];
  /** Memory cards reviewed at least 3 times whose FSRS recall probability is still at least 0.9. */
  versesMastered: Scalars['Int']['output'];
  /** The last 8 weeks, oldest first. */
  weeklyActivity: Array<WeeklyActivity>;
};

/** One question of the spiritual questionnaire, with the applicant’s answer so far. */
export type SpiritualQuestion = {
  __typename?: 'SpiritualQuestion';
  answer?: Maybe<Scalars['String']['output']>;
  guidance: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Longest answer, in characters. */
  maxLength: Scalars['Int']['output'];
  prompt: Scalars['String']['output'];
};

/** One criterion the spiritual evaluation is scored on. */
export type SpiritualRubricCriterion = {
  __typename?: 'SpiritualRubricCriterion';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  maxPoints: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type SpiritualScoreInput = {
  /** One of SpiritualEvaluation.rubric’s ids. */
  criterionId: Scalars['ID']['input'];
  /** A whole number from 0 to the criterion’s maxPoints. */
  points: Scalars['Int']['input'];
};

export type StartTutorSessionInput = {
  /** Ground answers in this course’s material (you must be enrolled, or teach it). */
  courseId?: InputMaybe<Scalars['ID']['input']>;
  /** Prefer this lecture’s material; implies its course. */
  lectureId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 120 characters. @default the first question */
  title?: InputMaybe<Scalars['String']['input']>;
  /** @default the tutor of the course’s faculty, else a general tutor */
  tutorId?: InputMaybe<Scalars['ID']['input']>;
};

export type StripeWebhookOutcome =
  /** The event changed an order or subscription. */
  | 'applied'
  /** Already received; nothing changed. */
  | 'duplicate'
  /** Recorded; it changes nothing (an older event, or not about us). */
  | 'ignored'
  /** Recorded; applied once the payment it refers to is known (a refund before its payment). */
  | 'pending';

export type StripeWebhookReceipt = {
  __typename?: 'StripeWebhookReceipt';
  eventId: Scalars['String']['output'];
  outcome: StripeWebhookOutcome;
  type: Scalars['String']['output'];
};

export type StudyPace =
  | 'intensive'
  | 'normal'
  | 'relaxed';

/** Study sessions planned up to an exam. Only its owner can read it. */
export type StudyPlan = {
  __typename?: 'StudyPlan';
  /** Path on the API host of this plan’s iCalendar feed, for calendar apps to subscribe to. Anyone with it can read the plan: rotate it to revoke. */
  calendarUrl: Scalars['String']['output'];
  course: Course;
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD. */
  examDate: Scalars['String']['output'];
  hoursPerSession: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Modules covered, in course order; empty means the whole course. */
  moduleIds: Array<Scalars['ID']['output']>;
  pace: StudyPace;
  preferredTimeOfDay: TimeOfDay;
  progress: StudyPlanProgress;
  /** Every session, missed and done ones included, by start time. */
  sessions: Array<StudySession>;
  studyDaysPerWeek: Scalars['Int']['output'];
  timezone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type StudyPlanProgress = {
  __typename?: 'StudyPlanProgress';
  /** Minutes the student reported for the sessions done. */
  minutesSpent: Scalars['Int']['output'];
  sessionsDone: Scalars['Int']['output'];
  /** Sessions whose time passed unstudied; their topics were replanned. */
  sessionsMissed: Scalars['Int']['output'];
  /** Sessions done or still planned; missed ones are left out, since their topics moved to later sessions. */
  sessionsTotal: Scalars['Int']['output'];
};

/** A block of study at a set time. Reached only through its owner’s plan. */
export type StudySession = {
  __typename?: 'StudySession';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 1 (easy) to 5 (very hard). */
  difficultyRating?: Maybe<Scalars['Int']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: StudySessionStatus;
  timeSpentMinutes?: Maybe<Scalars['Int']['output']>;
  topics: Array<StudyTopic>;
  /** 1 (lost) to 5 (mastered). */
  understandingRating?: Maybe<Scalars['Int']['output']>;
};

export type StudySessionStatus =
  | 'done'
  | 'missed'
  | 'planned';

/** A lecture, reading or quiz planned in a session. A topic longer than a session is split, with a share in each. */
export type StudyTopic = {
  __typename?: 'StudyTopic';
  /** The id of the lecture, reading or quiz. */
  id: Scalars['ID']['output'];
  kind: StudyTopicKind;
  /** Minutes planned for it in this session, pace included. */
  minutes: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type StudyTopicKind =
  | 'lecture'
  | 'quiz'
  | 'reading';

export type SubmitReferenceInput = {
  /** One answer to every question of the form. */
  answers: Array<ReferenceAnswerInput>;
  recommendation: ReferenceRecommendation;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** New messages of a channel you can read, each exactly once and in `seq` order. Pass `after` (the last seq you saw) to first receive everything you missed, e.g. after a reconnect. Held and rejected messages reach only their author and moderators. */
  messageAdded: Message;
  /** Edits, deletions (the message comes back as a tombstone: `deleted` true, no body) and moderation changes in a channel you can read. A message you could see that is then held or rejected comes with a null body, so clients can hide it; messages you never could see are not announced. */
  messageUpdated: Message;
  /** Your new notifications as they happen. */
  notificationAdded: Notification;
  /** New posts in a feed scope as they are published (held posts never appear). */
  postAdded: Post;
  /** The current status of each of up to 100 people first, then every change of their status. */
  presenceChanged: Presence;
  /** Reactions added and removed in a channel you can read (on held or rejected messages only for their author and moderators). */
  reactionChanged: ReactionChange;
  /** The tutor’s answers in one of your sessions as they are written. Subscribe when you open the session, before asking. */
  tutorStream: TutorStreamEvent;
  /** Other people typing in a channel you can read (never yourself). */
  typing: TypingIndicator;
};


export type SubscriptionMessageAddedArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  channelId: Scalars['ID']['input'];
};


export type SubscriptionMessageUpdatedArgs = {
  channelId: Scalars['ID']['input'];
};


export type SubscriptionPostAddedArgs = {
  scope: FeedScope;
};


export type SubscriptionPresenceChangedArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


export type SubscriptionReactionChangedArgs = {
  channelId: Scalars['ID']['input'];
};


export type SubscriptionTutorStreamArgs = {
  sessionId: Scalars['ID']['input'];
};


export type SubscriptionTypingArgs = {
  channelId: Scalars['ID']['input'];
};

export type TestCheckoutLine = {
  __typename?: 'TestCheckoutLine';
  description: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  totalCents: Scalars['Int']['output'];
};

export type TestCheckoutOutcome =
  /** Simulate an abandoned, expired checkout. */
  | 'fail'
  /** Simulate a successful card payment. */
  | 'pay';

/** A test-mode checkout: the order it pays. No real payment happens. */
export type TestCheckoutSession = {
  __typename?: 'TestCheckoutSession';
  currency: Scalars['String']['output'];
  discountCents: Scalars['Int']['output'];
  lines: Array<TestCheckoutLine>;
  orderId: Scalars['ID']['output'];
  sessionId: Scalars['String']['output'];
  /** The order’s status. */
  status: Scalars['String']['output'];
  subtotalCents: Scalars['Int']['output'];
  totalCents: Scalars['Int']['output'];
};

export type TimeOfDay =
  | 'afternoon'
  | 'evening'
  | 'morning';

/** How you did on one topic, from practice sessions and graded quiz answers. Correct means full marks. */
export type TopicStat = {
  __typename?: 'TopicStat';
  /** correct / answered, 0 to 1. */
  accuracy: Scalars['Float']['output'];
  answered: Scalars['Int']['output'];
  correct: Scalars['Int']['output'];
  topic: Scalars['String']['output'];
};

/** The tutor’s video avatar settings. */
export type TutorAvatar = {
  __typename?: 'TutorAvatar';
  /** The avatar as the provider knows it; null without a provider. */
  avatarId?: Maybe<Scalars['String']['output']>;
  provider: TutorAvatarProvider;
  /** The provider’s voice id; null for its default. */
  voice?: Maybe<Scalars['String']['output']>;
};

/** A hosted provider needs the avatar id it knows the avatar by; NONE takes neither id nor voice. */
export type TutorAvatarInput = {
  avatarId?: InputMaybe<Scalars['String']['input']>;
  provider: TutorAvatarProvider;
  voice?: InputMaybe<Scalars['String']['input']>;
};

/** Who renders the tutor on video. NONE: the tutor answers in text only. */
export type TutorAvatarProvider =
  /** A school’s own renderer. */
  | 'CUSTOM'
  /** D-ID talking heads. */
  | 'DID'
  | 'NONE'
  | 'SYNTHESIA';

/** Course material an answer draws on. */
export type TutorCitation = {
  __typename?: 'TutorCitation';
  lectureId?: Maybe<Scalars['ID']['output']>;
  readingId?: Maybe<Scalars['ID']['output']>;
  /** The lecture’s or reading’s title. */
  title: Scalars['String']['output'];
};

/** A flagged message in a student’s tutoring session: only the flagged message is shown, never the rest of the conversation. */
export type TutorFlag = {
  __typename?: 'TutorFlag';
  content: Scalars['String']['output'];
  course?: Maybe<Course>;
  flaggedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  role: TutorMessageRole;
  student: User;
};

/** A question of the student or an answer of the tutor. */
export type TutorMessage = {
  __typename?: 'TutorMessage';
  citations: Array<TutorCitation>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completionTokens: Scalars['Int']['output'];
  /** Markdown. Empty while an answer is pending. */
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Why a failed answer did not come. */
  error?: Maybe<Scalars['String']['output']>;
  flagReason?: Maybe<Scalars['String']['output']>;
  /** The safety check refused or withheld it, or it looked like an attempt to subvert the tutor. */
  flagged: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  model?: Maybe<Scalars['String']['output']>;
  /** Answered by the offline tutor from the course material, without a language model. */
  offline: Scalars['Boolean']['output'];
  promptTokens: Scalars['Int']['output'];
  role: TutorMessageRole;
  status: TutorMessageStatus;
  /** Prompt plus completion tokens of an answer; 0 for questions. */
  tokens: Scalars['Int']['output'];
};

export type TutorMessageRole =
  | 'assistant'
  | 'user';

export type TutorMessageStatus =
  /** Stopped by the student; the content is what was said until then. */
  | 'cancelled'
  | 'complete'
  /** No full answer came; `error` says why. */
  | 'failed'
  /** The tutor is still answering; the text arrives on tutorStream. */
  | 'pending';

export type TutorPlan =
  /** 200 questions a month. */
  | 'standard'
  /** 50 questions a month. */
  | 'starter'
  | 'unlimited';

/** A paid tutor plan and what it costs a month. */
export type TutorPlanOffer = {
  __typename?: 'TutorPlanOffer';
  plan: TutorPlanTier;
  usdCentsMonthly: Scalars['Int']['output'];
};

export type TutorPlanTier =
  | 'standard'
  | 'starter'
  | 'unlimited';

/** Questions the tutor drafted from a lecture; nothing reaches the question bank until an instructor adds it. */
export type TutorQuizDraft = {
  __typename?: 'TutorQuizDraft';
  courseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lecture: Lecture;
  /** The model that drafted it; null offline. */
  model?: Maybe<Scalars['String']['output']>;
  /** True when drafted from the transcript’s own sentences, without a model. */
  offline: Scalars['Boolean']['output'];
  questions: Array<DraftQuestion>;
};

/** A conversation of one student with one tutor, optionally about a course and lecture. Private to the student. */
export type TutorSession = {
  __typename?: 'TutorSession';
  /** The course answers draw on. */
  course?: Maybe<Course>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastMessageAt: Scalars['DateTime']['output'];
  /** The lecture answers prefer. */
  lecture?: Maybe<Lecture>;
  /** Questions and answers, oldest first. Use `last` to load the newest page and `before` for older ones. */
  messages: TutorSessionMessagesConnection;
  student: User;
  title: Scalars['String']['output'];
  tutor: AiTutor;
};


/** A conversation of one student with one tutor, optionally about a course and lecture. Private to the student. */
export type TutorSessionMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type TutorSessionMessagesConnection = {
  __typename?: 'TutorSessionMessagesConnection';
  edges: Array<TutorSessionMessagesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TutorSessionMessagesConnectionEdge = {
  __typename?: 'TutorSessionMessagesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TutorMessage;
};

export type TutorStreamError = {
  __typename?: 'TutorStreamError';
  code: TutorStreamErrorCode;
  message: Scalars['String']['output'];
};

export type TutorStreamErrorCode =
  /** The answer was withheld by the safety check. */
  | 'FLAGGED'
  /** The answer was cut off (the tutor restarted or failed). */
  | 'INTERRUPTED'
  /** The model refused the request; rephrase the question. */
  | 'MODEL_REJECTED'
  /** The model took too long. */
  | 'MODEL_TIMEOUT'
  /** The model failed after retries, or is paused after repeated failures; ask again later. */
  | 'MODEL_UNAVAILABLE';

/** A piece of an answer. Events of one answer come in `seq` order; the last has `done: true`. */
export type TutorStreamEvent = {
  __typename?: 'TutorStreamEvent';
  citations?: Maybe<Array<TutorCitation>>;
  /** On the final event: the whole answer as stored. */
  content?: Maybe<Scalars['String']['output']>;
  /** Text to append; empty on the final event. */
  delta: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  error?: Maybe<TutorStreamError>;
  messageId: Scalars['ID']['output'];
  /** The offline tutor answers from course material, without a language model. */
  offline: Scalars['Boolean']['output'];
  seq: Scalars['Int']['output'];
  status: TutorMessageStatus;
  usage?: Maybe<TutorTokenUsage>;
};

/** A tutor plan paid monthly through Stripe. */
export type TutorSubscription = {
  __typename?: 'TutorSubscription';
  /** True when the plan ends at currentPeriodEnd. */
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  currentPeriodEnd?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  plan: PaidTutorPlan;
  /** Stripe’s status: active, trialing, past_due, canceled, unpaid, incomplete… */
  status: Scalars['String']['output'];
};

export type TutorTokenUsage = {
  __typename?: 'TutorTokenUsage';
  completionTokens: Scalars['Int']['output'];
  promptTokens: Scalars['Int']['output'];
  totalTokens: Scalars['Int']['output'];
};

/** Questions asked of the tutor this month (UTC) against the plan’s allowance. Refused and unanswered questions do not count. */
export type TutorUsage = {
  __typename?: 'TutorUsage';
  /** Null on the unlimited plan. */
  limit?: Maybe<Scalars['Int']['output']>;
  periodStart: Scalars['DateTime']['output'];
  plan: TutorPlan;
  /** Null on the unlimited plan. */
  remaining?: Maybe<Scalars['Int']['output']>;
  resetsAt: Scalars['DateTime']['output'];
  used: Scalars['Int']['output'];
};

/** Someone is typing in a channel; hide the indicator after `expiresAt` unless it is renewed. */
export type TypingIndicator = {
  __typename?: 'TypingIndicator';
  channelId: Scalars['ID']['output'];
  expiresAt: Scalars['DateTime']['output'];
  user: User;
};

/** Leave a field out to keep it; send facultyId null to make the tutor general. An avatar replaces the old one whole. */
export type UpdateAiTutorInput = {
  /** False retires the tutor; true brings it back. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  avatar?: InputMaybe<TutorAvatarInput>;
  facultyId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  personaPrompt?: InputMaybe<Scalars['String']['input']>;
  socraticStrength?: InputMaybe<Scalars['Int']['input']>;
  specialty?: InputMaybe<Scalars['String']['input']>;
};

/** Leave a field out to keep it; send null to clear dueAt. A new rubric replaces the old one and sets points to its total; points must always equal the rubric’s total when there is a rubric. */
export type UpdateAssignmentInput = {
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Markdown. */
  instructions?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['Int']['input']>;
  rubric?: InputMaybe<Array<RubricCriterionInput>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Leave a field out to keep it. prerequisiteIds, when given, replaces the whole list. */
export type UpdateCourseInput = {
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  durationHours?: InputMaybe<Scalars['Float']['input']>;
  facultyId?: InputMaybe<Scalars['ID']['input']>;
  isFree?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  prerequisiteIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  slug?: InputMaybe<Scalars['String']['input']>;
  subtitleLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDevotionInput = {
  actionStep?: InputMaybe<Scalars['String']['input']>;
  /** null removes the audio; left out keeps it. */
  audioUrl?: InputMaybe<Scalars['String']['input']>;
  /** Move it to another free date, YYYY-MM-DD. */
  date?: InputMaybe<Scalars['String']['input']>;
  passage?: InputMaybe<PassageInput>;
  prayerPrompt?: InputMaybe<Scalars['String']['input']>;
  reflection?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Leave a field out to keep it; send null to clear videoUrl. captions and materials, when given, replace the whole set. */
export type UpdateLectureInput = {
  captions?: InputMaybe<Array<LectureCaptionInput>>;
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<LectureKind>;
  materials?: InputMaybe<Array<LectureMaterialInput>>;
  title?: InputMaybe<Scalars['String']['input']>;
  transcript?: InputMaybe<Scalars['String']['input']>;
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Leave a field out to keep it. Send null to clear unlockAt or requiredQuizId (which clears the score too), or to reset requiredScorePercent to the quiz’s passing score. */
export type UpdateModuleInput = {
  requireAllItems?: InputMaybe<Scalars['Boolean']['input']>;
  requiredQuizId?: InputMaybe<Scalars['ID']['input']>;
  requiredScorePercent?: InputMaybe<Scalars['Int']['input']>;
  sequential?: InputMaybe<Scalars['Boolean']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unlockAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type UpdatePrayerEntryInput = {
  /** Null removes the category; leave out to keep it. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–10,000 characters. */
  content?: InputMaybe<Scalars['String']['input']>;
  entryId: Scalars['ID']['input'];
  /** 1–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<PrayerVisibility>;
};

/** Leave a field out to keep it; send null to clear phone, grade, country or province. */
export type UpdateProfileInput = {
  /** Two-letter country code, e.g. CA. */
  country?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** School grade, 6 to 12. */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Language tag, e.g. en-CA. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** With country code, e.g. +1 416 555 0100. */
  phone?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, e.g. America/Toronto. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProgramInput = {
  /** False stops new applications and hides the program from the public list. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  applicationFeeCents?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eligibilityRules?: InputMaybe<Scalars['JSON']['input']>;
  facultyId?: InputMaybe<Scalars['ID']['input']>;
  firstTermCourseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<ProgramKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  programId: Scalars['ID']['input'];
  requiredCourseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProgramIntakeInput = {
  applicationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** Never below the places already taken. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  intakeId: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['DateTime']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
};

/** Leave a field out to keep it; send null to clear grade. Type, options and answer key are checked together; a new type needs a new answerKey. */
export type UpdateQuestionInput = {
  answerKey?: InputMaybe<Scalars['JSON']['input']>;
  difficulty?: InputMaybe<Difficulty>;
  explanation?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Scalars['Int']['input']>;
  options?: InputMaybe<Array<QuestionOptionInput>>;
  prompt?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  topic?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<QuestionType>;
};

/** Leave a field out to keep it; send null to make the quiz untimed (timeLimitSeconds) or allow unlimited attempts (maxAttempts). */
export type UpdateQuizInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  passingScorePercent?: InputMaybe<Scalars['Int']['input']>;
  shuffleOptions?: InputMaybe<Scalars['Boolean']['input']>;
  shuffleQuestions?: InputMaybe<Scalars['Boolean']['input']>;
  timeLimitSeconds?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Leave a field out to keep it. */
export type UpdateReadingInput = {
  /** Markdown. */
  body?: InputMaybe<Scalars['String']['input']>;
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A person on ScrollForge. Email, phone, family and schools are visible only to the person and admins. */
export type User = {
  __typename?: 'User';
  /** Achievements they have unlocked, newest first: for the person and admins; anyone else gets FORBIDDEN. */
  achievements: Array<UserAchievement>;
  /** This person’s applications, newest first. The person sees all of theirs; officers see those to their programs; admins see all; anyone else gets an empty list. */
  applications: UserApplicationsConnection;
  /** Applications assigned to this person as an admissions officer, longest in their stage first. The officer themself and admins see them; anyone else gets an empty list. */
  assignedApplications: UserAssignedApplicationsConnection;
  /** A signed link to the avatar image, valid for an hour. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** The person’s course badges, newest first. The person and admins only. */
  badges: Array<Badge>;
  /** This person’s certificates, newest first, each with its PDF (rendered with the person’s display name the first time it is asked for). Same visibility as enrollments. */
  certificates: Array<Certificate>;
  /** The person’s chain address; null until they earn something on chain or link a wallet. The person and admins only. */
  chainAddress?: Maybe<ChainAddress>;
  /** Confirmed children of this person. */
  children: Array<User>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  /** This person’s enrollments, newest first. The person, their confirmed parents and admins see all; a course’s instructors see only their courses’; anyone else gets FORBIDDEN. */
  enrollments: Array<Enrollment>;
  grade?: Maybe<Scalars['Int']['output']>;
  /** This person’s grades, newest first: the best graded attempt of each quiz and each graded assignment. Same visibility as enrollments; an instructor asking for a course they do not teach gets FORBIDDEN. */
  grades: Array<Grade>;
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  /** Confirmed parents of this person. */
  parents: Array<User>;
  phone?: Maybe<Scalars['String']['output']>;
  province?: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  schools: Array<SchoolMembership>;
  /** Streaks, totals and recent activity. Errors: UNAUTHENTICATED, FORBIDDEN unless you are this person or their confirmed parent. */
  spiritualGrowth: SpiritualGrowth;
  /** Courses this person owns or co-teaches, by title. Drafts and courses in review appear only to the person themselves and to admins. */
  teachingCourses: Array<Course>;
  timezone: Scalars['String']['output'];
  /** Their tutor questions this month: for the person, their linked parents and admins. */
  tutorUsage: TutorUsage;
  /** Their ScrollCoin wallet: for the person and admins. Others, parents included, are refused with FORBIDDEN. */
  wallet: Wallet;
  /** Their experience and level: for the person and admins; anyone else gets FORBIDDEN. */
  xp: Experience;
};


/** A person on ScrollForge. Email, phone, family and schools are visible only to the person and admins. */
export type UserApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person on ScrollForge. Email, phone, family and schools are visible only to the person and admins. */
export type UserAssignedApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person on ScrollForge. Email, phone, family and schools are visible only to the person and admins. */
export type UserEnrollmentsArgs = {
  status?: InputMaybe<EnrollmentStatus>;
};


/** A person on ScrollForge. Email, phone, family and schools are visible only to the person and admins. */
export type UserGradesArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
};


/** A person on ScrollForge. Email, phone, family and schools are visible only to the person and admins. */
export type UserSpiritualGrowthArgs = {
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** An achievement a person has unlocked. */
export type UserAchievement = {
  __typename?: 'UserAchievement';
  achievement: Achievement;
  unlockedAt: Scalars['DateTime']['output'];
};

export type UserApplicationsConnection = {
  __typename?: 'UserApplicationsConnection';
  edges: Array<UserApplicationsConnectionEdge>;
  pageInfo: PageInfo;
};

export type UserApplicationsConnectionEdge = {
  __typename?: 'UserApplicationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

export type UserAssignedApplicationsConnection = {
  __typename?: 'UserAssignedApplicationsConnection';
  edges: Array<UserAssignedApplicationsConnectionEdge>;
  pageInfo: PageInfo;
};

export type UserAssignedApplicationsConnectionEdge = {
  __typename?: 'UserAssignedApplicationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

/** The stored badge a token was minted for. */
export type VerifiedBadge = {
  __typename?: 'VerifiedBadge';
  course: Course;
  grade?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
};

/** A person’s ScrollCoin wallet. The ledger is the source of truth; the chain mirrors it. Seen by its owner and admins. */
export type Wallet = {
  __typename?: 'Wallet';
  /** Coins available now. */
  balance: Scalars['Int']['output'];
  /** The wallet’s entries, newest first: 20 per page unless `first` says (at most 100); continue with `after`. */
  history: WalletEntryConnection;
  /** The owner’s user id. */
  id: Scalars['ID']['output'];
  owner: User;
  /** Coins credited to this wallet by transactions whose on-chain anchor is not confirmed yet (not anchored, queued, submitted or failed). Already included in `balance` and spendable; it says how much the chain does not show yet. */
  pending: Scalars['Int']['output'];
};


/** A person’s ScrollCoin wallet. The ledger is the source of truth; the chain mirrors it. Seen by its owner and admins. */
export type WalletHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WalletHistoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One line of a wallet’s history. */
export type WalletEntry = {
  __typename?: 'WalletEntry';
  /** Signed: positive credited the wallet, negative debited it. */
  amount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  transaction: LedgerTransaction;
};

export type WalletEntryConnection = {
  __typename?: 'WalletEntryConnection';
  edges: Array<WalletEntryEdge>;
  pageInfo: PageInfo;
};

export type WalletEntryDirection =
  /** Coins credited to the wallet. */
  | 'IN'
  /** Coins debited from the wallet. */
  | 'OUT';

export type WalletEntryEdge = {
  __typename?: 'WalletEntryEdge';
  cursor: Scalars['String']['output'];
  node: WalletEntry;
};

export type WalletHistoryFilter = {
  /** Only credits (IN) or debits (OUT). @default both */
  direction?: InputMaybe<WalletEntryDirection>;
  /** Entries at or after this instant. @default no lower bound */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these transaction types. @default every type */
  types?: InputMaybe<Array<LedgerTransactionType>>;
  /** Entries before this instant. @default no upper bound */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Sign `message` with the wallet (personal_sign), then call completeWalletLink within 10 minutes. */
export type WalletLinkChallenge = {
  __typename?: 'WalletLinkChallenge';
  address: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

/** What a person did in one week (Monday to Sunday, local time). */
export type WeeklyActivity = {
  __typename?: 'WeeklyActivity';
  devotions: Scalars['Int']['output'];
  /** "I prayed" taps. */
  prayers: Scalars['Int']['output'];
  /** Memory verse reviews. */
  reviews: Scalars['Int']['output'];
  /** The Monday, YYYY-MM-DD. */
  weekStart: Scalars['String']['output'];
};
