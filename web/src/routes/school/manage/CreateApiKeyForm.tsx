// Creating a key: a name, the scopes it may use (as few as the app needs) and its limits, filled in
// with the defaults the graph would apply. Problems the graph names a field for show next to that field.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ApiScope } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { formErrorsOf } from '../../../ui/form-errors';
import { useBusyAction } from '../../../ui/use-busy-action';
import { API_SCOPES, LIMIT_RULES, scopeWords, type LimitRule } from '../shared/api-key-words';
import type { RevealedSecret } from './NewSecretPanel';

const CreateApiKey = graphql(`
  mutation SchoolCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

const FORM_FIELDS = ['name', 'scopes', ...LIMIT_RULES.map((rule) => rule.field)];

type Limits = Record<LimitRule['field'], string>;
const defaultLimits = (): Limits => Object.fromEntries(LIMIT_RULES.map((rule) => [rule.field, String(rule.defaultValue)])) as Limits;

/** A limit as the graph takes it: left empty means the default. */
const limitValue = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** Whole numbers within each limit's range, checked here so a typo never reaches the graph as a default. */
function limitProblems(limits: Limits): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const rule of LIMIT_RULES) {
    const value = limitValue(limits[rule.field]);
    if (value !== null && (!Number.isInteger(value) || value < rule.min || value > rule.max)) {
      problems[rule.field] = `Enter a whole number from ${rule.min.toLocaleString()} to ${rule.max.toLocaleString()}, or leave it empty for ${rule.defaultValue.toLocaleString()}.`;
    }
  }
  return problems;
}

export function CreateApiKeyForm({ schoolId, onCreated }: { schoolId: string; onCreated(revealed: RevealedSecret): void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiScope>>(new Set<ApiScope>(['READ_CATALOG']));
  const [limits, setLimits] = useState<Limits>(defaultLimits);
  // The secret stays out of the cache; the key list is fetched again instead.
  const [create] = useMutation(CreateApiKey, { fetchPolicy: 'no-cache', refetchQueries: ['SchoolAdmin'], awaitRefetchQueries: true });
  const action = useBusyAction(async () => {
    const result = await create({
      variables: {
        input: {
          schoolId,
          name: name.trim(),
          scopes: API_SCOPES.filter((scope) => scopes.has(scope)),
          rateLimitPerMinute: limitValue(limits.rateLimitPerMinute),
          dailyQuota: limitValue(limits.dailyQuota),
          costBudgetPerMinute: limitValue(limits.costBudgetPerMinute),
        },
      },
    });
    const created = result.data?.createApiKey;
    if (!created) throw new Error('The key was not created. Try again.');
    onCreated({ name: created.apiKey.name, prefix: created.apiKey.prefix, secret: created.secret, how: 'created' });
    setName('');
    setScopes(new Set<ApiScope>(['READ_CATALOG']));
    setLimits(defaultLimits());
  });
  const [localProblems, setLocalProblems] = useState<Record<string, string>>({});
  const errors = formErrorsOf(action.error, FORM_FIELDS);
  const fieldError = (field: string): string | undefined => localProblems[field] ?? errors.fields[field];

  const toggleScope = (scope: ApiScope, on: boolean) => {
    const next = new Set(scopes);
    if (on) next.add(scope);
    else next.delete(scope);
    setScopes(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = limitProblems(limits);
    setLocalProblems(problems);
    if (Object.keys(problems).length === 0) void action.run();
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-key-heading" noValidate>
      <h3 id="create-key-heading">Create a key</h3>
      {errors.general && <Alert>{errors.general}</Alert>}
      <TextField
        label="Name"
        value={name}
        maxLength={80}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
        error={fieldError('name')}
        hint="Up to 80 characters, e.g. the app that will use the key."
      />
      <fieldset className="school-scopes" aria-describedby={errors.fields.scopes ? 'create-key-scopes-error' : undefined}>
        <legend>Scopes</legend>
        {API_SCOPES.map((scope) => (
          <label key={scope}>
            <input type="checkbox" checked={scopes.has(scope)} onChange={(event) => toggleScope(scope, event.target.checked)} />
            <span>
              <strong>{scopeWords[scope].name}</strong> <span className="muted">{scopeWords[scope].explanation}</span>
            </span>
          </label>
        ))}
        {errors.fields.scopes && (
          <p id="create-key-scopes-error" className="field__error" role="alert">
            {errors.fields.scopes}
          </p>
        )}
      </fieldset>
      <div className="school-limits">
        {LIMIT_RULES.map((rule) => (
          <TextField
            key={rule.field}
            label={rule.label}
            type="number"
            inputMode="numeric"
            min={rule.min}
            max={rule.max}
            value={limits[rule.field]}
            onChange={(event) => setLimits({ ...limits, [rule.field]: event.target.value })}
            error={fieldError(rule.field)}
            hint={`Default ${rule.defaultValue.toLocaleString()}; ${rule.min.toLocaleString()} to ${rule.max.toLocaleString()}.`}
          />
        ))}
      </div>
      <Button type="submit" busy={action.busy}>
        {action.busy ? 'Creating…' : 'Create the key'}
      </Button>
    </form>
  );
}
