// `scrollforge verify-ledger`: runs the ledger audit on the server (admins) and exits 1 unless the
// ledger balances, so it can gate a deploy or page someone from cron.
import { LedgerVerificationDocument } from '../../generated/operations';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { clientFor } from '../config';

export const verifyLedgerCommand: Command = {
  name: 'verify-ledger',
  summary: 'Audit the ScrollCoin ledger; exits 1 when it does not balance (admin token).',
  usage: [
    'Usage: scrollforge verify-ledger [--json]',
    '',
    'Checks that every ledger transaction balances, every account balance is the sum of its entries',
    'and no wallet is negative. Needs an admin\'s SCROLLFORGE_TOKEN. Exits 0 when consistent, 1 otherwise.',
    '',
    '  --json   print the report as JSON on stdout',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  async run({ positionals, values }, context) {
    if (positionals.length > 0) throw usageError(`verify-ledger takes no arguments (got ${positionals.join(' ')}).`);
    const client = clientFor('token', values, context.env, "an admin");
    const { ledgerVerification: report } = await client.request(LedgerVerificationDocument);
    if (values.json === true) {
      context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      context.stdout.write(`Checked ${report.transactions} transactions and ${report.accounts} accounts.\n`);
      if (report.ok) context.stdout.write('The ledger is consistent.\n');
      else {
        context.stdout.write(`The ledger has ${report.problems.length} problem(s):\n`);
        for (const problem of report.problems) context.stdout.write(`- [${problem.kind}] ${problem.message}\n`);
      }
    }
    return report.ok ? 0 : 1;
  },
};
