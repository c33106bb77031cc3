-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "spiritual";

-- CreateEnum
CREATE TYPE "spiritual"."PrayerVisibility" AS ENUM ('private', 'partners', 'community');

-- CreateEnum
CREATE TYPE "spiritual"."PartnerStatus" AS ENUM ('pending', 'accepted', 'declined');

-- CreateEnum
CREATE TYPE "spiritual"."CardState" AS ENUM ('new', 'learning', 'review', 'relearning');

-- CreateEnum
CREATE TYPE "spiritual"."ReviewRating" AS ENUM ('again', 'hard', 'good', 'easy');

-- CreateTable
CREATE TABLE "spiritual"."passage" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "translation" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "passage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."devotion" (
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "passage_id" UUID NOT NULL,
    "reflection" TEXT NOT NULL,
    "prayer_prompt" TEXT NOT NULL,
    "action_step" TEXT NOT NULL,
    "audio_url" TEXT,
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "devotion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."devotion_completion" (
    "user_id" UUID NOT NULL,
    "devotion_id" UUID NOT NULL,
    "local_date" DATE NOT NULL,
    "timezone" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "completed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "devotion_completion_pkey" PRIMARY KEY ("user_id","devotion_id")
);

-- CreateTable
CREATE TABLE "spiritual"."reading_plan" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."reading_plan_day" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "day_number" INTEGER NOT NULL,
    "references" TEXT[],

    CONSTRAINT "reading_plan_day_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."reading_plan_participant" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "group_id" UUID,
    "start_date" DATE NOT NULL,
    "timezone" TEXT NOT NULL,
    "joined_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_plan_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."reading_plan_day_completion" (
    "day_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "completed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_plan_day_completion_pkey" PRIMARY KEY ("day_id","user_id")
);

