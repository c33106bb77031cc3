// One post in the feed: author, kind, body, its moderation state for its author, and what I can do:
// like or unlike (the count comes back from the graph), open the comments, report it, delete my own.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { FeedPostFragment } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { Markdown } from '../../../ui/Markdown';
import { ReportForm } from '../shared/ReportForm';
import { useBusyAction } from '../../../ui/use-busy-action';
import { PostComments } from './PostComments';
import { postKindLabel } from './feed-words';

export const FeedPost = graphql(`
  fragment FeedPost on Post {
    id
    kind
    body
    isPrayerRequest
    scriptureRefs
    likeCount
    commentCount
    viewerLiked
    moderation
    moderationReason
    deleted
    editedAt
    createdAt
    author {
      id
      displayName
    }
  }
`);

const LikePost = graphql(`
  mutation FeedLikePost($postId: ID!) {
    likePost(postId: $postId) {
      id
      likeCount
      viewerLiked
    }
  }
`);

const UnlikePost = graphql(`
  mutation FeedUnlikePost($postId: ID!) {
    unlikePost(postId: $postId) {
      id
      likeCount
      viewerLiked
    }
  }
`);

const DeletePost = graphql(`
  mutation FeedDeletePost($postId: ID!) {
    deletePost(postId: $postId) {
      id
      deleted
      body
    }
  }
`);

export function PostCard({ post, viewerId }: { post: FeedPostFragment; viewerId: string }) {
  const mine = post.author.id === viewerId;
  const [showComments, setShowComments] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [likePost] = useMutation(LikePost);
  const [unlikePost] = useMutation(UnlikePost);
  const [deletePost] = useMutation(DeletePost);
  const like = useBusyAction(() => (post.viewerLiked ? unlikePost({ variables: { postId: post.id } }) : likePost({ variables: { postId: post.id } })));
  const remove = useBusyAction(() => deletePost({ variables: { postId: post.id } }));
  const headingId = `post-${post.id}-heading`;

  return (
    <article className="card post" aria-labelledby={headingId} data-post-id={post.id}>
      <header className="post__header">
        <h3 id={headingId} className="post__author">
          {post.author.displayName}
          {mine && ' (you)'}
        </h3>
        <span className="badge">{postKindLabel[post.kind]}</span>
        {post.isPrayerRequest && <span className="badge">Prayer request</span>}
        <time className="muted" dateTime={post.createdAt}>
          {formatDateTime(post.createdAt)}
        </time>
      </header>
      {post.moderation === 'held' && <p className="badge message__held">Waiting for a moderator: only you see it for now.</p>}
      {post.moderation === 'rejected' && <Alert tone="info">A moderator removed this post{post.moderationReason ? `: ${post.moderationReason}` : '.'}</Alert>}
      {post.deleted || post.body === null || post.body === undefined ? <p className="muted">This post was deleted.</p> : <Markdown source={post.body} breaks className="community-markdown post__body" />}
      {post.scriptureRefs.length > 0 && <p className="muted">Scripture: {post.scriptureRefs.join('; ')}</p>}
      {!post.deleted && (
        <div className="post__actions">
          <button type="button" className="reaction" aria-pressed={post.viewerLiked} disabled={like.busy} onClick={() => void like.run()} data-testid="like-button">
            {post.viewerLiked ? 'Liked' : 'Like'} <span className="post__count">({post.likeCount})</span>
          </button>
          <button type="button" className="link-button" aria-expanded={showComments} onClick={() => setShowComments((open) => !open)}>
            Comments ({post.commentCount})
          </button>
          {!mine && (
            <button type="button" className="link-button" onClick={() => setReporting(true)} aria-expanded={reporting}>
              Report
            </button>
          )}
          {mine && (
            <Button type="button" variant="secondary" busy={remove.busy} onClick={() => void remove.run()}>
              Delete
            </Button>
          )}
        </div>
      )}
      {like.error !== null && <Alert>{messageOf(like.error)}</Alert>}
      {remove.error !== null && <Alert>{messageOf(remove.error)}</Alert>}
      {reporting && <ReportForm targetType="post" targetId={post.id} onClose={() => setReporting(false)} />}
      {showComments && <PostComments postId={post.id} />}
    </article>
  );
}
