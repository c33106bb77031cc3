// The mutations of the course page's enroll and buy actions, shared by the free and paid paths.
import { graphql } from '../../../gql';

export const EnrollMutation = graphql(`
  mutation EnrollInCourse($courseId: ID!) {
    enroll(courseId: $courseId) {
      id
      status
    }
  }
`);

export const CourseCartQuery = graphql(`
  query CourseCart {
    cart {
      items {
        id
        course {
          id
        }
      }
    }
  }
`);

export const AddCourseToCartMutation = graphql(`
  mutation AddCourseToCart($courseId: ID!) {
    addToCart(item: { kind: course, courseId: $courseId }) {
      items {
        id
        course {
          id
        }
      }
      totalCents
      scrollCoinTotal
    }
  }
`);

export const PlaceOrderMutation = graphql(`
  mutation PlaceCourseOrder($paymentMethod: CheckoutPaymentMethod!, $idempotencyKey: String!) {
    placeOrder(paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {
      id
      status
      scrollCoinTotal
    }
  }
`);

export const CheckoutOrderMutation = graphql(`
  mutation CheckoutCourseOrder($orderId: ID!) {
    checkoutOrder(orderId: $orderId) {
      url
      sessionId
      testMode
    }
  }
`);

export const WalletBalanceQuery = graphql(`
  query LearningWalletBalance {
    wallet {
      id
      balance
    }
  }
`);