-- CreateTable
CREATE TABLE "spiritual"."prayer_category" (
    "id" UUID NOT NULL,
    "owner_id" UUID,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prayer_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."prayer_entry" (
    "id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "category_id" UUID,
    "visibility" "spiritual"."PrayerVisibility" NOT NULL DEFAULT 'private',
    "answered_at" TIMESTAMP(3),
    "testimony" TEXT,
    "source_post_id" UUID,
    "prayed_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "prayer_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."prayer_prayed" (
    "entry_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "local_date" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prayer_prayed_pkey" PRIMARY KEY ("entry_id","user_id","local_date")
);

-- CreateTable
CREATE TABLE "spiritual"."prayer_partnership" (
    "id" UUID NOT NULL,
    "inviter_id" UUID NOT NULL,
    "invitee_id" UUID NOT NULL,
    "status" "spiritual"."PartnerStatus" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "responded_at" TIMESTAMP(3),

    CONSTRAINT "prayer_partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."memory_verse" (
    "id" UUID NOT NULL,
    "passage_id" UUID NOT NULL,
    "curated" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memory_verse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."memory_card" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "verse_id" UUID NOT NULL,
    "state" "spiritual"."CardState" NOT NULL DEFAULT 'new',
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "difficulty" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "elapsed_days" INTEGER NOT NULL DEFAULT 0,
    "scheduled_days" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "last_review" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memory_card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."memory_card_review" (
    "id" UUID NOT NULL,
    "card_id" UUID NOT NULL,
    "rating" "spiritual"."ReviewRating" NOT NULL,
    "local_date" DATE NOT NULL,
    "state_before" "spiritual"."CardState" NOT NULL,
    "reviewed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memory_card_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."spiritual_milestone" (
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "reached_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "spiritual_milestone_pkey" PRIMARY KEY ("user_id","kind")
);

-- CreateTable
CREATE TABLE "spiritual"."guardian_link" (
    "parent_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,

    CONSTRAINT "guardian_link_pkey" PRIMARY KEY ("parent_id","child_id")
);

-- CreateTable
CREATE TABLE "spiritual"."outbox_event" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spiritual"."processed_event" (
    "event_id" UUID NOT NULL,
    "handler" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateIndex
CREATE UNIQUE INDEX "passage_reference_translation_key" ON "spiritual"."passage"("reference", "translation");

-- CreateIndex
CREATE UNIQUE INDEX "devotion_date_key" ON "spiritual"."devotion"("date");

-- CreateIndex
CREATE INDEX "devotion_completion_user_id_local_date_idx" ON "spiritual"."devotion_completion"("user_id", "local_date");

-- CreateIndex
CREATE UNIQUE INDEX "reading_plan_slug_key" ON "spiritual"."reading_plan"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "reading_plan_day_plan_id_day_number_key" ON "spiritual"."reading_plan_day"("plan_id", "day_number");

-- CreateIndex
CREATE INDEX "reading_plan_participant_group_id_idx" ON "spiritual"."reading_plan_participant"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "reading_plan_participant_plan_id_user_id_key" ON "spiritual"."reading_plan_participant"("plan_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "prayer_category_owner_id_name_key" ON "spiritual"."prayer_category"("owner_id", "name");

-- CreateIndex
CREATE INDEX "prayer_entry_author_id_created_at_idx" ON "spiritual"."prayer_entry"("author_id", "created_at");

-- CreateIndex
CREATE INDEX "prayer_entry_visibility_created_at_idx" ON "spiritual"."prayer_entry"("visibility", "created_at");

-- CreateIndex
CREATE INDEX "prayer_partnership_invitee_id_idx" ON "spiritual"."prayer_partnership"("invitee_id");

-- CreateIndex
CREATE UNIQUE INDEX "prayer_partnership_inviter_id_invitee_id_key" ON "spiritual"."prayer_partnership"("inviter_id", "invitee_id");

-- CreateIndex
CREATE UNIQUE INDEX "memory_verse_passage_id_key" ON "spiritual"."memory_verse"("passage_id");

-- CreateIndex
CREATE INDEX "memory_card_user_id_due_idx" ON "spiritual"."memory_card"("user_id", "due");

-- CreateIndex
CREATE UNIQUE INDEX "memory_card_user_id_verse_id_key" ON "spiritual"."memory_card"("user_id", "verse_id");

-- CreateIndex
CREATE INDEX "memory_card_review_card_id_reviewed_at_idx" ON "spiritual"."memory_card_review"("card_id", "reviewed_at");

-- CreateIndex
CREATE INDEX "guardian_link_child_id_idx" ON "spiritual"."guardian_link"("child_id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_created_at_idx" ON "spiritual"."outbox_event"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "spiritual"."devotion" ADD CONSTRAINT "devotion_passage_id_fkey" FOREIGN KEY ("passage_id") REFERENCES "spiritual"."passage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."devotion_completion" ADD CONSTRAINT "devotion_completion_devotion_id_fkey" FOREIGN KEY ("devotion_id") REFERENCES "spiritual"."devotion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."reading_plan_day" ADD CONSTRAINT "reading_plan_day_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "spiritual"."reading_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."reading_plan_participant" ADD CONSTRAINT "reading_plan_participant_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "spiritual"."reading_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."reading_plan_day_completion" ADD CONSTRAINT "reading_plan_day_completion_day_id_fkey" FOREIGN KEY ("day_id") REFERENCES "spiritual"."reading_plan_day"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."prayer_entry" ADD CONSTRAINT "prayer_entry_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "spiritual"."prayer_category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."prayer_prayed" ADD CONSTRAINT "prayer_prayed_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "spiritual"."prayer_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."memory_verse" ADD CONSTRAINT "memory_verse_passage_id_fkey" FOREIGN KEY ("passage_id") REFERENCES "spiritual"."passage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."memory_card" ADD CONSTRAINT "memory_card_verse_id_fkey" FOREIGN KEY ("verse_id") REFERENCES "spiritual"."memory_verse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spiritual"."memory_card_review" ADD CONSTRAINT "memory_card_review_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "spiritual"."memory_card"("id") ON DELETE CASCADE ON UPDATE CASCADE;
