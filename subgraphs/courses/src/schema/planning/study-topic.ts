// One thing a study session covers (stored as JSON on the session).
import { builder } from '../../builder';
import type { StudyTopic } from '../../planning/schedule';
import { StudyTopicKindEnum } from './study-topic-kind';

export const StudyTopicType = builder.objectRef<StudyTopic>('StudyTopic').implement({
  description: 'A lecture, reading or quiz planned in a session. A topic longer than a session is split, with a share in each.',
  fields: (t) => ({
    kind: t.field({ type: StudyTopicKindEnum, resolve: (topic) => topic.kind }),
    id: t.exposeID('id', { description: 'The id of the lecture, reading or quiz.' }),
    title: t.exposeString('title'),
    minutes: t.exposeInt('minutes', { description: 'Minutes planned for it in this session, pace included.' }),
  }),
});
