// One intake (start date) of a program: its deadline and its places.
import { builder } from '../../builder';
import { isIntakeOpen } from '../../programs/program-rules';

export const ProgramIntakeType = builder.prismaObject('ProgramIntake', {
  description: 'One start of a program, with its application deadline and the number of places.',
  fields: (t) => ({
    id: t.exposeID('id'),
    program: t.relation('program'),
    term: t.exposeString('term', { description: 'e.g. "2027 February".' }),
    startsOn: t.field({ type: 'String', description: 'The first day, YYYY-MM-DD.', resolve: (intake) => intake.startsOn.toISOString().slice(0, 10) }),
    applicationDeadline: t.expose('applicationDeadline', { type: 'DateTime' }),
    capacity: t.exposeInt('capacity'),
    acceptedCount: t.exposeInt('acceptedCount', { description: 'Places taken by accepted applicants.' }),
    placesLeft: t.int({ resolve: (intake) => Math.max(0, intake.capacity - intake.acceptedCount) }),
    open: t.boolean({ description: 'True until the application deadline passes.', resolve: (intake) => isIntakeOpen(intake, new Date()) }),
  }),
});
