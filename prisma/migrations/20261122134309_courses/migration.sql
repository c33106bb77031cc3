-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "courses";

-- CreateEnum
CREATE TYPE "courses"."CourseStatus" AS ENUM ('draft', 'in_review', 'published', 'archived');

-- CreateEnum
CREATE TYPE "courses"."Difficulty" AS ENUM ('beginner', 'intermediate', 'advanced');

-- CreateEnum
CREATE TYPE "courses"."LectureKind" AS ENUM ('video', 'live', 'interactive');

-- CreateEnum
CREATE TYPE "courses"."QuestionType" AS ENUM ('multiple_choice_single', 'multiple_choice_multi', 'true_false', 'short_answer', 'essay');

-- CreateEnum
CREATE TYPE "courses"."EnrollmentStatus" AS ENUM ('active', 'dropped', 'completed');

-- CreateEnum
CREATE TYPE "courses"."AttemptStatus" AS ENUM ('in_progress', 'submitted', 'graded');

-- CreateEnum
CREATE TYPE "courses"."StudyPace" AS ENUM ('relaxed', 'normal', 'intensive');

-- CreateEnum
CREATE TYPE "courses"."TimeOfDay" AS ENUM ('morning', 'afternoon', 'evening');

-- CreateEnum
CREATE TYPE "courses"."StudySessionStatus" AS ENUM ('planned', 'done', 'missed');

-- CreateEnum
CREATE TYPE "courses"."PracticeMode" AS ENUM ('practice', 'exam');

-- CreateTable
CREATE TABLE "courses"."faculty" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "faculty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."course" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "faculty_id" UUID NOT NULL,
    "difficulty" "courses"."Difficulty" NOT NULL DEFAULT 'beginner',
    "language" TEXT NOT NULL DEFAULT 'en',
    "subtitle_languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "duration_hours" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_free" BOOLEAN NOT NULL DEFAULT true,
    "status" "courses"."CourseStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 0,
    "owner_id" UUID NOT NULL,
    "review_note" TEXT,
    "submitted_at" TIMESTAMP(3),
    "published_at" TIMESTAMP(3),
    "archived_at" TIMESTAMP(3),
    "search_vector" tsvector,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."course_instructor" (
    "course_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "course_instructor_pkey" PRIMARY KEY ("course_id","user_id")
);

-- CreateTable
CREATE TABLE "courses"."course_prerequisite" (
    "course_id" UUID NOT NULL,
    "required_course_id" UUID NOT NULL,

    CONSTRAINT "course_prerequisite_pkey" PRIMARY KEY ("course_id","required_course_id")
);

-- CreateTable
CREATE TABLE "courses"."module" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "unlock_at" TIMESTAMP(3),
    "sequential" BOOLEAN NOT NULL DEFAULT false,
    "require_all_items" BOOLEAN NOT NULL DEFAULT true,
    "required_quiz_id" UUID,
    "required_score_percent" INTEGER,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "module_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."lecture" (
    "id" UUID NOT NULL,
    "module_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "courses"."LectureKind" NOT NULL DEFAULT 'video',
    "video_url" TEXT,
    "duration_seconds" INTEGER NOT NULL DEFAULT 0,
    "transcript" TEXT NOT NULL DEFAULT '',
    "slides_file_key" TEXT,
    "notes_file_key" TEXT,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lecture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."lecture_caption" (
    "lecture_id" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "vtt" TEXT NOT NULL,

    CONSTRAINT "lecture_caption_pkey" PRIMARY KEY ("lecture_id","language")
);

