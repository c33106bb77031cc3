-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "economy";

-- CreateEnum
CREATE TYPE "economy"."LedgerAccountKind" AS ENUM ('user_wallet', 'treasury', 'rewards_pool', 'escrow', 'burn');

-- CreateEnum
CREATE TYPE "economy"."LedgerTransactionType" AS ENUM ('mint', 'transfer', 'burn', 'purchase', 'refund', 'reward');

-- CreateEnum
CREATE TYPE "economy"."ChainAddressKind" AS ENUM ('custodial', 'linked');

-- CreateEnum
CREATE TYPE "economy"."ChainAnchorKind" AS ENUM ('coin_mint', 'coin_burn', 'coin_transfer', 'badge_mint');

-- CreateEnum
CREATE TYPE "economy"."ChainAnchorStatus" AS ENUM ('queued', 'submitted', 'confirmed', 'failed');

-- CreateEnum
CREATE TYPE "economy"."AchievementRarity" AS ENUM ('common', 'uncommon', 'rare', 'epic', 'legendary');

-- CreateEnum
CREATE TYPE "economy"."TutorPlanTier" AS ENUM ('starter', 'standard', 'unlimited');

-- CreateEnum
CREATE TYPE "economy"."SellableKind" AS ENUM ('course', 'bundle', 'tutor_plan', 'school_licence');

-- CreateEnum
CREATE TYPE "economy"."OrderStatus" AS ENUM ('awaiting_payment', 'paid', 'failed', 'cancelled', 'refunded', 'partially_refunded');

-- CreateEnum
CREATE TYPE "economy"."PaymentMethod" AS ENUM ('card', 'scroll_coin', 'none');

-- CreateEnum
CREATE TYPE "economy"."PromoKind" AS ENUM ('percent', 'fixed');

