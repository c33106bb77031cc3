-- CreateEnum
CREATE TYPE "users"."ApiKeyScope" AS ENUM ('read_catalog', 'read_students', 'write_enrollments');

-- AlterEnum
ALTER TYPE "users"."SchoolRole" ADD VALUE 'student';

-- AlterTable
ALTER TABLE "users"."school" ADD COLUMN     "join_code" TEXT;

-- AlterTable
ALTER TABLE "users"."school_member" ADD COLUMN     "progress_shared_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "courses"."school_student" (
    "school_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "shared_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "school_student_pkey" PRIMARY KEY ("school_id","user_id")
);

-- CreateTable
CREATE TABLE "users"."api_key" (
    "id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "scopes" "users"."ApiKeyScope"[],
    "rate_limit_per_minute" INTEGER NOT NULL,
    "daily_quota" INTEGER NOT NULL,
    "cost_budget_per_minute" INTEGER NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "rotated_from_id" UUID,

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "school_student_user_id_idx" ON "courses"."school_student"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_prefix_key" ON "users"."api_key"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_rotated_from_id_key" ON "users"."api_key"("rotated_from_id");

-- CreateIndex
CREATE INDEX "api_key_school_id_created_at_idx" ON "users"."api_key"("school_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "school_join_code_key" ON "users"."school"("join_code");

-- AddForeignKey
ALTER TABLE "users"."api_key" ADD CONSTRAINT "api_key_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "users"."school"("id") ON DELETE CASCADE ON UPDATE CASCADE;