-- CreateTable
CREATE TABLE "courses"."lecture_material" (
    "id" UUID NOT NULL,
    "lecture_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "lecture_material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."reading" (
    "id" UUID NOT NULL,
    "module_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "estimated_minutes" INTEGER NOT NULL DEFAULT 10,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."assignment" (
    "id" UUID NOT NULL,
    "module_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL DEFAULT '',
    "due_at" TIMESTAMP(3),
    "points" INTEGER NOT NULL,
    "rubric" JSONB NOT NULL DEFAULT '[]',
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."assignment_submission" (
    "id" UUID NOT NULL,
    "assignment_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" DOUBLE PRECISION,
    "rubric_scores" JSONB,
    "feedback" TEXT,
    "graded_by_id" UUID,
    "graded_at" TIMESTAMP(3),

    CONSTRAINT "assignment_submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."quiz" (
    "id" UUID NOT NULL,
    "module_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "time_limit_seconds" INTEGER,
    "max_attempts" INTEGER,
    "passing_score_percent" INTEGER NOT NULL DEFAULT 60,
    "shuffle_questions" BOOLEAN NOT NULL DEFAULT false,
    "shuffle_options" BOOLEAN NOT NULL DEFAULT false,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "quiz_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."question" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "type" "courses"."QuestionType" NOT NULL,
    "prompt" TEXT NOT NULL,
    "options" JSONB NOT NULL DEFAULT '[]',
    "answer_key" JSONB NOT NULL,
    "explanation" TEXT NOT NULL DEFAULT '',
    "grade" INTEGER,
    "subject" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "difficulty" "courses"."Difficulty" NOT NULL DEFAULT 'beginner',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."quiz_question" (
    "quiz_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "quiz_question_pkey" PRIMARY KEY ("quiz_id","question_id")
);

-- CreateTable
CREATE TABLE "courses"."enrollment" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "courses"."EnrollmentStatus" NOT NULL DEFAULT 'active',
    "course_version" INTEGER NOT NULL,
    "enrolled_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dropped_at" TIMESTAMP(3),
    "completed_at" TIMESTAMP(3),
    "final_grade" DOUBLE PRECISION,

    CONSTRAINT "enrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."course_access_grant" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "order_id" TEXT,
    "granted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "course_access_grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."guardian_link" (
    "parent_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,
    "confirmed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "guardian_link_pkey" PRIMARY KEY ("parent_id","child_id")
);

-- CreateTable
CREATE TABLE "courses"."lecture_progress" (
    "user_id" UUID NOT NULL,
    "lecture_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "position_seconds" INTEGER NOT NULL DEFAULT 0,
    "completed_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lecture_progress_pkey" PRIMARY KEY ("user_id","lecture_id")
);

-- CreateTable
CREATE TABLE "courses"."reading_view" (
    "user_id" UUID NOT NULL,
    "reading_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "viewed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_view_pkey" PRIMARY KEY ("user_id","reading_id")
);

-- CreateTable
CREATE TABLE "courses"."quiz_attempt" (
    "id" UUID NOT NULL,
    "quiz_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "courses"."AttemptStatus" NOT NULL DEFAULT 'in_progress',
    "layout" JSONB NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline_at" TIMESTAMP(3),
    "submitted_at" TIMESTAMP(3),
    "score" DOUBLE PRECISION,
    "max_score" INTEGER NOT NULL,
    "score_percent" DOUBLE PRECISION,
    "graded_at" TIMESTAMP(3),

    CONSTRAINT "quiz_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."attempt_answer" (
    "attempt_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "response" JSONB NOT NULL,
    "auto_score" DOUBLE PRECISION,
    "manual_score" DOUBLE PRECISION,
    "rubric_scores" JSONB,
    "feedback" TEXT,
    "graded_by_id" UUID,
    "graded_at" TIMESTAMP(3),
    "ai_draft" JSONB,
    "saved_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attempt_answer_pkey" PRIMARY KEY ("attempt_id","question_id")
);

-- CreateTable
CREATE TABLE "courses"."certificate" (
    "id" UUID NOT NULL,
    "enrollment_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "final_grade" DOUBLE PRECISION NOT NULL,
    "pdf_file_key" TEXT,
    "recipient_name" TEXT,
    "issued_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."study_plan" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "module_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "exam_date" DATE NOT NULL,
    "study_days_per_week" INTEGER NOT NULL,
    "hours_per_session" DOUBLE PRECISION NOT NULL,
    "preferred_time_of_day" "courses"."TimeOfDay" NOT NULL,
    "pace" "courses"."StudyPace" NOT NULL,
    "timezone" TEXT NOT NULL,
    "calendar_token" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "study_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."study_session" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "topics" JSONB NOT NULL,
    "status" "courses"."StudySessionStatus" NOT NULL DEFAULT 'planned',
    "completed_at" TIMESTAMP(3),
    "time_spent_minutes" INTEGER,
    "difficulty_rating" INTEGER,
    "understanding_rating" INTEGER,

    CONSTRAINT "study_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."practice_session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "mode" "courses"."PracticeMode" NOT NULL,
    "criteria" JSONB NOT NULL,
    "question_ids" TEXT[],
    "time_limit_seconds" INTEGER,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline_at" TIMESTAMP(3),
    "submitted_at" TIMESTAMP(3),
    "score" DOUBLE PRECISION,
    "max_score" INTEGER NOT NULL,

    CONSTRAINT "practice_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."practice_answer" (
    "session_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "response" JSONB NOT NULL,
    "score" DOUBLE PRECISION,
    "answered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "practice_answer_pkey" PRIMARY KEY ("session_id","question_id")
);

-- CreateTable
CREATE TABLE "courses"."outbox_event" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses"."processed_event" (
    "event_id" UUID NOT NULL,
    "handler" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateIndex
CREATE UNIQUE INDEX "faculty_slug_key" ON "courses"."faculty"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "course_slug_key" ON "courses"."course"("slug");

-- CreateIndex
CREATE INDEX "course_search_vector_idx" ON "courses"."course" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "course_status_faculty_id_idx" ON "courses"."course"("status", "faculty_id");

-- CreateIndex
CREATE INDEX "course_instructor_user_id_idx" ON "courses"."course_instructor"("user_id");

-- CreateIndex
CREATE INDEX "module_course_id_position_idx" ON "courses"."module"("course_id", "position");

-- CreateIndex
CREATE INDEX "lecture_module_id_position_idx" ON "courses"."lecture"("module_id", "position");

-- CreateIndex
CREATE INDEX "lecture_course_id_idx" ON "courses"."lecture"("course_id");

-- CreateIndex
CREATE INDEX "lecture_material_lecture_id_position_idx" ON "courses"."lecture_material"("lecture_id", "position");

-- CreateIndex
CREATE INDEX "reading_module_id_position_idx" ON "courses"."reading"("module_id", "position");

-- CreateIndex
CREATE INDEX "assignment_module_id_position_idx" ON "courses"."assignment"("module_id", "position");

-- CreateIndex
CREATE INDEX "assignment_submission_user_id_idx" ON "courses"."assignment_submission"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "assignment_submission_assignment_id_user_id_key" ON "courses"."assignment_submission"("assignment_id", "user_id");

-- CreateIndex
CREATE INDEX "quiz_module_id_position_idx" ON "courses"."quiz"("module_id", "position");

-- CreateIndex
CREATE INDEX "question_course_id_topic_idx" ON "courses"."question"("course_id", "topic");

-- CreateIndex
CREATE INDEX "enrollment_user_id_idx" ON "courses"."enrollment"("user_id");

-- CreateIndex
CREATE INDEX "enrollment_course_id_enrolled_at_idx" ON "courses"."enrollment"("course_id", "enrolled_at");

-- CreateIndex
CREATE UNIQUE INDEX "enrollment_course_id_user_id_key" ON "courses"."enrollment"("course_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "course_access_grant_course_id_user_id_key" ON "courses"."course_access_grant"("course_id", "user_id");

-- CreateIndex
CREATE INDEX "guardian_link_child_id_idx" ON "courses"."guardian_link"("child_id");

-- CreateIndex
CREATE INDEX "lecture_progress_course_id_user_id_idx" ON "courses"."lecture_progress"("course_id", "user_id");

-- CreateIndex
CREATE INDEX "reading_view_course_id_user_id_idx" ON "courses"."reading_view"("course_id", "user_id");

-- CreateIndex
CREATE INDEX "quiz_attempt_user_id_course_id_idx" ON "courses"."quiz_attempt"("user_id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "quiz_attempt_quiz_id_user_id_number_key" ON "courses"."quiz_attempt"("quiz_id", "user_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_enrollment_id_key" ON "courses"."certificate"("enrollment_id");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_code_key" ON "courses"."certificate"("code");

-- CreateIndex
CREATE INDEX "certificate_user_id_idx" ON "courses"."certificate"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "study_plan_calendar_token_key" ON "courses"."study_plan"("calendar_token");

-- CreateIndex
CREATE INDEX "study_plan_user_id_idx" ON "courses"."study_plan"("user_id");

-- CreateIndex
CREATE INDEX "study_session_plan_id_starts_at_idx" ON "courses"."study_session"("plan_id", "starts_at");

-- CreateIndex
CREATE INDEX "practice_session_user_id_started_at_idx" ON "courses"."practice_session"("user_id", "started_at");

-- CreateIndex
CREATE INDEX "practice_answer_user_id_idx" ON "courses"."practice_answer"("user_id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_created_at_idx" ON "courses"."outbox_event"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "courses"."course" ADD CONSTRAINT "course_faculty_id_fkey" FOREIGN KEY ("faculty_id") REFERENCES "courses"."faculty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."course_instructor" ADD CONSTRAINT "course_instructor_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."course_prerequisite" ADD CONSTRAINT "course_prerequisite_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."course_prerequisite" ADD CONSTRAINT "course_prerequisite_required_course_id_fkey" FOREIGN KEY ("required_course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."module" ADD CONSTRAINT "module_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."lecture" ADD CONSTRAINT "lecture_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "courses"."module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."lecture" ADD CONSTRAINT "lecture_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."lecture_caption" ADD CONSTRAINT "lecture_caption_lecture_id_fkey" FOREIGN KEY ("lecture_id") REFERENCES "courses"."lecture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."lecture_material" ADD CONSTRAINT "lecture_material_lecture_id_fkey" FOREIGN KEY ("lecture_id") REFERENCES "courses"."lecture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."reading" ADD CONSTRAINT "reading_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "courses"."module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."reading" ADD CONSTRAINT "reading_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."assignment" ADD CONSTRAINT "assignment_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "courses"."module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."assignment" ADD CONSTRAINT "assignment_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."assignment_submission" ADD CONSTRAINT "assignment_submission_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "courses"."assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."quiz" ADD CONSTRAINT "quiz_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "courses"."module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."quiz" ADD CONSTRAINT "quiz_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."question" ADD CONSTRAINT "question_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."quiz_question" ADD CONSTRAINT "quiz_question_quiz_id_fkey" FOREIGN KEY ("quiz_id") REFERENCES "courses"."quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."quiz_question" ADD CONSTRAINT "quiz_question_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "courses"."question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."enrollment" ADD CONSTRAINT "enrollment_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."course_access_grant" ADD CONSTRAINT "course_access_grant_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."lecture_progress" ADD CONSTRAINT "lecture_progress_lecture_id_fkey" FOREIGN KEY ("lecture_id") REFERENCES "courses"."lecture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."reading_view" ADD CONSTRAINT "reading_view_reading_id_fkey" FOREIGN KEY ("reading_id") REFERENCES "courses"."reading"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."quiz_attempt" ADD CONSTRAINT "quiz_attempt_quiz_id_fkey" FOREIGN KEY ("quiz_id") REFERENCES "courses"."quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."attempt_answer" ADD CONSTRAINT "attempt_answer_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "courses"."quiz_attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."attempt_answer" ADD CONSTRAINT "attempt_answer_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "courses"."question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."certificate" ADD CONSTRAINT "certificate_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "courses"."enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."certificate" ADD CONSTRAINT "certificate_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."study_plan" ADD CONSTRAINT "study_plan_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"."course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."study_session" ADD CONSTRAINT "study_session_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "courses"."study_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."practice_answer" ADD CONSTRAINT "practice_answer_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "courses"."practice_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses"."practice_answer" ADD CONSTRAINT "practice_answer_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "courses"."question"("id") ON DELETE CASCADE ON UPDATE CASCADE;
