// The Course entity is owned by courses; community adds its discussion channel.
import { builder } from '../../builder';
import { canReadChannel } from '../../channel-access';
import { viewerMembership } from '../../loaders';

export const CourseRef = builder.externalRef('Course', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    channel: t.prismaField({
      type: 'Channel',
      nullable: true,
      description: 'The course’s discussion channel; null when you are not a member (enroll to join it).',
      resolve: async (query, course, _args, context) => {
        const channel = await context.prisma.channel.findUnique({ ...query, where: { courseId: course.id } });
        if (channel === null) return null;
        const member = await viewerMembership(context).load(channel.id);
        return canReadChannel(context.viewer, channel, member) ? channel : null;
      },
    }),
  }),
});
