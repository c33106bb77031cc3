// Commerce: prices, bundles, the cart, orders, promo codes, scholarships, school licences, payouts and
// application fees.
import './enums';
import './course-price';
import './bundle';
import './tutor-plan-offer';
import './cart';
import './order';
import './promo-code';
import './scholarship';
import './school-licence';
import './payout-report';
import './application-fee';
