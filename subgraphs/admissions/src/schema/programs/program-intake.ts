// One intake (start date) of a program: its deadline and its places.
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { isIntakeOpen } from '../../programs/program-rules';

export const ProgramIntakeType = builder.prismaObject('ProgramIntake', {
  description: 'One start of a program, with its application deadline and the number of places.',
  tag: inPublicGraph(),
  fields: (t) => ({
    id: t.exposeID('id', { tag: inPublicGraph() }),
    program: t.relation('program'),
    term: t.exposeString('term', { tag: inPublicGraph(), description: 'e.g. "2027 February".' }),
    startsOn: t.field({ type: 'String', tag: inPublicGraph(), description: 'The first day, YYYY-MM-DD.', resolve: (intake) => intake.startsOn.toISOString().slice(0, 10) }),
    applicationDeadline: t.expose('applicationDeadline', { type: 'DateTime', tag: inPublicGraph() }),
    capacity: t.exposeInt('capacity', { tag: inPublicGraph() }),
    acceptedCount: t.exposeInt('acceptedCount', { description: 'Places taken by accepted applicants.' }),
    placesLeft: t.int({ tag: inPublicGraph(), resolve: (intake) => Math.max(0, intake.capacity - intake.acceptedCount) }),
    open: t.boolean({ tag: inPublicGraph(), description: 'True until the application deadline passes.', resolve: (intake) => isIntakeOpen(intake, new Date()) }),
  }),
});
