// Card payments through Stripe: checkout, webhooks, the test-mode checkout, tutor plan subscriptions.
import './checkout';
import './stripe-webhook';
import './test-checkout';
import './tutor-subscription';
