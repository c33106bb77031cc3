// `scrollforge key-usage --school <id>`: a school's API keys with their usage, as a table or JSON
// (the school's admins and platform admins).
import { SchoolKeyUsageDocument } from '../../generated/operations';
import { CliError, usageError } from '../cli-error';
import type { Command } from '../command';
import { clientFor } from '../config';
import { formatTable } from '../table';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const keyUsageCommand: Command = {
  name: 'key-usage',
  summary: "List a school's API keys with their usage (school admin token).",
  usage: [
    'Usage: scrollforge key-usage --school <schoolId> [--days <n>] [--json]',
    '',
    "Lists the school's API keys, newest first, revoked ones included: status, scopes, limits,",
    'requests today and the totals of the last --days UTC days. Needs the token of one of the',
    "school's admins (or a platform admin).",
    '',
    '  --school <id>  the school',
    '  --days <n>     days of usage to add up, 1 to 90 (default 14)',
    '  --json         print the keys and their daily usage as JSON',
  ].join('\n'),
  options: { school: { type: 'string' }, days: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, context) {
    if (positionals.length > 0) throw usageError(`key-usage takes no arguments (got ${positionals.join(' ')}); name the school with --school.`);
    const schoolId = typeof values.school === 'string' ? values.school.trim() : '';
    if (schoolId === '') throw usageError('Name the school: --school <schoolId>.');
    const days = values.days === undefined ? 14 : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 90) throw usageError('--days takes a whole number from 1 to 90.');
    const client = clientFor('token', values, context.env, "one of the school's admins");
    const { school } = await client.request(SchoolKeyUsageDocument, { schoolId, days });
    if (!school) throw new CliError(`No school ${schoolId}; check the id.`);

    if (values.json === true) {
      context.stdout.write(`${JSON.stringify({ school: { id: school.id, name: school.name }, days, apiKeys: school.apiKeys }, null, 2)}\n`);
      return 0;
    }
    if (school.apiKeys.length === 0) {
      context.stdout.write(`${school.name} has no API keys.\n`);
      return 0;
    }
    const rows = school.apiKeys.map((key) => [
      key.name,
      key.prefix,
      key.status,
      key.scopes.join(',').toLowerCase(),
      key.requestsToday,
      key.dailyQuota,
      sum(key.usage.map((day) => day.requests)),
      sum(key.usage.map((day) => day.refused)),
      sum(key.usage.map((day) => day.cost)),
      key.lastUsedAt ?? 'never',
    ]);
    context.stdout.write(`API keys of ${school.name} (usage over the last ${days} days)\n`);
    context.stdout.write(formatTable(['NAME', 'PREFIX', 'STATUS', 'SCOPES', 'TODAY', 'DAILY QUOTA', 'REQUESTS', 'REFUSED', 'COST', 'LAST USED'], rows));
    return 0;
  },
};
