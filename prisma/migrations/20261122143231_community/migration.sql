-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "community";

-- CreateEnum
CREATE TYPE "community"."ChannelKind" AS ENUM ('public', 'private', 'course', 'direct', 'study_group');

-- CreateEnum
CREATE TYPE "community"."ChannelRole" AS ENUM ('owner', 'moderator', 'member');

-- CreateEnum
CREATE TYPE "community"."InviteStatus" AS ENUM ('pending', 'accepted', 'declined');

-- CreateEnum
CREATE TYPE "community"."ModerationStatus" AS ENUM ('visible', 'held', 'rejected');

-- CreateEnum
CREATE TYPE "community"."PostKind" AS ENUM ('text', 'question', 'announcement', 'testimony');

-- CreateEnum
CREATE TYPE "community"."ReportTarget" AS ENUM ('message', 'post', 'comment');

-- CreateEnum
CREATE TYPE "community"."CaseSource" AS ENUM ('report', 'blocked_word');

-- CreateEnum
CREATE TYPE "community"."CaseStatus" AS ENUM ('open', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "community"."PresenceStatus" AS ENUM ('online', 'away');

-- CreateTable
CREATE TABLE "community"."channel" (
    "id" UUID NOT NULL,
    "kind" "community"."ChannelKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "course_id" UUID,
    "direct_key" TEXT,
    "created_by_id" UUID NOT NULL,
    "last_seq" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."channel_member" (
    "channel_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "community"."ChannelRole" NOT NULL DEFAULT 'member',
    "last_read_seq" INTEGER NOT NULL DEFAULT 0,
    "last_read_at" TIMESTAMP(3),
    "joined_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channel_member_pkey" PRIMARY KEY ("channel_id","user_id")
);

-- CreateTable
CREATE TABLE "community"."channel_invite" (
    "id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "inviter_id" UUID NOT NULL,
    "invitee_id" UUID NOT NULL,
    "status" "community"."InviteStatus" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "responded_at" TIMESTAMP(3),

    CONSTRAINT "channel_invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."message" (
    "id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "thread_root_id" UUID,
    "reply_count" INTEGER NOT NULL DEFAULT 0,
    "mentioned_user_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "moderation" "community"."ModerationStatus" NOT NULL DEFAULT 'visible',
    "edited_at" TIMESTAMP(3),
    "deleted_at" TIMESTAMP(3),
    "deleted_by_id" UUID,
    "search_vector" tsvector,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."message_edit" (
    "id" UUID NOT NULL,
    "message_id" UUID NOT NULL,
    "previous_body" TEXT NOT NULL,
    "edited_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_edit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."message_reaction" (
    "message_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "emoji" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_reaction_pkey" PRIMARY KEY ("message_id","user_id","emoji")
);

-- CreateTable
CREATE TABLE "community"."message_attachment" (
    "id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "uploader_id" UUID NOT NULL,
    "message_id" UUID,
    "file_key" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."presence_session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "community"."PresenceStatus" NOT NULL DEFAULT 'online',
    "last_beat_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "presence_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."post" (
    "id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "kind" "community"."PostKind" NOT NULL DEFAULT 'text',
    "body" TEXT NOT NULL,
    "is_prayer_request" BOOLEAN NOT NULL DEFAULT false,
    "scripture_refs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "media" JSONB NOT NULL DEFAULT '[]',
    "course_id" UUID,
    "school_id" UUID,
    "moderation" "community"."ModerationStatus" NOT NULL DEFAULT 'visible',
    "moderation_reason" TEXT,
    "like_count" INTEGER NOT NULL DEFAULT 0,
    "comment_count" INTEGER NOT NULL DEFAULT 0,
    "share_count" INTEGER NOT NULL DEFAULT 0,
    "edited_at" TIMESTAMP(3),
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."post_comment" (
    "id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "parent_comment_id" UUID,
    "body" TEXT NOT NULL,
    "moderation" "community"."ModerationStatus" NOT NULL DEFAULT 'visible',
    "moderation_reason" TEXT,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."post_like" (
    "post_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_like_pkey" PRIMARY KEY ("post_id","user_id")
);

-- CreateTable
CREATE TABLE "community"."post_share" (
    "id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_share_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."follow" (
    "follower_id" UUID NOT NULL,
    "followee_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_pkey" PRIMARY KEY ("follower_id","followee_id")
);

-- CreateTable
CREATE TABLE "community"."school_membership_mirror" (
    "user_id" UUID NOT NULL,
    "school_id" UUID NOT NULL,

    CONSTRAINT "school_membership_mirror_pkey" PRIMARY KEY ("user_id","school_id")
);

-- CreateTable
CREATE TABLE "community"."moderation_case" (
    "id" UUID NOT NULL,
    "target_type" "community"."ReportTarget" NOT NULL,
    "target_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "source" "community"."CaseSource" NOT NULL,
    "reporter_id" UUID,
    "reason" TEXT NOT NULL,
    "status" "community"."CaseStatus" NOT NULL DEFAULT 'open',
    "decided_by_id" UUID,
    "decision_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMP(3),

    CONSTRAINT "moderation_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."ban" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "channel_id" UUID,
    "reason" TEXT NOT NULL,
    "banned_by_id" UUID NOT NULL,
    "expires_at" TIMESTAMP(3),
    "lifted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ban_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."blocked_word" (
    "word" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blocked_word_pkey" PRIMARY KEY ("word")
);

-- CreateTable
CREATE TABLE "community"."notification" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "actor_id" UUID,
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."outbox_event" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community"."processed_event" (
    "event_id" UUID NOT NULL,
    "handler" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateIndex
CREATE UNIQUE INDEX "channel_course_id_key" ON "community"."channel"("course_id");

-- CreateIndex
CREATE UNIQUE INDEX "channel_direct_key_key" ON "community"."channel"("direct_key");

-- CreateIndex
CREATE INDEX "channel_kind_idx" ON "community"."channel"("kind");

-- CreateIndex
CREATE INDEX "channel_member_user_id_idx" ON "community"."channel_member"("user_id");

-- CreateIndex
CREATE INDEX "channel_invite_invitee_id_status_idx" ON "community"."channel_invite"("invitee_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "channel_invite_channel_id_invitee_id_key" ON "community"."channel_invite"("channel_id", "invitee_id");

-- CreateIndex
CREATE INDEX "message_author_id_created_at_idx" ON "community"."message"("author_id", "created_at");

-- CreateIndex
CREATE INDEX "message_thread_root_id_idx" ON "community"."message"("thread_root_id");

-- CreateIndex
CREATE INDEX "message_search_vector_idx" ON "community"."message" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "message_channel_id_seq_key" ON "community"."message"("channel_id", "seq");

-- CreateIndex
CREATE INDEX "message_edit_message_id_edited_at_idx" ON "community"."message_edit"("message_id", "edited_at");

-- CreateIndex
CREATE INDEX "message_attachment_message_id_idx" ON "community"."message_attachment"("message_id");

-- CreateIndex
CREATE INDEX "message_attachment_uploader_id_created_at_idx" ON "community"."message_attachment"("uploader_id", "created_at");

-- CreateIndex
CREATE INDEX "presence_session_user_id_idx" ON "community"."presence_session"("user_id");

-- CreateIndex
CREATE INDEX "presence_session_last_beat_at_idx" ON "community"."presence_session"("last_beat_at");

-- CreateIndex
CREATE INDEX "post_created_at_idx" ON "community"."post"("created_at");

-- CreateIndex
CREATE INDEX "post_author_id_created_at_idx" ON "community"."post"("author_id", "created_at");

-- CreateIndex
CREATE INDEX "post_course_id_created_at_idx" ON "community"."post"("course_id", "created_at");

-- CreateIndex
CREATE INDEX "post_school_id_created_at_idx" ON "community"."post"("school_id", "created_at");

-- CreateIndex
CREATE INDEX "post_comment_post_id_created_at_idx" ON "community"."post_comment"("post_id", "created_at");

-- CreateIndex
CREATE INDEX "post_share_post_id_idx" ON "community"."post_share"("post_id");

-- CreateIndex
CREATE INDEX "follow_followee_id_idx" ON "community"."follow"("followee_id");

-- CreateIndex
CREATE INDEX "school_membership_mirror_school_id_idx" ON "community"."school_membership_mirror"("school_id");

-- CreateIndex
CREATE INDEX "moderation_case_status_created_at_idx" ON "community"."moderation_case"("status", "created_at");

-- CreateIndex
CREATE INDEX "moderation_case_author_id_idx" ON "community"."moderation_case"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "moderation_case_target_type_target_id_reporter_id_key" ON "community"."moderation_case"("target_type", "target_id", "reporter_id");

-- CreateIndex
CREATE INDEX "ban_user_id_idx" ON "community"."ban"("user_id");

-- CreateIndex
CREATE INDEX "notification_user_id_created_at_idx" ON "community"."notification"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_created_at_idx" ON "community"."outbox_event"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "community"."channel_member" ADD CONSTRAINT "channel_member_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "community"."channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community"."channel_invite" ADD CONSTRAINT "channel_invite_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "community"."channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community"."message" ADD CONSTRAINT "message_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "community"."channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community"."message_edit" ADD CONSTRAINT "message_edit_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "community"."message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community"."message_reaction" ADD CONSTRAINT "message_reaction_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "community"."message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community"."message_attachment" ADD CONSTRAINT "message_attachment_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "community"."message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community"."post_comment" ADD CONSTRAINT "post_comment_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "community"."post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community"."post_like" ADD CONSTRAINT "post_like_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "community"."post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community"."post_share" ADD CONSTRAINT "post_share_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "community"."post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
