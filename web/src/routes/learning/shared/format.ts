// How learning pages word prices, levels, languages and durations, so every page says them the same way.
import type { Difficulty } from '../../../gql/graphql';

export const LEVEL_LABELS: Record<Difficulty, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatUsd(cents: number): string {
  return dollars.format(cents / 100);
}

export function formatCoins(coins: number): string {
  return `${coins.toLocaleString('en-US')} ScrollCoin`;
}

/** The price as a reader sees it on a card: "Free", or the money and coin prices the course takes. */
export function formatPrice(price: { free: boolean; usdCents: number; scrollCoinCost?: number | null }): string {
  if (price.free) return 'Free';
  const parts = [formatUsd(price.usdCents)];
  if (price.scrollCoinCost != null) parts.push(formatCoins(price.scrollCoinCost));
  return parts.join(' or ');
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "English" for "en"; the code itself when the browser does not know it. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "1 h 30 min", "45 min", "2 h". */
export function formatHours(hours: number): string {
  const totalMinutes = Math.round(hours * 60);
  const whole = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (whole === 0) return `${minutes} min`;
  return minutes === 0 ? `${whole} h` : `${whole} h ${minutes} min`;
}

/** "4:05" or "1:02:09" for a position or length in seconds. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

export function formatPercent(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}
