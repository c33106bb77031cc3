// The key OTP hashes are made with. Derived from the JWT secret (one secret fewer to configure) under
// its own label, so an OTP hash can never be confused with, or reveal, anything signed with that secret.
import { createHmac } from 'node:crypto';

export function deriveOtpPepper(jwtSecret: string): string {
  return createHmac('sha256', jwtSecret).update('scrollforge/users/otp-pepper').digest('hex');
}
