// Course.viewerEnrollment: the signed-in person's own enrollment in a course, so a course page can show
// "enroll" or "continue" with progress. One statement for every course in a response.
import { builder } from '../../builder';
import { viewerEnrollment } from '../../loaders';
import { CourseType } from '../content/course';
import { EnrollmentType } from './enrollment';

builder.prismaObjectFields(CourseType, (t) => ({
  viewerEnrollment: t.field({
    type: EnrollmentType,
    nullable: true,
    description: 'Your enrollment in this course (in any status); null when you never enrolled or are signed out.',
    resolve: (course, _args, context) => viewerEnrollment(context).load(course.id),
  }),
}));
