// Application.fee: what the application owes or paid, for the applicant and the program's staff.
import { builder } from '../../builder';
import { applicationFeeOf, type ApplicationFee } from '../../submission/fee-status';
import { ApplicationType } from '../applications/application';
import { ApplicationFeeStatusEnum } from './enums';

const ApplicationFeeType = builder.objectRef<ApplicationFee>('ApplicationFee').implement({
  description: 'The application fee: due after submission until paid through checkout, unless waived by a code.',
  fields: (t) => ({
    amountCents: t.exposeInt('amountCents', { description: 'USD cents owed or paid; 0 when waived or free. While a draft: what submitting will cost.' }),
    status: t.field({ type: ApplicationFeeStatusEnum, resolve: (fee) => fee.status }),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  fee: t.field({
    type: ApplicationFeeType,
    select: { intake: { select: { program: { select: { applicationFeeCents: true } } } } },
    resolve: (application) => applicationFeeOf(application, application.intake.program.applicationFeeCents),
  }),
}));
