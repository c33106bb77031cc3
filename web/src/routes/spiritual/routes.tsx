// Routes of the spiritual area: today's devotion and streak, the prayer journal, scripture memory.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const spiritualRoutes: RouteObject[] = [
  lazyPage('spiritual', () => import('./devotion/DevotionPage').then((m) => m.DevotionPage), { session: true }),
  lazyPage('spiritual/prayer', () => import('./prayer/PrayerJournalPage').then((m) => m.PrayerJournalPage), { session: true }),
  lazyPage('spiritual/prayer/:id', () => import('./prayer/PrayerEntryPage').then((m) => m.PrayerEntryPage), { session: true }),
  lazyPage('spiritual/memory', () => import('./memory/MemoryPage').then((m) => m.MemoryPage), { session: true }),
];
