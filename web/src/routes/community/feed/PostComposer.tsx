// Writing a post for everyone: Markdown body, kind (announcements are for staff; the graph says so) and
// whether it is a prayer request. The graph's field errors show at their fields.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PostKind } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextArea } from '../../../ui/TextArea';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { postKindLabel } from './feed-words';

const CreatePost = graphql(`
  mutation FeedCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      moderation
    }
  }
`);

export function PostComposer({ onPosted }: { onPosted: () => void }) {
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<PostKind>('text');
  const [isPrayerRequest, setIsPrayerRequest] = useState(false);
  const [held, setHeld] = useState(false);
  const [createPost] = useMutation(CreatePost);
  const action = useBusyAction(async () => {
    const result = await createPost({ variables: { input: { body: body.trim(), kind, isPrayerRequest } } });
    setHeld(result.data?.createPost.moderation === 'held');
    setBody('');
    setIsPrayerRequest(false);
    onPosted();
  });
  const problems = fieldProblemsOf(action.error);
  const problemAt = (field: string) => problems.find((problem) => problem.field === field || problem.field === `input.${field}`)?.message ?? null;
  const unplaced = action.error !== null && !problemAt('body') && !problemAt('kind');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run();
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="write-post-heading">
      <h2 id="write-post-heading">Write a post</h2>
      <TextArea label="Your post" hint="Markdown works." value={body} maxLength={10000} rows={4} onChange={(event) => setBody(event.target.value)} error={problemAt('body')} />
      <div className="community-forms">
        <SelectField label="Kind" value={kind} onChange={(event) => setKind(event.target.value as PostKind)} error={problemAt('kind')}>
          {(Object.keys(postKindLabel) as PostKind[]).map((value) => (
            <option key={value} value={value}>
              {postKindLabel[value]}
            </option>
          ))}
        </SelectField>
        <label className="checkbox">
          <input type="checkbox" checked={isPrayerRequest} onChange={(event) => setIsPrayerRequest(event.target.checked)} /> This is a prayer request
        </label>
      </div>
      {unplaced && <Alert>{messageOf(action.error)}</Alert>}
      {action.done && <Alert tone="success">{held ? 'Posted. It waits for a moderator before others see it.' : 'Posted.'}</Alert>}
      <div className="actions">
        <Button type="submit" busy={action.busy} disabled={!body.trim()}>
          {action.busy ? 'Posting…' : 'Post'}
        </Button>
      </div>
    </form>
  );
}
