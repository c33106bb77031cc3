// messageUpdated never reveals a message a reader could not see: edits of a held message reach its
// author only, while a visible message that moderation rejects reaches everyone without its body.
import { randomUUID } from 'node:crypto';
import { createPerson } from '../../../scripts/platform/test-people';
import { createChannel } from './support/channels';
import { useGatewayRig, subscribe } from './support/realtime';
import { waitFor } from '../../kit/src/wait-for';

const rig = useGatewayRig();

const UPDATED = 'subscription U($c: ID!) { messageUpdated(channelId: $c) { id body moderation } }';
const SEND = 'mutation S($c: ID!, $b: String!) { sendMessage(channelId: $c, body: $b) { id moderation } }';
const EDIT = 'mutation E($m: ID!, $b: String!) { editMessage(messageId: $m, body: $b) { id } }';

test('a reader hears nothing of a held message’s edit, and hears a rejected message without its body', async () => {
  const prisma = rig.platform.handle.services.prisma;
  const author = await createPerson(prisma);
  const reader = await createPerson(prisma);
  const admin = await createPerson(prisma, { roles: ['student', 'admin'] });
  const channel = await createChannel(prisma, { createdById: author.id, kind: 'private', members: [{ userId: reader.id }] });
  const word = `blocked${randomUUID().slice(0, 8)}`;
  await prisma.blockedWord.create({ data: { word } });

  const client = rig.connect(reader.token);
  const updates = subscribe<{ messageUpdated: { id: string; body: string | null; moderation: string } }>(client, UPDATED, { c: channel.id });

  const held = await rig.platform.graphql<{ sendMessage: { id: string; moderation: string } }>(SEND, { c: channel.id, b: `this says ${word}` }, { token: author.token });
  expect(held.data?.sendMessage.moderation).toBe('held');
  const visible = await rig.platform.graphql<{ sendMessage: { id: string } }>(SEND, { c: channel.id, b: 'a fine message' }, { token: author.token });
  const visibleId = visible.data!.sendMessage.id;

  // Visible edits go out until the subscription is live; then the held message is edited, then the
  // visible one once more. Had the held edit been announced, it would sit between them.
  let round = 0;
  while (updates.results.length === 0 && round < 200) {
    round += 1;
    await rig.platform.graphql(EDIT, { m: visibleId, b: `a fine message, edit ${round}` }, { token: author.token });
    await new Promise((resolve) => setImmediate(resolve));
  }
  await updates.waitForResults(1);
  expect((await rig.platform.graphql(EDIT, { m: held.data!.sendMessage.id, b: `still ${word}` }, { token: author.token })).errors).toBeUndefined();
  await rig.platform.graphql(EDIT, { m: visibleId, b: 'after the held edit' }, { token: author.token });
  await waitFor(() => updates.data.some((entry) => entry.messageUpdated.body === 'after the held edit'), { what: 'the later edit' });
  expect(updates.data.every((entry) => entry.messageUpdated.id === visibleId)).toBe(true);
  const seenBeforeRejection = updates.results.length;

  await rig.platform.graphql('mutation R($id: ID!) { report(targetType: message, targetId: $id, reason: "This is not kind at all.") { id } }', { id: visibleId }, { token: reader.token });
  const moderationCase = await prisma.moderationCase.findFirstOrThrow({ where: { targetId: visibleId } });
  const decided = await rig.platform.graphql('mutation D($id: ID!) { decideModerationCase(caseId: $id, decision: reject, reason: "Unkind to a classmate.") { id } }', { id: moderationCase.id }, { token: admin.token });
  expect(decided.errors).toBeUndefined();
  await updates.waitForResults(seenBeforeRejection + 1);
  const rejected = updates.data.at(-1)!.messageUpdated;
  expect(rejected).toEqual({ id: visibleId, body: null, moderation: 'rejected' });
});
