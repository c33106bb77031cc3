// Starting a channel (public, private or a study group): name and description, with the graph's field
// errors at their fields; on success the new channel opens.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { ChannelKind } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';

const CreateChannel = graphql(`
  mutation CreateChannel($input: CreateChannelInput!) {
    createChannel(input: $input) {
      id
    }
  }
`);

export function NewChannelForm() {
  const navigate = useNavigate();
  const [kind, setKind] = useState<ChannelKind>('public');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [createChannel] = useMutation(CreateChannel);
  const action = useBusyAction(async () => {
    const result = await createChannel({ variables: { input: { kind, name: name.trim(), description: description.trim() || null } } });
    if (result.data) void navigate(`/community/channels/${result.data.createChannel.id}`);
  });
  const problems = fieldProblemsOf(action.error);
  const problemAt = (field: string) => problems.find((problem) => problem.field === field || problem.field === `input.${field}`)?.message ?? null;
  const unplaced = action.error !== null && !problemAt('name') && !problemAt('description') && !problemAt('kind');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-channel-heading">
      <h3 id="new-channel-heading">New channel</h3>
      <SelectField label="Kind" value={kind} onChange={(event) => setKind(event.target.value as ChannelKind)} error={problemAt('kind')}>
        <option value="public">Public: anyone can join</option>
        <option value="private">Private: by invitation</option>
        <option value="study_group">Study group: by invitation</option>
      </SelectField>
      <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} required error={problemAt('name')} />
      <TextField label="Description (optional)" value={description} onChange={(event) => setDescription(event.target.value)} error={problemAt('description')} />
      {unplaced && <Alert>{messageOf(action.error)}</Alert>}
      <div className="actions">
        <Button type="submit" busy={action.busy}>
          {action.busy ? 'Creating…' : 'Create channel'}
        </Button>
      </div>
    </form>
  );
}
