// The community domain's enums, named as in the database.
import { builder } from '../../builder';

export const ChannelKindEnum = builder.enumType('ChannelKind', { values: ['public', 'private', 'course', 'direct', 'study_group'] as const });
export const ChannelRoleEnum = builder.enumType('ChannelRole', { values: ['owner', 'moderator', 'member'] as const });
export const InviteStatusEnum = builder.enumType('InviteStatus', { values: ['pending', 'accepted', 'declined'] as const });
export const ModerationStatusEnum = builder.enumType('ModerationStatus', { values: ['visible', 'held', 'rejected'] as const });
export const PostKindEnum = builder.enumType('PostKind', { values: ['text', 'question', 'announcement', 'testimony'] as const });
export const ReportTargetEnum = builder.enumType('ReportTarget', { values: ['message', 'post', 'comment'] as const });
export const CaseSourceEnum = builder.enumType('CaseSource', { values: ['report', 'blocked_word'] as const });
export const CaseStatusEnum = builder.enumType('CaseStatus', { values: ['open', 'approved', 'rejected'] as const });
export const PresenceStatusEnum = builder.enumType('PresenceStatus', { values: ['online', 'away', 'offline'] as const });
