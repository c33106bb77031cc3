// Typed factories for channels and messages, written straight to the database so each test builds
// exactly the conversation it needs (sending through the graph is tested on its own).
import { randomUUID } from 'node:crypto';
import type { ChannelKind, ChannelRole, PrismaClient } from '../../../kit/src/db';

export interface ChannelSpec {
  kind?: ChannelKind;
  name?: string;
  createdById: string;
  /** Members and their roles; the creator is added as owner unless listed. */
  members?: { userId: string; role?: ChannelRole }[];
  courseId?: string;
}

export async function createChannel(prisma: PrismaClient, spec: ChannelSpec) {
  const members = new Map<string, ChannelRole>([[spec.createdById, 'owner']]);
  for (const member of spec.members ?? []) members.set(member.userId, member.role ?? 'member');
  return prisma.channel.create({
    data: {
      kind: spec.kind ?? 'private',
      name: spec.name ?? `Channel ${randomUUID().slice(0, 8)}`,
      createdById: spec.createdById,
      courseId: spec.courseId ?? null,
      members: { create: [...members].map(([userId, role]) => ({ userId, role })) },
    },
  });
}

/** Appends messages as the domain does: each takes the channel's next sequence number. */
export async function createMessages(prisma: PrismaClient, channelId: string, authorId: string, bodies: string[]) {
  return prisma.$transaction(async (tx) => {
    const created = [];
    for (const body of bodies) {
      const channel = await tx.channel.update({ where: { id: channelId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } });
      created.push(await tx.message.create({ data: { channelId, authorId, body, seq: channel.lastSeq } }));
    }
    return created;
  });
}
