import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { createMailer, readDevMailbox } from '../src/mail';
import { createScratchDatabase, type ScratchDatabase } from '../src/testing/scratch-database';
import { waitFor } from '../src/wait-for';

const logger = pino({ level: 'silent' });

/** Mail is ordered by its millisecond timestamp; sends in one millisecond would tie. */
const nextMillisecond = () => waitFor(() => Date.now() > startedAt && (startedAt = Date.now()), { intervalMs: 1 });
let startedAt = Date.now();

describe('dev mailbox', () => {
  let database: ScratchDatabase;
  beforeAll(async () => {
    database = await createScratchDatabase('mail');
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('keeps sent mail and reads it back newest first, for that recipient only', async () => {
    const mailer = createMailer({ from: 'ScrollForge <no-reply@scrollforge.test>', prisma: database.prisma, logger });
    await mailer.send({ to: 'ada@example.test', subject: 'Verify your email', text: 'Your code is 123456' });
    await nextMillisecond();
    await mailer.send({ to: 'bob@example.test', subject: 'Not for Ada', text: '...' });
    await nextMillisecond();
    await mailer.send({ to: 'ada@example.test', subject: 'Reset your password', text: 'Your code is 654321' });

    const mailbox = await readDevMailbox(database.prisma, 'ada@example.test');
    expect(mailbox.map(({ to, subject, text }) => ({ to, subject, text }))).toEqual([
      { to: 'ada@example.test', subject: 'Reset your password', text: 'Your code is 654321' },
      { to: 'ada@example.test', subject: 'Verify your email', text: 'Your code is 123456' },
    ]);
    expect(await readDevMailbox(database.prisma, 'ada@example.test', 1)).toHaveLength(1);
  });

  test('logs recipient and subject of each kept mail', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const recording = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    const mailer = createMailer({ from: 'no-reply@scrollforge.test', prisma: database.prisma, logger: recording });
    await mailer.send({ to: 'cy@example.test', subject: 'Welcome', text: 'hello' });
    expect(lines).toEqual([expect.objectContaining({ to: 'cy@example.test', subject: 'Welcome' })]);
  });

  test('keeps the body out of the log in production', async () => {
    const lines: string[] = [];
    const recording = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const mailer = createMailer({ from: 'no-reply@scrollforge.test', prisma: database.prisma, logger: recording });
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await mailer.send({ to: 'dee@example.test', subject: 'Reset your password', text: 'secret code 987654' });
    } finally {
      process.env.NODE_ENV = previous;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('dee@example.test');
    expect(lines[0]).not.toContain('987654');
    expect((await readDevMailbox(database.prisma, 'dee@example.test'))[0]?.text).toBe('secret code 987654');
  });
});

describe('SMTP mailer', () => {
  const received: Array<{ from: string; to: string[]; data: string }> = [];
  let server: SMTPServer;
  let port: number;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            data: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('delivers the message to the SMTP server instead of the dev mailbox', async () => {
    // No database is reachable through this Prisma stand-in: using it would throw.
    const noDatabase = new Proxy({}, { get: () => { throw new Error('the SMTP path must not touch the database'); } });
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'ScrollForge <no-reply@scrollforge.test>',
      prisma: noDatabase as never,
      logger,
    });
    await mailer.send({ to: 'ada@example.test', subject: 'Verify your email', text: 'Your code is 123456' });

    const [message] = await waitFor(() => received.length === 1 && received, { what: 'one delivered message' });
    expect(message?.from).toBe('no-reply@scrollforge.test');
    expect(message?.to).toEqual(['ada@example.test']);
    expect(message?.data).toMatch(/^Subject: Verify your email\r$/m);
    expect(message?.data).toContain('Your code is 123456');
  });
});
