// A post's comments, oldest first, 20 at a time with "Load more", each with its replies, and a form to
// comment. Opened on demand from the post.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { TextArea } from '../../../ui/TextArea';
import { formatDateTime } from '../../../ui/dates';
import { fieldErrorOf, messageOf } from '../../../ui/error-message';
import { Markdown } from '../../../ui/Markdown';
import { useBusyAction } from '../../../ui/use-busy-action';

const PAGE_SIZE = 20;

const PostCommentsQuery = graphql(`
  query FeedPostComments($postId: ID!, $first: Int, $after: String) {
    post(id: $postId) {
      id
      commentCount
      comments(first: $first, after: $after) {
        edges {
          node {
            id
            body
            createdAt
            author {
              id
              displayName
            }
            replies {
              id
              body
              createdAt
              author {
                id
                displayName
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const AddComment = graphql(`
  mutation FeedAddComment($postId: ID!, $body: String!) {
    addComment(postId: $postId, body: $body) {
      id
      post {
        id
        commentCount
      }
    }
  }
`);

export function PostComments({ postId }: { postId: string }) {
  const comments = useQuery(PostCommentsQuery, { variables: { postId, first: PAGE_SIZE } });
  const [body, setBody] = useState('');
  const [addComment] = useMutation(AddComment);
  const add = useBusyAction(async () => {
    await addComment({ variables: { postId, body: body.trim() } });
    setBody('');
    await comments.refetch();
  });
  const fieldError = fieldErrorOf(add.error);
  const { loadMore, loadingMore } = useLoadMore(comments.data?.post?.comments.pageInfo.endCursor, (after) =>
    comments.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!previous.post || !fetchMoreResult.post) return fetchMoreResult as typeof previous;
        return { post: { ...fetchMoreResult.post, comments: appendEdges(previous.post.comments, fetchMoreResult.post.comments) } };
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) void add.run();
  };
  const edges = comments.data?.post?.comments.edges ?? [];

  return (
    <div className="post__comments">
      {comments.loading && !comments.data ? (
        <Loading label="Loading comments…" />
      ) : comments.error ? (
        <ErrorState error={comments.error} />
      ) : edges.length === 0 ? (
        <Empty title="No comments yet" />
      ) : (
        <ol className="comment-list" aria-label="Comments">
          {edges.map(({ node }) => (
            <li key={node.id} className="comment">
              <p className="comment__meta">
                <strong>{node.author.displayName}</strong> <span className="muted">{formatDateTime(node.createdAt)}</span>
              </p>
              {node.body === null || node.body === undefined ? <p className="muted">This comment was removed.</p> : <Markdown source={node.body} breaks className="community-markdown" />}
              {node.replies.length > 0 && (
                <ol className="comment-list comment-list--replies" aria-label={`Replies to ${node.author.displayName}`}>
                  {node.replies.map((reply) => (
                    <li key={reply.id} className="comment">
                      <p className="comment__meta">
                        <strong>{reply.author.displayName}</strong> <span className="muted">{formatDateTime(reply.createdAt)}</span>
                      </p>
                      {reply.body === null || reply.body === undefined ? <p className="muted">This reply was removed.</p> : <Markdown source={reply.body} breaks className="community-markdown" />}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {comments.data?.post?.comments.pageInfo.hasNextPage && (
        <LoadMoreButton onLoadMore={loadMore} loading={loadingMore}>
          Load more comments
        </LoadMoreButton>
      )}
      <form onSubmit={submit} noValidate>
        <TextArea label="Write a comment" value={body} maxLength={4000} rows={2} onChange={(event) => setBody(event.target.value)} error={fieldError?.message ?? null} />
        {add.error !== null && !fieldError && <Alert>{messageOf(add.error)}</Alert>}
        <div className="actions">
          <Button type="submit" busy={add.busy} disabled={!body.trim()}>
            {add.busy ? 'Commenting…' : 'Comment'}
          </Button>
        </div>
      </form>
    </div>
  );
}
