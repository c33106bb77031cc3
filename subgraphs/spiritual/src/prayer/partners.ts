// Prayer partners by mutual invitation. An accepted partnership makes both people partners of each
// other. Inviting someone who already has a pending invitation out to you accepts theirs: both have
// now asked, so asking again would only make them answer a question you already answered.
import type { PrayerPartnership, PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';

const between = (a: string, b: string) => ({
  OR: [
    { inviterId: a, inviteeId: b },
    { inviterId: b, inviteeId: a },
  ],
});

export async function invitePrayerPartner(prisma: PrismaClient, inviterId: string, inviteeId: string, now: Date = new Date()): Promise<PrayerPartnership> {
  if (inviterId === inviteeId) throw badInput('You cannot be your own prayer partner; invite someone else.', 'userId');
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.prayerPartnership.findMany({ where: between(inviterId, inviteeId) });
      if (existing.some((row) => row.status === 'accepted')) throw conflict('You are already prayer partners.');
      const mine = existing.find((row) => row.inviterId === inviterId);
      const theirs = existing.find((row) => row.inviterId === inviteeId);
      if (theirs?.status === 'pending') {
        return tx.prayerPartnership.update({ where: { id: theirs.id }, data: { status: 'accepted', respondedAt: now } });
      }
      if (mine?.status === 'pending') throw conflict('You already invited this person; wait for their answer.');
      // A declined invitation in either direction gives way to the new one.
      if (theirs) await tx.prayerPartnership.delete({ where: { id: theirs.id } });
      if (mine) return tx.prayerPartnership.update({ where: { id: mine.id }, data: { status: 'pending', createdAt: now, respondedAt: null } });
      return tx.prayerPartnership.create({ data: { inviterId, inviteeId, createdAt: now } });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw conflict('An invitation between you two was just made; reload your invitations.');
    }
    throw error;
  }
}

/** The invitee accepts or declines. NOT_FOUND for anyone else; CONFLICT once it was answered. */
export async function respondToPrayerPartnerInvite(
  prisma: PrismaClient,
  userId: string,
  inviteId: string,
  accept: boolean,
  now: Date = new Date(),
): Promise<PrayerPartnership> {
  return prisma.$transaction(async (tx) => {
    const invite = await tx.prayerPartnership.findUnique({ where: { id: inviteId } });
    if (invite === null || invite.inviteeId !== userId) throw notFound('That prayer partner invitation');
    if (invite.status !== 'pending') throw conflict(`You already ${invite.status} this invitation.`);
    // Guarded on status so that two answers racing each other cannot both apply.
    const updated = await tx.prayerPartnership.updateMany({
      where: { id: inviteId, status: 'pending' },
      data: { status: accept ? 'accepted' : 'declined', respondedAt: now },
    });
    if (updated.count === 0) throw conflict('This invitation was just answered.');
    return tx.prayerPartnership.findUniqueOrThrow({ where: { id: inviteId } });
  });
}

/** Ends an accepted partnership, or withdraws a pending invitation, with `partnerId`. */
export async function endPrayerPartnership(prisma: PrismaClient, userId: string, partnerId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const removed = await tx.prayerPartnership.deleteMany({ where: { ...between(userId, partnerId), status: { in: ['accepted', 'pending'] } } });
    if (removed.count === 0) throw notFound('A prayer partnership with that person');
  });
}
