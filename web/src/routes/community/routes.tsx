// Routes of the community: channels and chat, direct messages, the feed.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const communityRoutes: RouteObject[] = [
  lazyPage('community', () => import('./channels/ChannelsPage').then((m) => m.ChannelsPage), { session: true }),
  lazyPage('community/channels/:id', () => import('./chat/ChatPage').then((m) => m.ChatPage), { session: true }),
  lazyPage('community/feed', () => import('./feed/FeedPage').then((m) => m.FeedPage), { session: true }),
];
