// Instructor analytics of a course: who enrolled when, who completed, quiz and question scores and
// lecture drop-off. For the course's instructors and admins only.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { z } from 'zod';
import { builder } from '../../builder';
import { requireCourseEditor } from '../../access';
import {
  checkWindow,
  completionRate,
  completionsOverTime,
  enrollmentsOverTime,
  lectureDropOff,
  questionScores,
  quizScores,
  type AnalyticsWindow,
} from '../../analytics/course-analytics';
import { AnalyticsBucketEnum } from './analytics-bucket';
import { CompletionPeriodType } from './completion-period';
import { EnrollmentPeriodType } from './enrollment-period';
import { LectureDropOffType } from './lecture-drop-off';
import { QuestionScoreSummaryType } from './question-score-summary';
import { QuizScoreSummaryType } from './quiz-score-summary';

export const CourseAnalyticsType = builder.objectRef<AnalyticsWindow>('CourseAnalytics').implement({
  description:
    'Figures about the students who enrolled in the course during [from, to). Each figure costs one query, whatever the size of the course.',
  fields: (t) => ({
    courseId: t.exposeID('courseId'),
    from: t.expose('from', { type: 'DateTime' }),
    to: t.expose('to', { type: 'DateTime' }),
    bucket: t.field({ type: AnalyticsBucketEnum, resolve: (window) => window.bucket }),
    enrollmentsOverTime: t.field({
      type: [EnrollmentPeriodType],
      description: 'Enrollments per UTC day or week, empty ones included.',
      resolve: (window, _args, context) => enrollmentsOverTime(context.prisma, window),
    }),
    completionsOverTime: t.field({
      type: [CompletionPeriodType],
      description: 'Completions of the course per UTC day or week, by when they happened (students who enrolled earlier included), empty ones included.',
      resolve: (window, _args, context) => completionsOverTime(context.prisma, window),
    }),
    completionRate: t.float({
      description: 'completed / (active + completed + dropped) of the period’s enrollments; 0 when there are none.',
      resolve: (window, _args, context) => completionRate(context.prisma, window),
    }),
    averageScorePerQuiz: t.field({
      type: [QuizScoreSummaryType],
      description: 'Every live quiz in course order, with the graded attempts of the period’s students.',
      resolve: async (window, _args, context, info) => {
        const scores = await quizScores(context.prisma, window);
        const quizzes = await context.prisma.quiz.findMany({
          ...queryFromInfo({ context, info, path: ['quiz'] }),
          where: { id: { in: scores.map((score) => score.quizId) } },
        });
        const byId = new Map(quizzes.map((quiz) => [quiz.id, quiz]));
        return scores.flatMap((score) => {
          const quiz = byId.get(score.quizId);
          return quiz === undefined ? [] : [{ quiz, attempts: score.attempts, averagePercent: score.averagePercent }];
        });
      },
    }),
    averageScorePerQuestion: t.field({
      type: [QuestionScoreSummaryType],
      description: 'Questions answered in the period’s graded attempts, hardest first.',
      resolve: (window, _args, context) => questionScores(context.prisma, window),
    }),
    dropOffPerLecture: t.field({
      type: [LectureDropOffType],
      description: 'Every live lecture in course order: how many of the period’s students started it and how many finished.',
      resolve: async (window, _args, context, info) => {
        const rows = await lectureDropOff(context.prisma, window);
        const lectures = await context.prisma.lecture.findMany({
          ...queryFromInfo({ context, info, path: ['lecture'] }),
          where: { id: { in: rows.map((row) => row.lectureId) } },
        });
        const byId = new Map(lectures.map((lecture) => [lecture.id, lecture]));
        return rows.flatMap(({ lectureId, ...figures }) => {
          const lecture = byId.get(lectureId);
          return lecture === undefined ? [] : [{ lecture, ...figures }];
        });
      },
    }),
  }),
});

builder.queryFields((t) => ({
  courseAnalytics: t.field({
    type: CourseAnalyticsType,
    description: 'Analytics of a course for its instructors and admins: FORBIDDEN for others, NOT_FOUND for a draft they cannot see.',
    authScopes: { authenticated: true },
    args: {
      courseId: t.arg.id({ required: true, validate: z.guid('That is not a valid course id.') }),
      from: t.arg({ type: 'DateTime', required: true, description: 'Start of the enrollment period (inclusive).' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'End of the enrollment period (exclusive).' }),
      bucket: t.arg({ type: AnalyticsBucketEnum, required: true, defaultValue: 'week' }),
    },
    resolve: async (_root, args, context) => {
      const window = checkWindow({ courseId: args.courseId, from: args.from, to: args.to, bucket: args.bucket });
      await requireCourseEditor(context.prisma, context.viewer, args.courseId);
      return window;
    },
  }),
}));
