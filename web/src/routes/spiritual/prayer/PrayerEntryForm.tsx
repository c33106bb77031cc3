// Writes a new prayer entry or changes one of mine: title, prayer, category and who sees it. New
// entries are private unless I choose otherwise, and the form says who will see the entry.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PrayerVisibility } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { SelectField } from '../../../ui/SelectField';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { DEFAULT_VISIBILITY, VISIBILITY_CHOICES, visibilityChoice } from './visibility';

const PrayerCategoriesQuery = graphql(`
  query PrayerCategories {
    prayerCategories {
      id
      name
      isDefault
    }
  }
`);

const CreatePrayerEntryMutation = graphql(`
  mutation CreatePrayerEntry($input: CreatePrayerEntryInput!) {
    createPrayerEntry(input: $input) {
      id
      ...PrayerEntryCard_PrayerEntry
    }
  }
`);

const UpdatePrayerEntryMutation = graphql(`
  mutation UpdatePrayerEntry($input: UpdatePrayerEntryInput!) {
    updatePrayerEntry(input: $input) {
      id
      ...PrayerEntryCard_PrayerEntry
    }
  }
`);

export interface PrayerEntryDraft {
  title: string;
  content: string;
  categoryId: string;
  visibility: PrayerVisibility;
}

interface PrayerEntryFormProps {
  /** The entry being changed; a new entry when absent. */
  entryId?: string;
  initial?: PrayerEntryDraft;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

const EMPTY: PrayerEntryDraft = { title: '', content: '', categoryId: '', visibility: DEFAULT_VISIBILITY };

export function PrayerEntryForm({ entryId, initial = EMPTY, onDone, onCancel }: PrayerEntryFormProps) {
  const [draft, setDraft] = useState(initial);
  const [failure, setFailure] = useState<unknown>(null);
  const categories = useQuery(PrayerCategoriesQuery);
  const [create, creating] = useMutation(CreatePrayerEntryMutation, { refetchQueries: ['MyPrayerEntries'] });
  const [update, updating] = useMutation(UpdatePrayerEntryMutation);
  const busy = creating.loading || updating.loading;
  const problems = fieldProblemsOf(failure);
  const problemAt = (field: string) => problems.find((problem) => problem.field === field || problem.field.endsWith(`.${field}`))?.message ?? null;
  const set = <K extends keyof PrayerEntryDraft>(key: K, value: PrayerEntryDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      if (entryId) {
        await update({ variables: { input: { entryId, title: draft.title, content: draft.content, categoryId: draft.categoryId || null, visibility: draft.visibility } } });
        onDone('Your entry is saved.');
      } else {
        await create({ variables: { input: { title: draft.title, content: draft.content, categoryId: draft.categoryId || null, visibility: draft.visibility } } });
        setDraft(EMPTY);
        onDone('Your prayer is written in your journal.');
      }
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={entryId ? 'Edit the entry' : 'Write a prayer'}>
      <TextField label="Title" required maxLength={200} value={draft.title} onChange={(event) => set('title', event.target.value)} error={problemAt('title')} />
      <TextArea label="Prayer" required maxLength={10000} value={draft.content} onChange={(event) => set('content', event.target.value)} error={problemAt('content')} />
      <SelectField label="Category" value={draft.categoryId} onChange={(event) => set('categoryId', event.target.value)} error={problemAt('categoryId')}>
        <option value="">No category</option>
        {categories.data?.prayerCategories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Who sees it"
        hint={visibilityChoice(draft.visibility).whoSees}
        value={draft.visibility}
        onChange={(event) => set('visibility', event.target.value as PrayerVisibility)}
        error={problemAt('visibility')}
      >
        {VISIBILITY_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      {failure !== null && problems.length === 0 && <Alert>{messageOf(failure)}</Alert>}
      <div className="actions">
        <Button type="submit" busy={busy}>
          {busy ? 'Saving…' : entryId ? 'Save the entry' : 'Write it in my journal'}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
