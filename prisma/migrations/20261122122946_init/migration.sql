-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "platform";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "users";

-- CreateEnum
CREATE TYPE "users"."Role" AS ENUM ('student', 'parent', 'instructor', 'admissions_officer', 'school_admin', 'admin');

-- CreateEnum
CREATE TYPE "users"."OtpPurpose" AS ENUM ('verify_email', 'password_reset');

-- CreateEnum
CREATE TYPE "users"."ParentLinkStatus" AS ENUM ('pending', 'confirmed', 'declined');

-- CreateEnum
CREATE TYPE "users"."SchoolRole" AS ENUM ('admin', 'teacher');

-- CreateTable
CREATE TABLE "platform"."dev_mail" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dev_mail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform"."stored_file" (
    "key" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "users"."user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified_at" TIMESTAMP(3),
    "phone" TEXT,
    "password_hash" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "avatar_url" TEXT,
    "roles" "users"."Role"[] DEFAULT ARRAY['student']::"users"."Role"[],
    "grade" INTEGER,
    "country" TEXT,
    "province" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "deactivated_at" TIMESTAMP(3),
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."email_otp" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" "users"."OtpPurpose" NOT NULL,
    "code_hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "consumed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_otp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."refresh_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "rotated_at" TIMESTAMP(3),
    "replaced_by_id" UUID,
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refresh_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."login_failure" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."parent_link" (
    "id" UUID NOT NULL,
    "parent_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,
    "status" "users"."ParentLinkStatus" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "responded_at" TIMESTAMP(3),

    CONSTRAINT "parent_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."school" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "country" TEXT,
    "province" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."school_member" (
    "school_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "users"."SchoolRole" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_member_pkey" PRIMARY KEY ("school_id","user_id","role")
);

-- CreateTable
CREATE TABLE "users"."outbox_event" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."processed_event" (
    "event_id" UUID NOT NULL,
    "handler" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateIndex
CREATE INDEX "dev_mail_to_created_at_idx" ON "platform"."dev_mail"("to", "created_at");

-- CreateIndex
CREATE INDEX "stored_file_owner_id_idx" ON "platform"."stored_file"("owner_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "users"."user"("email");

-- CreateIndex
CREATE INDEX "email_otp_user_id_purpose_created_at_idx" ON "users"."email_otp"("user_id", "purpose", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "refresh_token_token_hash_key" ON "users"."refresh_token"("token_hash");

-- CreateIndex
CREATE INDEX "refresh_token_family_id_idx" ON "users"."refresh_token"("family_id");

-- CreateIndex
CREATE INDEX "refresh_token_user_id_idx" ON "users"."refresh_token"("user_id");

-- CreateIndex
CREATE INDEX "login_failure_email_created_at_idx" ON "users"."login_failure"("email", "created_at");

-- CreateIndex
CREATE INDEX "login_failure_ip_created_at_idx" ON "users"."login_failure"("ip", "created_at");

-- CreateIndex
CREATE INDEX "parent_link_child_id_idx" ON "users"."parent_link"("child_id");

-- CreateIndex
CREATE UNIQUE INDEX "parent_link_parent_id_child_id_key" ON "users"."parent_link"("parent_id", "child_id");

-- CreateIndex
CREATE UNIQUE INDEX "school_slug_key" ON "users"."school"("slug");

-- CreateIndex
CREATE INDEX "school_member_user_id_idx" ON "users"."school_member"("user_id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_created_at_idx" ON "users"."outbox_event"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "users"."email_otp" ADD CONSTRAINT "email_otp_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users"."refresh_token" ADD CONSTRAINT "refresh_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users"."parent_link" ADD CONSTRAINT "parent_link_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "users"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users"."parent_link" ADD CONSTRAINT "parent_link_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "users"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users"."school_member" ADD CONSTRAINT "school_member_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "users"."school"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users"."school_member" ADD CONSTRAINT "school_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
