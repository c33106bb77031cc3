-- AlterEnum
ALTER TYPE "economy"."SellableKind" ADD VALUE 'application_fee';

-- AlterTable
ALTER TABLE "admissions"."application" ADD COLUMN     "fee_due_cents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "fee_paid_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "admissions"."interview" ADD COLUMN     "cancelled_at" TIMESTAMP(3),
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "slot_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "admissions"."spiritual_evaluation" ADD COLUMN     "ai_draft_requested_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "economy"."order_item" ADD COLUMN     "application_id" UUID;

-- AlterTable
ALTER TABLE "platform"."dev_mail" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "admissions"."application_note" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."application_fee" (
    "application_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "program_name" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "paid_order_id" UUID,
    "paid_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_fee_pkey" PRIMARY KEY ("application_id")
);

-- CreateIndex
CREATE INDEX "application_note_application_id_created_at_idx" ON "admissions"."application_note"("application_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "application_fee_paid_order_id_key" ON "economy"."application_fee"("paid_order_id");

-- CreateIndex
CREATE INDEX "application_fee_user_id_idx" ON "economy"."application_fee"("user_id");

-- AddForeignKey
ALTER TABLE "admissions"."application_note" ADD CONSTRAINT "application_note_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "admissions"."application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
