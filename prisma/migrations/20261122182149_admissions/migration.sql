-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "admissions";

-- CreateEnum
CREATE TYPE "admissions"."ProgramKind" AS ENUM ('degree', 'certificate');

-- CreateEnum
CREATE TYPE "admissions"."ApplicationStatus" AS ENUM ('draft', 'submitted', 'eligibility_review', 'spiritual_evaluation', 'interview_scheduled', 'interviewed', 'decided', 'enrolled', 'withdrawn');

-- CreateEnum
CREATE TYPE "admissions"."DecisionOutcome" AS ENUM ('accepted', 'waitlisted', 'rejected');

-- CreateEnum
CREATE TYPE "admissions"."ApplicationDocumentKind" AS ENUM ('transcript', 'identity', 'recommendation', 'other');

-- CreateTable
CREATE TABLE "admissions"."program" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "admissions"."ProgramKind" NOT NULL,
    "faculty_id" UUID,
    "description" TEXT NOT NULL DEFAULT '',
    "required_course_ids" UUID[],
    "first_term_course_ids" UUID[],
    "application_fee_cents" INTEGER NOT NULL DEFAULT 0,
    "eligibility_rules" JSONB NOT NULL DEFAULT '{}',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."program_intake" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "application_deadline" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "accepted_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "program_intake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."program_officer" (
    "program_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "program_officer_pkey" PRIMARY KEY ("program_id","user_id")
);

-- CreateTable
CREATE TABLE "admissions"."application" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "intake_id" UUID NOT NULL,
    "status" "admissions"."ApplicationStatus" NOT NULL DEFAULT 'draft',
    "personal_details" JSONB NOT NULL DEFAULT '{}',
    "education_history" JSONB NOT NULL DEFAULT '[]',
    "statement_of_faith" TEXT NOT NULL DEFAULT '',
    "personal_statement" TEXT NOT NULL DEFAULT '',
    "eligibility" JSONB,
    "eligibility_override" JSONB,
    "decision" "admissions"."DecisionOutcome",
    "decision_rationale" TEXT,
    "decided_at" TIMESTAMP(3),
    "assigned_officer_id" UUID,
    "fee_order_id" UUID,
    "fee_waiver_code_id" UUID,
    "stage_entered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."application_transition" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "from_status" "admissions"."ApplicationStatus",
    "to_status" "admissions"."ApplicationStatus" NOT NULL,
    "actor_id" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."application_document" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "kind" "admissions"."ApplicationDocumentKind" NOT NULL,
    "file_key" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."application_reference" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "referee_name" TEXT NOT NULL,
    "referee_email" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "response" JSONB,
    "submitted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."spiritual_evaluation" (
    "application_id" UUID NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "rubric_scores" JSONB,
    "total_score" INTEGER,
    "ai_draft" JSONB,
    "officer_note" TEXT,
    "confirmed_by_id" UUID,
    "confirmed_at" TIMESTAMP(3),

    CONSTRAINT "spiritual_evaluation_pkey" PRIMARY KEY ("application_id")
);

-- CreateTable
CREATE TABLE "admissions"."interview_slot" (
    "id" UUID NOT NULL,
    "officer_id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL DEFAULT 'Online',
    "booked_application_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_slot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."interview" (
    "application_id" UUID NOT NULL,
    "slot_id" UUID NOT NULL,
    "officer_id" UUID NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "reschedules" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "score" INTEGER,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "interview_pkey" PRIMARY KEY ("application_id")
);

-- CreateTable
CREATE TABLE "admissions"."fee_waiver_code" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "program_id" UUID,
    "max_uses" INTEGER NOT NULL DEFAULT 1,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMP(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fee_waiver_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."completed_course" (
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "completed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "completed_course_pkey" PRIMARY KEY ("user_id","course_id")
);

-- CreateTable
CREATE TABLE "admissions"."outbox_event" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admissions"."processed_event" (
    "event_id" UUID NOT NULL,
    "handler" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateIndex
CREATE UNIQUE INDEX "program_slug_key" ON "admissions"."program"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "program_intake_program_id_term_key" ON "admissions"."program_intake"("program_id", "term");

-- CreateIndex
CREATE INDEX "program_officer_user_id_idx" ON "admissions"."program_officer"("user_id");

-- CreateIndex
CREATE INDEX "application_status_stage_entered_at_idx" ON "admissions"."application"("status", "stage_entered_at");

-- CreateIndex
CREATE INDEX "application_intake_id_status_idx" ON "admissions"."application"("intake_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "application_applicant_id_intake_id_key" ON "admissions"."application"("applicant_id", "intake_id");

-- CreateIndex
CREATE INDEX "application_transition_application_id_created_at_idx" ON "admissions"."application_transition"("application_id", "created_at");

-- CreateIndex
CREATE INDEX "application_document_application_id_idx" ON "admissions"."application_document"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "application_reference_token_hash_key" ON "admissions"."application_reference"("token_hash");

-- CreateIndex
CREATE INDEX "application_reference_application_id_idx" ON "admissions"."application_reference"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "interview_slot_booked_application_id_key" ON "admissions"."interview_slot"("booked_application_id");

-- CreateIndex
CREATE INDEX "interview_slot_program_id_starts_at_idx" ON "admissions"."interview_slot"("program_id", "starts_at");

-- CreateIndex
CREATE INDEX "interview_slot_officer_id_starts_at_idx" ON "admissions"."interview_slot"("officer_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "interview_slot_id_key" ON "admissions"."interview"("slot_id");

-- CreateIndex
CREATE UNIQUE INDEX "fee_waiver_code_code_key" ON "admissions"."fee_waiver_code"("code");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_created_at_idx" ON "admissions"."outbox_event"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "admissions"."program_intake" ADD CONSTRAINT "program_intake_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "admissions"."program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admissions"."program_officer" ADD CONSTRAINT "program_officer_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "admissions"."program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admissions"."application" ADD CONSTRAINT "application_intake_id_fkey" FOREIGN KEY ("intake_id") REFERENCES "admissions"."program_intake"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admissions"."application_transition" ADD CONSTRAINT "application_transition_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "admissions"."application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admissions"."application_document" ADD CONSTRAINT "application_document_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "admissions"."application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admissions"."application_reference" ADD CONSTRAINT "application_reference_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "admissions"."application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admissions"."spiritual_evaluation" ADD CONSTRAINT "spiritual_evaluation_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "admissions"."application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admissions"."interview" ADD CONSTRAINT "interview_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "admissions"."application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
