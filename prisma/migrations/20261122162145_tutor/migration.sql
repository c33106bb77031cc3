-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "tutor";

-- CreateEnum
CREATE TYPE "tutor"."TutorAvatarProvider" AS ENUM ('none', 'did', 'synthesia', 'custom');

-- CreateEnum
CREATE TYPE "tutor"."TutorMessageRole" AS ENUM ('user', 'assistant');

-- CreateEnum
CREATE TYPE "tutor"."TutorMessageStatus" AS ENUM ('pending', 'complete', 'cancelled', 'failed');

-- CreateEnum
CREATE TYPE "tutor"."TutorPlan" AS ENUM ('starter', 'standard', 'unlimited');

-- CreateTable
CREATE TABLE "tutor"."ai_tutor" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "faculty_id" UUID,
    "persona_prompt" TEXT NOT NULL,
    "socratic_strength" INTEGER NOT NULL DEFAULT 3,
    "avatar_provider" "tutor"."TutorAvatarProvider" NOT NULL DEFAULT 'none',
    "avatar_id" TEXT,
    "voice" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ai_tutor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor"."tutor_session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "tutor_id" UUID NOT NULL,
    "course_id" UUID,
    "lecture_id" UUID,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_message_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tutor_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor"."tutor_message" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "role" "tutor"."TutorMessageRole" NOT NULL,
    "status" "tutor"."TutorMessageStatus" NOT NULL DEFAULT 'complete',
    "content" TEXT NOT NULL DEFAULT '',
    "prompt_tokens" INTEGER NOT NULL DEFAULT 0,
    "completion_tokens" INTEGER NOT NULL DEFAULT 0,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "flag_reason" TEXT,
    "offline" BOOLEAN NOT NULL DEFAULT false,
    "model" TEXT,
    "citations" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "counted_in_usage" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "tutor_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor"."plan_assignment" (
    "user_id" UUID NOT NULL,
    "plan" "tutor"."TutorPlan" NOT NULL,
    "valid_until" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "plan_assignment_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "tutor"."usage" (
    "user_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "questions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "usage_pkey" PRIMARY KEY ("user_id","period_start")
);

-- CreateTable
CREATE TABLE "tutor"."course" (
    "course_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "faculty_id" UUID,
    "instructor_ids" UUID[],
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("course_id")
);

-- CreateTable
CREATE TABLE "tutor"."passage" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "lecture_id" UUID,
    "reading_id" UUID,
    "source_title" TEXT NOT NULL,
    "module_title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "search_vector" tsvector,

    CONSTRAINT "passage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor"."quiz_attempt" (
    "attempt_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "quiz_id" UUID NOT NULL,
    "questions" JSONB NOT NULL,
    "deadline_at" TIMESTAMP(3),
    "ended_at" TIMESTAMP(3),
    "started_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "quiz_attempt_pkey" PRIMARY KEY ("attempt_id")
);

-- CreateTable
CREATE TABLE "tutor"."essay" (
    "attempt_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "prompt" TEXT NOT NULL,
    "rubric" JSONB NOT NULL,
    "answer_text" TEXT NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "essay_pkey" PRIMARY KEY ("attempt_id","question_id")
);

-- CreateTable
CREATE TABLE "tutor"."quiz_draft" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "lecture_id" UUID NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "questions" JSONB NOT NULL,
    "offline" BOOLEAN NOT NULL DEFAULT false,
    "model" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "quiz_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor"."enrollment" (
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,

    CONSTRAINT "enrollment_pkey" PRIMARY KEY ("user_id","course_id")
);

-- CreateTable
CREATE TABLE "tutor"."guardian_link" (
    "parent_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,

    CONSTRAINT "guardian_link_pkey" PRIMARY KEY ("parent_id","child_id")
);

-- CreateTable
CREATE TABLE "tutor"."outbox_event" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutor"."processed_event" (
    "event_id" UUID NOT NULL,
    "handler" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateIndex
CREATE UNIQUE INDEX "ai_tutor_slug_key" ON "tutor"."ai_tutor"("slug");

-- CreateIndex
CREATE INDEX "ai_tutor_faculty_id_idx" ON "tutor"."ai_tutor"("faculty_id");

-- CreateIndex
CREATE INDEX "tutor_session_user_id_last_message_at_idx" ON "tutor"."tutor_session"("user_id", "last_message_at");

-- CreateIndex
CREATE INDEX "tutor_message_session_id_created_at_idx" ON "tutor"."tutor_message"("session_id", "created_at");

-- CreateIndex
CREATE INDEX "tutor_message_status_created_at_idx" ON "tutor"."tutor_message"("status", "created_at");

-- CreateIndex
CREATE INDEX "tutor_message_flagged_created_at_idx" ON "tutor"."tutor_message"("flagged", "created_at");

-- CreateIndex
CREATE INDEX "course_faculty_id_idx" ON "tutor"."course"("faculty_id");

-- CreateIndex
CREATE INDEX "passage_course_id_idx" ON "tutor"."passage"("course_id");

-- CreateIndex
CREATE INDEX "passage_lecture_id_idx" ON "tutor"."passage"("lecture_id");

-- CreateIndex
CREATE INDEX "quiz_attempt_user_id_ended_at_idx" ON "tutor"."quiz_attempt"("user_id", "ended_at");

-- CreateIndex
CREATE INDEX "essay_course_id_idx" ON "tutor"."essay"("course_id");

-- CreateIndex
CREATE INDEX "quiz_draft_lecture_id_created_at_idx" ON "tutor"."quiz_draft"("lecture_id", "created_at");

-- CreateIndex
CREATE INDEX "enrollment_course_id_idx" ON "tutor"."enrollment"("course_id");

-- CreateIndex
CREATE INDEX "guardian_link_child_id_idx" ON "tutor"."guardian_link"("child_id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_created_at_idx" ON "tutor"."outbox_event"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "tutor"."tutor_session" ADD CONSTRAINT "tutor_session_tutor_id_fkey" FOREIGN KEY ("tutor_id") REFERENCES "tutor"."ai_tutor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor"."tutor_message" ADD CONSTRAINT "tutor_message_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "tutor"."tutor_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutor"."passage" ADD CONSTRAINT "passage_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "tutor"."course"("course_id") ON DELETE CASCADE ON UPDATE CASCADE;