-- CreateTable
CREATE TABLE "economy"."ledger_account" (
    "id" UUID NOT NULL,
    "kind" "economy"."LedgerAccountKind" NOT NULL,
    "user_id" UUID,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."ledger_transaction" (
    "id" UUID NOT NULL,
    "type" "economy"."LedgerTransactionType" NOT NULL,
    "reason" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "initiated_by_id" UUID,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."ledger_entry" (
    "id" UUID NOT NULL,
    "transaction_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."chain_address" (
    "user_id" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "kind" "economy"."ChainAddressKind" NOT NULL,
    "derivation_index" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "chain_address_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "economy"."wallet_link_challenge" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wallet_link_challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."chain_deployment" (
    "id" UUID NOT NULL,
    "chain_id" INTEGER NOT NULL,
    "contract" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "tx_hash" TEXT NOT NULL,
    "deployed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chain_deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."chain_anchor" (
    "id" UUID NOT NULL,
    "kind" "economy"."ChainAnchorKind" NOT NULL,
    "status" "economy"."ChainAnchorStatus" NOT NULL DEFAULT 'queued',
    "transaction_id" UUID,
    "badge_id" UUID,
    "chain_id" INTEGER,
    "from_address" TEXT,
    "to_address" TEXT,
    "amount" INTEGER,
    "nonce" INTEGER,
    "tx_hash" TEXT,
    "replaced_hashes" TEXT[],
    "block_number" INTEGER,
    "confirmations" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "confirmed_at" TIMESTAMP(3),

    CONSTRAINT "chain_anchor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."scroll_badge" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "token_id" INTEGER,
    "metadata" JSONB NOT NULL,
    "metadata_hash" TEXT NOT NULL,
    "recipient_salt" TEXT NOT NULL,
    "certificate_code" TEXT,
    "final_grade" DOUBLE PRECISION,
    "issued_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scroll_badge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."achievement_definition" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,
    "rarity" "economy"."AchievementRarity" NOT NULL,
    "xp" INTEGER NOT NULL,
    "coin_reward" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "achievement_definition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."user_achievement" (
    "user_id" UUID NOT NULL,
    "achievement_id" UUID NOT NULL,
    "unlocked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "event_id" UUID,

    CONSTRAINT "user_achievement_pkey" PRIMARY KEY ("user_id","achievement_id")
);

-- CreateTable
CREATE TABLE "economy"."user_metric" (
    "user_id" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_metric_pkey" PRIMARY KEY ("user_id","metric")
);

-- CreateTable
CREATE TABLE "economy"."user_xp" (
    "user_id" UUID NOT NULL,
    "xp" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_xp_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "economy"."course_price" (
    "course_id" UUID NOT NULL,
    "usd_cents" INTEGER NOT NULL,
    "scroll_coin_cost" INTEGER,
    "scholarship_eligible" BOOLEAN NOT NULL DEFAULT true,
    "payee_id" UUID,
    "instructor_share_bps" INTEGER NOT NULL DEFAULT 7000,
    "completion_reward" INTEGER NOT NULL DEFAULT 50,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "course_price_pkey" PRIMARY KEY ("course_id")
);

-- CreateTable
CREATE TABLE "economy"."bundle" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "usd_cents" INTEGER NOT NULL,
    "scroll_coin_cost" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bundle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."bundle_course" (
    "bundle_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,

    CONSTRAINT "bundle_course_pkey" PRIMARY KEY ("bundle_id","course_id")
);

-- CreateTable
CREATE TABLE "economy"."tutor_plan_offer" (
    "plan" "economy"."TutorPlanTier" NOT NULL,
    "usd_cents_monthly" INTEGER NOT NULL,
    "stripe_price_id" TEXT,

    CONSTRAINT "tutor_plan_offer_pkey" PRIMARY KEY ("plan")
);

-- CreateTable
CREATE TABLE "economy"."cart" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "promo_code" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."cart_item" (
    "id" UUID NOT NULL,
    "cart_id" UUID NOT NULL,
    "kind" "economy"."SellableKind" NOT NULL,
    "course_id" UUID,
    "bundle_id" UUID,
    "plan" "economy"."TutorPlanTier",
    "school_id" UUID,
    "seats" INTEGER NOT NULL DEFAULT 1,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cart_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."order" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "economy"."OrderStatus" NOT NULL DEFAULT 'awaiting_payment',
    "payment_method" "economy"."PaymentMethod" NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "subtotal_cents" INTEGER NOT NULL,
    "discount_cents" INTEGER NOT NULL DEFAULT 0,
    "total_cents" INTEGER NOT NULL,
    "scroll_coin_total" INTEGER,
    "promo_code_id" UUID,
    "scholarship_id" UUID,
    "stripe_checkout_session_id" TEXT,
    "stripe_payment_intent_id" TEXT,
    "refunded_cents" INTEGER NOT NULL DEFAULT 0,
    "idempotency_key" TEXT,
    "paid_at" TIMESTAMP(3),
    "failed_at" TIMESTAMP(3),
    "refunded_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."order_item" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "kind" "economy"."SellableKind" NOT NULL,
    "course_id" UUID,
    "bundle_id" UUID,
    "plan" "economy"."TutorPlanTier",
    "school_id" UUID,
    "seats" INTEGER NOT NULL DEFAULT 1,
    "description" TEXT NOT NULL,
    "unit_cents" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "discount_cents" INTEGER NOT NULL DEFAULT 0,
    "total_cents" INTEGER NOT NULL,

    CONSTRAINT "order_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."promo_code" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "economy"."PromoKind" NOT NULL,
    "percent_off" INTEGER,
    "amount_off_cents" INTEGER,
    "valid_from" TIMESTAMP(3) NOT NULL,
    "valid_until" TIMESTAMP(3),
    "max_uses" INTEGER,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "promo_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."scholarship" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "percent_off" INTEGER NOT NULL,
    "course_id" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "expires_at" TIMESTAMP(3),
    "redeemed_at" TIMESTAMP(3),
    "issued_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scholarship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."revenue_share" (
    "id" UUID NOT NULL,
    "order_item_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "payee_id" UUID NOT NULL,
    "gross_cents" INTEGER NOT NULL,
    "instructor_cents" INTEGER NOT NULL,
    "platform_cents" INTEGER NOT NULL,
    "reversal" BOOLEAN NOT NULL DEFAULT false,
    "paid_out_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revenue_share_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."school_licence" (
    "id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "course_id" UUID,
    "bundle_id" UUID,
    "seats" INTEGER NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_licence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."licence_code" (
    "id" UUID NOT NULL,
    "licence_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "claimed_by_id" UUID,
    "claimed_at" TIMESTAMP(3),

    CONSTRAINT "licence_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."stripe_customer" (
    "user_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stripe_customer_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "economy"."stripe_event" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "object_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    "payload" JSONB NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMP(3),

    CONSTRAINT "stripe_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."tutor_subscription" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "stripe_subscription_id" TEXT NOT NULL,
    "plan" "economy"."TutorPlanTier" NOT NULL,
    "status" TEXT NOT NULL,
    "current_period_end" TIMESTAMP(3),
    "cancel_at_period_end" BOOLEAN NOT NULL DEFAULT false,
    "last_event_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tutor_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."outbox_event" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economy"."processed_event" (
    "event_id" UUID NOT NULL,
    "handler" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id","handler")
);

-- CreateIndex
CREATE UNIQUE INDEX "ledger_account_user_id_key" ON "economy"."ledger_account"("user_id");

-- CreateIndex
CREATE INDEX "ledger_account_kind_idx" ON "economy"."ledger_account"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_transaction_idempotency_key_key" ON "economy"."ledger_transaction"("idempotency_key");

-- CreateIndex
CREATE INDEX "ledger_transaction_created_at_idx" ON "economy"."ledger_transaction"("created_at");

-- CreateIndex
CREATE INDEX "ledger_entry_account_id_created_at_idx" ON "economy"."ledger_entry"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "ledger_entry_transaction_id_idx" ON "economy"."ledger_entry"("transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "chain_address_address_key" ON "economy"."chain_address"("address");

-- CreateIndex
CREATE UNIQUE INDEX "chain_address_derivation_index_key" ON "economy"."chain_address"("derivation_index");

-- CreateIndex
CREATE INDEX "wallet_link_challenge_user_id_created_at_idx" ON "economy"."wallet_link_challenge"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "chain_deployment_chain_id_contract_key" ON "economy"."chain_deployment"("chain_id", "contract");

-- CreateIndex
CREATE UNIQUE INDEX "chain_anchor_transaction_id_key" ON "economy"."chain_anchor"("transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "chain_anchor_badge_id_key" ON "economy"."chain_anchor"("badge_id");

-- CreateIndex
CREATE INDEX "chain_anchor_status_created_at_idx" ON "economy"."chain_anchor"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "scroll_badge_token_id_key" ON "economy"."scroll_badge"("token_id");

-- CreateIndex
CREATE UNIQUE INDEX "scroll_badge_user_id_course_id_key" ON "economy"."scroll_badge"("user_id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "achievement_definition_slug_key" ON "economy"."achievement_definition"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "bundle_slug_key" ON "economy"."bundle"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "cart_user_id_key" ON "economy"."cart"("user_id");

-- CreateIndex
CREATE INDEX "cart_item_cart_id_idx" ON "economy"."cart_item"("cart_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_scholarship_id_key" ON "economy"."order"("scholarship_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_stripe_checkout_session_id_key" ON "economy"."order"("stripe_checkout_session_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_stripe_payment_intent_id_key" ON "economy"."order"("stripe_payment_intent_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_idempotency_key_key" ON "economy"."order"("idempotency_key");

-- CreateIndex
CREATE INDEX "order_user_id_created_at_idx" ON "economy"."order"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "order_status_created_at_idx" ON "economy"."order"("status", "created_at");

-- CreateIndex
CREATE INDEX "order_item_order_id_idx" ON "economy"."order_item"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "promo_code_code_key" ON "economy"."promo_code"("code");

-- CreateIndex
CREATE UNIQUE INDEX "scholarship_code_key" ON "economy"."scholarship"("code");

-- CreateIndex
CREATE INDEX "scholarship_user_id_idx" ON "economy"."scholarship"("user_id");

-- CreateIndex
CREATE INDEX "revenue_share_payee_id_created_at_idx" ON "economy"."revenue_share"("payee_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "revenue_share_order_item_id_course_id_reversal_key" ON "economy"."revenue_share"("order_item_id", "course_id", "reversal");

-- CreateIndex
CREATE UNIQUE INDEX "school_licence_order_id_key" ON "economy"."school_licence"("order_id");

-- CreateIndex
CREATE INDEX "school_licence_school_id_idx" ON "economy"."school_licence"("school_id");

-- CreateIndex
CREATE UNIQUE INDEX "licence_code_code_key" ON "economy"."licence_code"("code");

-- CreateIndex
CREATE INDEX "licence_code_licence_id_idx" ON "economy"."licence_code"("licence_id");

-- CreateIndex
CREATE UNIQUE INDEX "stripe_customer_customer_id_key" ON "economy"."stripe_customer"("customer_id");

-- CreateIndex
CREATE INDEX "stripe_event_object_id_created_at_idx" ON "economy"."stripe_event"("object_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "tutor_subscription_stripe_subscription_id_key" ON "economy"."tutor_subscription"("stripe_subscription_id");

-- CreateIndex
CREATE INDEX "tutor_subscription_user_id_idx" ON "economy"."tutor_subscription"("user_id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_created_at_idx" ON "economy"."outbox_event"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "economy"."ledger_entry" ADD CONSTRAINT "ledger_entry_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "economy"."ledger_transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."ledger_entry" ADD CONSTRAINT "ledger_entry_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "economy"."ledger_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."chain_anchor" ADD CONSTRAINT "chain_anchor_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "economy"."ledger_transaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."chain_anchor" ADD CONSTRAINT "chain_anchor_badge_id_fkey" FOREIGN KEY ("badge_id") REFERENCES "economy"."scroll_badge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."user_achievement" ADD CONSTRAINT "user_achievement_achievement_id_fkey" FOREIGN KEY ("achievement_id") REFERENCES "economy"."achievement_definition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."bundle_course" ADD CONSTRAINT "bundle_course_bundle_id_fkey" FOREIGN KEY ("bundle_id") REFERENCES "economy"."bundle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."cart_item" ADD CONSTRAINT "cart_item_cart_id_fkey" FOREIGN KEY ("cart_id") REFERENCES "economy"."cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."order" ADD CONSTRAINT "order_promo_code_id_fkey" FOREIGN KEY ("promo_code_id") REFERENCES "economy"."promo_code"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."order_item" ADD CONSTRAINT "order_item_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "economy"."order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."revenue_share" ADD CONSTRAINT "revenue_share_order_item_id_fkey" FOREIGN KEY ("order_item_id") REFERENCES "economy"."order_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economy"."licence_code" ADD CONSTRAINT "licence_code_licence_id_fkey" FOREIGN KEY ("licence_id") REFERENCES "economy"."school_licence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
