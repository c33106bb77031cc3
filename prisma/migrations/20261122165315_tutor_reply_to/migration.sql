-- AlterTable
ALTER TABLE "tutor"."tutor_message" ADD COLUMN     "reply_to_id" UUID;
