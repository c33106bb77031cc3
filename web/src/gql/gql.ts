/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApplicationState_Application on Application {\n    id\n    status\n    daysInStage\n    submittedAt\n    program {\n      id\n      name\n      slug\n    }\n    intake {\n      id\n      term\n    }\n    ...DraftForm_Application\n    ...SubmittedView_Application\n  }\n": typeof types.ApplicationState_ApplicationFragmentDoc,
    "\n  query ApplicationPage($id: ID!) {\n    application(id: $id) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.ApplicationPageDocument,
    "\n  fragment DocumentsStep_Application on Application {\n    id\n    documents {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n      url\n    }\n  }\n": typeof types.DocumentsStep_ApplicationFragmentDoc,
    "\n  mutation UploadApplicationDocument($applicationId: ID!, $kind: ApplicationDocumentKind!, $fileName: String!, $contentType: String!, $dataBase64: String!) {\n    uploadApplicationDocument(applicationId: $applicationId, kind: $kind, fileName: $fileName, contentType: $contentType, dataBase64: $dataBase64) {\n      id\n    }\n  }\n": typeof types.UploadApplicationDocumentDocument,
    "\n  mutation RemoveApplicationDocument($documentId: ID!) {\n    removeApplicationDocument(documentId: $documentId) {\n      id\n      ...DocumentsStep_Application\n      missingForSubmission {\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemoveApplicationDocumentDocument,
    "\n  fragment DraftForm_Application on Application {\n    id\n    personalDetails {\n      legalName\n      dateOfBirth\n      phone\n      country\n      address\n    }\n    educationHistory {\n      institution\n      level\n      field\n      from\n      until\n      completed\n    }\n    statementOfFaith\n    personalStatement\n    missingForSubmission {\n      field\n      message\n    }\n    ...DocumentsStep_Application\n    ...RefereesStep_Application\n    ...ReviewStep_Application\n  }\n": typeof types.DraftForm_ApplicationFragmentDoc,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      id\n      updatedAt\n      ...DraftForm_Application\n    }\n  }\n": typeof types.SaveApplicationDraftDocument,
    "\n  mutation SubmitApplication($applicationId: ID!, $feeWaiverCode: String) {\n    submitApplication(applicationId: $applicationId, feeWaiverCode: $feeWaiverCode) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  fragment RefereesStep_Application on Application {\n    id\n    references {\n      id\n      refereeName\n      refereeEmail\n      relationship\n      status\n      invitedAt\n      expiresAt\n      submittedAt\n    }\n  }\n": typeof types.RefereesStep_ApplicationFragmentDoc,
    "\n  mutation InviteReferee($applicationId: ID!, $refereeName: String!, $refereeEmail: String!, $relationship: String!) {\n    inviteReferee(applicationId: $applicationId, refereeName: $refereeName, refereeEmail: $refereeEmail, relationship: $relationship) {\n      id\n    }\n  }\n": typeof types.InviteRefereeDocument,
    "\n  mutation ResendRefereeInvite($referenceId: ID!) {\n    resendRefereeInvite(referenceId: $referenceId) {\n      id\n      status\n      expiresAt\n    }\n  }\n": typeof types.ResendRefereeInviteDocument,
    "\n  fragment ReviewStep_Application on Application {\n    id\n    fee {\n      amountCents\n      status\n    }\n    documents {\n      id\n      kind\n      fileName\n    }\n    references {\n      id\n      refereeName\n      status\n    }\n  }\n": typeof types.ReviewStep_ApplicationFragmentDoc,
    "\n  fragment DecisionPanel_Application on Application {\n    id\n    status\n    decision\n    decidedAt\n  }\n": typeof types.DecisionPanel_ApplicationFragmentDoc,
    "\n  mutation ConfirmEnrolment($applicationId: ID!) {\n    confirmEnrolment(applicationId: $applicationId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.ConfirmEnrolmentDocument,
    "\n  fragment EligibilityPanel_Application on Application {\n    id\n    eligibility {\n      eligible\n      source\n      reasons {\n        rule\n        met\n        detail\n      }\n    }\n  }\n": typeof types.EligibilityPanel_ApplicationFragmentDoc,
    "\n  fragment FeePanel_Application on Application {\n    id\n    fee {\n      amountCents\n      status\n    }\n  }\n": typeof types.FeePanel_ApplicationFragmentDoc,
    "\n  mutation PayApplicationFee($applicationId: ID!, $idempotencyKey: String!) {\n    payApplicationFee(applicationId: $applicationId, paymentMethod: card, idempotencyKey: $idempotencyKey) {\n      checkout {\n        url\n        testMode\n      }\n    }\n  }\n": typeof types.PayApplicationFeeDocument,
    "\n  fragment InterviewPanel_Application on Application {\n    id\n    status\n    spiritualEvaluation {\n      scored\n    }\n    interview {\n      startsAt\n      endsAt\n      location\n      reschedules\n      cancelled\n      cancelledAt\n      completedAt\n    }\n  }\n": typeof types.InterviewPanel_ApplicationFragmentDoc,
    "\n  query AvailableInterviewSlots($applicationId: ID!) {\n    availableInterviewSlots(applicationId: $applicationId, first: 20) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          location\n        }\n      }\n    }\n  }\n": typeof types.AvailableInterviewSlotsDocument,
    "\n  mutation BookInterview($applicationId: ID!, $slotId: ID!) {\n    bookInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.BookInterviewDocument,
    "\n  mutation RescheduleInterview($applicationId: ID!, $slotId: ID!) {\n    rescheduleInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.RescheduleInterviewDocument,
    "\n  mutation CancelInterview($applicationId: ID!, $reason: String) {\n    cancelInterview(applicationId: $applicationId, reason: $reason) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.CancelInterviewDocument,
    "\n  fragment QuestionnairePanel_Application on Application {\n    id\n    status\n    spiritualEvaluation {\n      submitted\n      submittedAt\n      scored\n      questions {\n        id\n        prompt\n        guidance\n        maxLength\n        answer\n      }\n    }\n  }\n": typeof types.QuestionnairePanel_ApplicationFragmentDoc,
    "\n  mutation SaveSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]!) {\n    saveSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.SaveSpiritualQuestionnaireDocument,
    "\n  mutation SubmitSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]) {\n    submitSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.SubmitSpiritualQuestionnaireDocument,
    "\n  fragment SubmittedView_Application on Application {\n    id\n    status\n    fee {\n      amountCents\n      status\n    }\n    spiritualEvaluation {\n      submitted\n      scored\n    }\n    interview {\n      startsAt\n    }\n    ...FeePanel_Application\n    ...EligibilityPanel_Application\n    ...QuestionnairePanel_Application\n    ...InterviewPanel_Application\n    ...DecisionPanel_Application\n    ...WithdrawPanel_Application\n    ...Timeline_Application\n  }\n": typeof types.SubmittedView_ApplicationFragmentDoc,
    "\n  fragment Timeline_Application on Application {\n    id\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      byPlatform\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.Timeline_ApplicationFragmentDoc,
    "\n  fragment WithdrawPanel_Application on Application {\n    id\n    status\n  }\n": typeof types.WithdrawPanel_ApplicationFragmentDoc,
    "\n  mutation WithdrawApplication($applicationId: ID!, $reason: String) {\n    withdrawApplication(applicationId: $applicationId, reason: $reason) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  fragment ApplicationRow_Application on Application {\n    id\n    status\n    daysInStage\n    updatedAt\n    submittedAt\n    program {\n      id\n      name\n    }\n    intake {\n      id\n      term\n    }\n  }\n": typeof types.ApplicationRow_ApplicationFragmentDoc,
    "\n  query MyApplications {\n    myApplications(first: 50) {\n      edges {\n        node {\n          id\n          ...ApplicationRow_Application\n        }\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  fragment EligibilityRules_ProgramEligibilityRules on ProgramEligibilityRules {\n    minimumAge\n    minimumEducation\n    prerequisiteCourses {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.EligibilityRules_ProgramEligibilityRulesFragmentDoc,
    "\n  fragment IntakeCard_ProgramIntake on ProgramIntake {\n    id\n    term\n    startsOn\n    applicationDeadline\n    capacity\n    placesLeft\n    open\n  }\n": typeof types.IntakeCard_ProgramIntakeFragmentDoc,
    "\n  mutation StartApplication($intakeId: ID!) {\n    startApplication(intakeId: $intakeId) {\n      id\n      status\n    }\n  }\n": typeof types.StartApplicationDocument,
    "\n  query ProgramPage($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      kind\n      description\n      applicationFeeCents\n      eligibilityRules {\n        ...EligibilityRules_ProgramEligibilityRules\n      }\n      intakes(openOnly: true) {\n        id\n        ...IntakeCard_ProgramIntake\n      }\n    }\n  }\n": typeof types.ProgramPageDocument,
    "\n  fragment ProgramCard_Program on Program {\n    id\n    slug\n    name\n    kind\n    applicationFeeCents\n    intakes(openOnly: true) {\n      id\n      term\n      applicationDeadline\n      placesLeft\n    }\n  }\n": typeof types.ProgramCard_ProgramFragmentDoc,
    "\n  query OpenPrograms($first: Int!, $after: String) {\n    programs(filter: { openOnly: true }, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ProgramCard_Program\n        }\n      }\n    }\n  }\n": typeof types.OpenProgramsDocument,
    "\n  query DashboardMe {\n    me {\n      id\n      ...DashboardGreeting_user\n      ...DashboardMyCourses_user\n    }\n  }\n": typeof types.DashboardMeDocument,
    "\n  query DashboardDevotion($timezone: String!) {\n    ...DashboardTodayDevotion_query\n  }\n": typeof types.DashboardDevotionDocument,
    "\n  query DashboardWallet {\n    ...DashboardWalletBalance_query\n  }\n": typeof types.DashboardWalletDocument,
    "\n  query DashboardNotifications {\n    ...DashboardRecentNotifications_query\n  }\n": typeof types.DashboardNotificationsDocument,
    "\n  fragment DashboardGreeting_user on User {\n    id\n    displayName\n  }\n": typeof types.DashboardGreeting_UserFragmentDoc,
    "\n  fragment DashboardMyCourses_user on User {\n    id\n    enrollments {\n      id\n      status\n      completedAt\n      course {\n        id\n        title\n      }\n      progress {\n        percent\n        completedItems\n        totalItems\n      }\n    }\n  }\n": typeof types.DashboardMyCourses_UserFragmentDoc,
    "\n  fragment DashboardRecentNotifications_query on Query {\n    myNotifications(first: 5) {\n      edges {\n        node {\n          id\n          kind\n          readAt\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardRecentNotifications_QueryFragmentDoc,
    "\n  fragment DashboardTodayDevotion_query on Query {\n    todayDevotion(timezone: $timezone) {\n      id\n      title\n      passage {\n        id\n        reference\n      }\n      myCompletion {\n        completedAt\n      }\n    }\n    myDevotionStreak(timezone: $timezone) {\n      current\n      longest\n    }\n  }\n": typeof types.DashboardTodayDevotion_QueryFragmentDoc,
    "\n  fragment DashboardWalletBalance_query on Query {\n    wallet {\n      id\n      balance\n      pending\n    }\n  }\n": typeof types.DashboardWalletBalance_QueryFragmentDoc,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RegisterAccount($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n": typeof types.RegisterAccountDocument,
    "\n  mutation ResetPassword($email: String!, $code: String!, $newPassword: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($email: String!, $code: String!) {\n    verifyEmail(email: $email, code: $code)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationCode($email: String!) {\n    requestOtp(email: $email, purpose: verify_email)\n  }\n": typeof types.ResendVerificationCodeDocument,
    "\n  query StaffNavPrograms {\n    myOfficerPrograms {\n      id\n    }\n  }\n": typeof types.StaffNavProgramsDocument,
    "\n  fragment StaffPersonalDetails on Application {\n    applicant {\n      id\n      displayName\n    }\n    personalDetails {\n      legalName\n      dateOfBirth\n      phone\n      country\n      address\n    }\n  }\n": typeof types.StaffPersonalDetailsFragmentDoc,
    "\n  fragment StaffEducation on Application {\n    educationHistory {\n      institution\n      level\n      field\n      from\n      until\n      completed\n    }\n  }\n": typeof types.StaffEducationFragmentDoc,
    "\n  fragment StaffStatements on Application {\n    statementOfFaith\n    personalStatement\n  }\n": typeof types.StaffStatementsFragmentDoc,
    "\n  fragment StaffDocuments on Application {\n    documents {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n      url\n    }\n  }\n": typeof types.StaffDocumentsFragmentDoc,
    "\n  fragment StaffReferences on Application {\n    references {\n      id\n      refereeName\n      refereeEmail\n      relationship\n      status\n      invitedAt\n      expiresAt\n      submittedAt\n      response {\n        recommendation\n        answers {\n          questionId\n          question\n          answer\n        }\n      }\n    }\n  }\n": typeof types.StaffReferencesFragmentDoc,
    "\n  fragment StaffEligibility on Application {\n    id\n    status\n    eligibility {\n      eligible\n      source\n      checkedAt\n      reasons {\n        rule\n        met\n        detail\n      }\n      override {\n        eligible\n        reason\n        at\n        supersededCount\n        officer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.StaffEligibilityFragmentDoc,
    "\n  mutation StaffOverrideEligibility($applicationId: ID!, $eligible: Boolean!, $reason: String!) {\n    overrideEligibility(applicationId: $applicationId, eligible: $eligible, reason: $reason) {\n      id\n      status\n      ...StaffEligibility\n      ...StaffTimeline\n    }\n  }\n": typeof types.StaffOverrideEligibilityDocument,
    "\n  mutation StaffRecheckEligibility($applicationId: ID!) {\n    recheckEligibility(applicationId: $applicationId) {\n      id\n      status\n      ...StaffEligibility\n      ...StaffTimeline\n    }\n  }\n": typeof types.StaffRecheckEligibilityDocument,
    "\n  mutation StaffAdvanceToSpiritualEvaluation($applicationId: ID!, $note: String) {\n    advanceToSpiritualEvaluation(applicationId: $applicationId, note: $note) {\n      id\n      status\n      daysInStage\n      ...StaffEligibility\n      ...StaffSpiritualEvaluation\n      ...StaffTimeline\n    }\n  }\n": typeof types.StaffAdvanceToSpiritualEvaluationDocument,
    "\n  fragment StaffInterview on Application {\n    id\n    status\n    program {\n      id\n      name\n    }\n    spiritualEvaluation {\n      scored\n    }\n    interview {\n      startsAt\n      endsAt\n      location\n      reschedules\n      cancelled\n      cancelledAt\n      completedAt\n      notes\n      score\n      officer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StaffInterviewFragmentDoc,
    "\n  mutation StaffRecordInterview($applicationId: ID!, $notes: String!, $score: Int!) {\n    recordInterview(applicationId: $applicationId, notes: $notes, score: $score) {\n      id\n      status\n      daysInStage\n      ...StaffInterview\n      ...StaffDecision\n      ...StaffTimeline\n    }\n  }\n": typeof types.StaffRecordInterviewDocument,
    "\n  mutation StaffBookInterview($applicationId: ID!, $slotId: ID!) {\n    bookInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      status\n      daysInStage\n      ...StaffInterview\n      ...StaffTimeline\n    }\n  }\n": typeof types.StaffBookInterviewDocument,
    "\n  mutation StaffPublishInterviewSlots($programId: ID!, $slots: [InterviewSlotInput!]!) {\n    publishInterviewSlots(programId: $programId, slots: $slots) {\n      id\n    }\n  }\n": typeof types.StaffPublishInterviewSlotsDocument,
    "\n  query StaffInterviewSlots($programId: ID!, $from: DateTime!, $to: DateTime!) {\n    interviewSlots(programId: $programId, from: $from, to: $to, first: 50) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          location\n          booked\n          officer {\n            id\n            displayName\n          }\n          bookedApplication {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffInterviewSlotsDocument,
    "\n  fragment StaffSpiritualEvaluation on Application {\n    id\n    status\n    spiritualEvaluation {\n      submitted\n      submittedAt\n      scored\n      maxScore\n      totalScore\n      note\n      confirmedAt\n      confirmedBy {\n        id\n        displayName\n      }\n      questions {\n        id\n        prompt\n        answer\n      }\n      rubric {\n        id\n        title\n        description\n        maxPoints\n      }\n      scores {\n        points\n        criterion {\n          id\n        }\n      }\n      aiDraftRequestedAt\n      aiDraft {\n        totalPoints\n        summary\n        model\n        offline\n        draftedAt\n        scores {\n          points\n          comment\n          criterion {\n            id\n            title\n            maxPoints\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffSpiritualEvaluationFragmentDoc,
    "\n  mutation StaffScoreSpiritualEvaluation($applicationId: ID!, $scores: [SpiritualScoreInput!]!, $note: String!) {\n    scoreSpiritualEvaluation(applicationId: $applicationId, scores: $scores, note: $note) {\n      id\n      status\n      ...StaffSpiritualEvaluation\n      ...StaffInterview\n      ...StaffTimeline\n    }\n  }\n": typeof types.StaffScoreSpiritualEvaluationDocument,
    "\n  mutation StaffRequestSpiritualEvaluationDraft($applicationId: ID!) {\n    requestSpiritualEvaluationDraft(applicationId: $applicationId) {\n      id\n      ...StaffSpiritualEvaluation\n    }\n  }\n": typeof types.StaffRequestSpiritualEvaluationDraftDocument,
    "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      decision\n      viewerRole\n      daysInStage\n      submittedAt\n      applicant {\n        id\n        displayName\n      }\n      personalDetails {\n        legalName\n      }\n      program {\n        id\n        name\n      }\n      intake {\n        id\n        term\n      }\n      ...StaffPersonalDetails\n      ...StaffEducation\n      ...StaffStatements\n      ...StaffDocuments\n      ...StaffReferences\n      ...StaffEligibility\n      ...StaffSpiritualEvaluation\n      ...StaffInterview\n      ...StaffAssignment\n      ...StaffNotes\n      ...StaffTimeline\n      ...StaffDecision\n    }\n  }\n": typeof types.StaffApplicationDocument,
    "\n  fragment StaffAssignment on Application {\n    id\n    status\n    assignedOfficer {\n      id\n      displayName\n    }\n    program {\n      id\n      officers {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StaffAssignmentFragmentDoc,
    "\n  mutation StaffAssignApplication($applicationId: ID!, $officerId: ID) {\n    assignApplication(applicationId: $applicationId, officerId: $officerId) {\n      id\n      ...StaffAssignment\n    }\n  }\n": typeof types.StaffAssignApplicationDocument,
    "\n  fragment StaffNotes on Application {\n    id\n    internalNotes(first: 50) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffNotesFragmentDoc,
    "\n  mutation StaffAddApplicationNote($applicationId: ID!, $body: String!) {\n    addApplicationNote(applicationId: $applicationId, body: $body) {\n      id\n    }\n  }\n": typeof types.StaffAddApplicationNoteDocument,
    "\n  fragment StaffTimeline on Application {\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      byPlatform\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StaffTimelineFragmentDoc,
    "\n  fragment StaffDecision on Application {\n    id\n    status\n    decision\n    decidedAt\n    decisionRationale\n    intake {\n      id\n      term\n      capacity\n      acceptedCount\n      placesLeft\n    }\n  }\n": typeof types.StaffDecisionFragmentDoc,
    "\n  mutation StaffDecideApplication($applicationId: ID!, $outcome: DecisionOutcome!, $rationale: String!) {\n    decideApplication(applicationId: $applicationId, outcome: $outcome, rationale: $rationale) {\n      id\n      status\n      daysInStage\n      ...StaffDecision\n      ...StaffAssignment\n      ...StaffTimeline\n    }\n  }\n": typeof types.StaffDecideApplicationDocument,
    "\n  mutation StaffBulkAssign($applicationIds: [ID!]!, $officerId: ID!) {\n    bulkAssignApplications(applicationIds: $applicationIds, officerId: $officerId) {\n      applicationId\n      ok\n      errorCode\n      message\n    }\n  }\n": typeof types.StaffBulkAssignDocument,
    "\n  mutation StaffBulkReject($applicationIds: [ID!]!, $rationale: String!) {\n    bulkDecideApplications(applicationIds: $applicationIds, outcome: rejected, rationale: $rationale) {\n      applicationId\n      ok\n      errorCode\n      message\n    }\n  }\n": typeof types.StaffBulkRejectDocument,
    "\n  query StaffQueuePrograms {\n    myOfficerPrograms {\n      id\n      name\n    }\n  }\n": typeof types.StaffQueueProgramsDocument,
    "\n  query StaffQueueCounts($programId: ID) {\n    admissionsQueueCounts(programId: $programId) {\n      status\n      count\n    }\n  }\n": typeof types.StaffQueueCountsDocument,
    "\n  query StaffQueue($filter: AdmissionsQueueFilter, $first: Int, $after: String) {\n    admissionsQueue(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...QueueRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffQueueDocument,
    "\n  fragment QueueRow on Application {\n    id\n    status\n    decision\n    daysInStage\n    personalDetails {\n      legalName\n    }\n    applicant {\n      id\n      displayName\n    }\n    program {\n      id\n      name\n    }\n    intake {\n      id\n      term\n    }\n    assignedOfficer {\n      id\n      displayName\n    }\n  }\n": typeof types.QueueRowFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ApplicationState_Application on Application {\n    id\n    status\n    daysInStage\n    submittedAt\n    program {\n      id\n      name\n      slug\n    }\n    intake {\n      id\n      term\n    }\n    ...DraftForm_Application\n    ...SubmittedView_Application\n  }\n": types.ApplicationState_ApplicationFragmentDoc,
    "\n  query ApplicationPage($id: ID!) {\n    application(id: $id) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.ApplicationPageDocument,
    "\n  fragment DocumentsStep_Application on Application {\n    id\n    documents {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n      url\n    }\n  }\n": types.DocumentsStep_ApplicationFragmentDoc,
    "\n  mutation UploadApplicationDocument($applicationId: ID!, $kind: ApplicationDocumentKind!, $fileName: String!, $contentType: String!, $dataBase64: String!) {\n    uploadApplicationDocument(applicationId: $applicationId, kind: $kind, fileName: $fileName, contentType: $contentType, dataBase64: $dataBase64) {\n      id\n    }\n  }\n": types.UploadApplicationDocumentDocument,
    "\n  mutation RemoveApplicationDocument($documentId: ID!) {\n    removeApplicationDocument(documentId: $documentId) {\n      id\n      ...DocumentsStep_Application\n      missingForSubmission {\n        field\n        message\n      }\n    }\n  }\n": types.RemoveApplicationDocumentDocument,
    "\n  fragment DraftForm_Application on Application {\n    id\n    personalDetails {\n      legalName\n      dateOfBirth\n      phone\n      country\n      address\n    }\n    educationHistory {\n      institution\n      level\n      field\n      from\n      until\n      completed\n    }\n    statementOfFaith\n    personalStatement\n    missingForSubmission {\n      field\n      message\n    }\n    ...DocumentsStep_Application\n    ...RefereesStep_Application\n    ...ReviewStep_Application\n  }\n": types.DraftForm_ApplicationFragmentDoc,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      id\n      updatedAt\n      ...DraftForm_Application\n    }\n  }\n": types.SaveApplicationDraftDocument,
    "\n  mutation SubmitApplication($applicationId: ID!, $feeWaiverCode: String) {\n    submitApplication(applicationId: $applicationId, feeWaiverCode: $feeWaiverCode) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  fragment RefereesStep_Application on Application {\n    id\n    references {\n      id\n      refereeName\n      refereeEmail\n      relationship\n      status\n      invitedAt\n      expiresAt\n      submittedAt\n    }\n  }\n": types.RefereesStep_ApplicationFragmentDoc,
    "\n  mutation InviteReferee($applicationId: ID!, $refereeName: String!, $refereeEmail: String!, $relationship: String!) {\n    inviteReferee(applicationId: $applicationId, refereeName: $refereeName, refereeEmail: $refereeEmail, relationship: $relationship) {\n      id\n    }\n  }\n": types.InviteRefereeDocument,
    "\n  mutation ResendRefereeInvite($referenceId: ID!) {\n    resendRefereeInvite(referenceId: $referenceId) {\n      id\n      status\n      expiresAt\n    }\n  }\n": types.ResendRefereeInviteDocument,
    "\n  fragment ReviewStep_Application on Application {\n    id\n    fee {\n      amountCents\n      status\n    }\n    documents {\n      id\n      kind\n      fileName\n    }\n    references {\n      id\n      refereeName\n      status\n    }\n  }\n": types.ReviewStep_ApplicationFragmentDoc,
    "\n  fragment DecisionPanel_Application on Application {\n    id\n    status\n    decision\n    decidedAt\n  }\n": types.DecisionPanel_ApplicationFragmentDoc,
    "\n  mutation ConfirmEnrolment($applicationId: ID!) {\n    confirmEnrolment(applicationId: $applicationId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.ConfirmEnrolmentDocument,
    "\n  fragment EligibilityPanel_Application on Application {\n    id\n    eligibility {\n      eligible\n      source\n      reasons {\n        rule\n        met\n        detail\n      }\n    }\n  }\n": types.EligibilityPanel_ApplicationFragmentDoc,
    "\n  fragment FeePanel_Application on Application {\n    id\n    fee {\n      amountCents\n      status\n    }\n  }\n": types.FeePanel_ApplicationFragmentDoc,
    "\n  mutation PayApplicationFee($applicationId: ID!, $idempotencyKey: String!) {\n    payApplicationFee(applicationId: $applicationId, paymentMethod: card, idempotencyKey: $idempotencyKey) {\n      checkout {\n        url\n        testMode\n      }\n    }\n  }\n": types.PayApplicationFeeDocument,
    "\n  fragment InterviewPanel_Application on Application {\n    id\n    status\n    spiritualEvaluation {\n      scored\n    }\n    interview {\n      startsAt\n      endsAt\n      location\n      reschedules\n      cancelled\n      cancelledAt\n      completedAt\n    }\n  }\n": types.InterviewPanel_ApplicationFragmentDoc,
    "\n  query AvailableInterviewSlots($applicationId: ID!) {\n    availableInterviewSlots(applicationId: $applicationId, first: 20) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          location\n        }\n      }\n    }\n  }\n": types.AvailableInterviewSlotsDocument,
    "\n  mutation BookInterview($applicationId: ID!, $slotId: ID!) {\n    bookInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.BookInterviewDocument,
    "\n  mutation RescheduleInterview($applicationId: ID!, $slotId: ID!) {\n    rescheduleInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.RescheduleInterviewDocument,
    "\n  mutation CancelInterview($applicationId: ID!, $reason: String) {\n    cancelInterview(applicationId: $applicationId, reason: $reason) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.CancelInterviewDocument,
    "\n  fragment QuestionnairePanel_Application on Application {\n    id\n    status\n    spiritualEvaluation {\n      submitted\n      submittedAt\n      scored\n      questions {\n        id\n        prompt\n        guidance\n        maxLength\n        answer\n      }\n    }\n  }\n": types.QuestionnairePanel_ApplicationFragmentDoc,
    "\n  mutation SaveSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]!) {\n    saveSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.SaveSpiritualQuestionnaireDocument,
    "\n  mutation SubmitSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]) {\n    submitSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.SubmitSpiritualQuestionnaireDocument,
    "\n  fragment SubmittedView_Application on Application {\n    id\n    status\n    fee {\n      amountCents\n      status\n    }\n    spiritualEvaluation {\n      submitted\n      scored\n    }\n    interview {\n      startsAt\n    }\n    ...FeePanel_Application\n    ...EligibilityPanel_Application\n    ...QuestionnairePanel_Application\n    ...InterviewPanel_Application\n    ...DecisionPanel_Application\n    ...WithdrawPanel_Application\n    ...Timeline_Application\n  }\n": types.SubmittedView_ApplicationFragmentDoc,
    "\n  fragment Timeline_Application on Application {\n    id\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      byPlatform\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.Timeline_ApplicationFragmentDoc,
    "\n  fragment WithdrawPanel_Application on Application {\n    id\n    status\n  }\n": types.WithdrawPanel_ApplicationFragmentDoc,
    "\n  mutation WithdrawApplication($applicationId: ID!, $reason: String) {\n    withdrawApplication(applicationId: $applicationId, reason: $reason) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  fragment ApplicationRow_Application on Application {\n    id\n    status\n    daysInStage\n    updatedAt\n    submittedAt\n    program {\n      id\n      name\n    }\n    intake {\n      id\n      term\n    }\n  }\n": types.ApplicationRow_ApplicationFragmentDoc,
    "\n  query MyApplications {\n    myApplications(first: 50) {\n      edges {\n        node {\n          id\n          ...ApplicationRow_Application\n        }\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  fragment EligibilityRules_ProgramEligibilityRules on ProgramEligibilityRules {\n    minimumAge\n    minimumEducation\n    prerequisiteCourses {\n      id\n      slug\n      title\n    }\n  }\n": types.EligibilityRules_ProgramEligibilityRulesFragmentDoc,
    "\n  fragment IntakeCard_ProgramIntake on ProgramIntake {\n    id\n    term\n    startsOn\n    applicationDeadline\n    capacity\n    placesLeft\n    open\n  }\n": types.IntakeCard_ProgramIntakeFragmentDoc,
    "\n  mutation StartApplication($intakeId: ID!) {\n    startApplication(intakeId: $intakeId) {\n      id\n      status\n    }\n  }\n": types.StartApplicationDocument,
    "\n  query ProgramPage($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      kind\n      description\n      applicationFeeCents\n      eligibilityRules {\n        ...EligibilityRules_ProgramEligibilityRules\n      }\n      intakes(openOnly: true) {\n        id\n        ...IntakeCard_ProgramIntake\n      }\n    }\n  }\n": types.ProgramPageDocument,
    "\n  fragment ProgramCard_Program on Program {\n    id\n    slug\n    name\n    kind\n    applicationFeeCents\n    intakes(openOnly: true) {\n      id\n      term\n      applicationDeadline\n      placesLeft\n    }\n  }\n": types.ProgramCard_ProgramFragmentDoc,
    "\n  query OpenPrograms($first: Int!, $after: String) {\n    programs(filter: { openOnly: true }, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ProgramCard_Program\n        }\n      }\n    }\n  }\n": types.OpenProgramsDocument,
    "\n  query DashboardMe {\n    me {\n      id\n      ...DashboardGreeting_user\n      ...DashboardMyCourses_user\n    }\n  }\n": types.DashboardMeDocument,
    "\n  query DashboardDevotion($timezone: String!) {\n    ...DashboardTodayDevotion_query\n  }\n": types.DashboardDevotionDocument,
    "\n  query DashboardWallet {\n    ...DashboardWalletBalance_query\n  }\n": types.DashboardWalletDocument,
    "\n  query DashboardNotifications {\n    ...DashboardRecentNotifications_query\n  }\n": types.DashboardNotificationsDocument,
    "\n  fragment DashboardGreeting_user on User {\n    id\n    displayName\n  }\n": types.DashboardGreeting_UserFragmentDoc,
    "\n  fragment DashboardMyCourses_user on User {\n    id\n    enrollments {\n      id\n      status\n      completedAt\n      course {\n        id\n        title\n      }\n      progress {\n        percent\n        completedItems\n        totalItems\n      }\n    }\n  }\n": types.DashboardMyCourses_UserFragmentDoc,
    "\n  fragment DashboardRecentNotifications_query on Query {\n    myNotifications(first: 5) {\n      edges {\n        node {\n          id\n          kind\n          readAt\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DashboardRecentNotifications_QueryFragmentDoc,
    "\n  fragment DashboardTodayDevotion_query on Query {\n    todayDevotion(timezone: $timezone) {\n      id\n      title\n      passage {\n        id\n        reference\n      }\n      myCompletion {\n        completedAt\n      }\n    }\n    myDevotionStreak(timezone: $timezone) {\n      current\n      longest\n    }\n  }\n": types.DashboardTodayDevotion_QueryFragmentDoc,
    "\n  fragment DashboardWalletBalance_query on Query {\n    wallet {\n      id\n      balance\n      pending\n    }\n  }\n": types.DashboardWalletBalance_QueryFragmentDoc,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RegisterAccount($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n": types.RegisterAccountDocument,
    "\n  mutation ResetPassword($email: String!, $code: String!, $newPassword: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($email: String!, $code: String!) {\n    verifyEmail(email: $email, code: $code)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationCode($email: String!) {\n    requestOtp(email: $email, purpose: verify_email)\n  }\n": types.ResendVerificationCodeDocument,
    "\n  query StaffNavPrograms {\n    myOfficerPrograms {\n      id\n    }\n  }\n": types.StaffNavProgramsDocument,
    "\n  fragment StaffPersonalDetails on Application {\n    applicant {\n      id\n      displayName\n    }\n    personalDetails {\n      legalName\n      dateOfBirth\n      phone\n      country\n      address\n    }\n  }\n": types.StaffPersonalDetailsFragmentDoc,
    "\n  fragment StaffEducation on Application {\n    educationHistory {\n      institution\n      level\n      field\n      from\n      until\n      completed\n    }\n  }\n": types.StaffEducationFragmentDoc,
    "\n  fragment StaffStatements on Application {\n    statementOfFaith\n    personalStatement\n  }\n": types.StaffStatementsFragmentDoc,
    "\n  fragment StaffDocuments on Application {\n    documents {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n      url\n    }\n  }\n": types.StaffDocumentsFragmentDoc,
    "\n  fragment StaffReferences on Application {\n    references {\n      id\n      refereeName\n      refereeEmail\n      relationship\n      status\n      invitedAt\n      expiresAt\n      submittedAt\n      response {\n        recommendation\n        answers {\n          questionId\n          question\n          answer\n        }\n      }\n    }\n  }\n": types.StaffReferencesFragmentDoc,
    "\n  fragment StaffEligibility on Application {\n    id\n    status\n    eligibility {\n      eligible\n      source\n      checkedAt\n      reasons {\n        rule\n        met\n        detail\n      }\n      override {\n        eligible\n        reason\n        at\n        supersededCount\n        officer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.StaffEligibilityFragmentDoc,
    "\n  mutation StaffOverrideEligibility($applicationId: ID!, $eligible: Boolean!, $reason: String!) {\n    overrideEligibility(applicationId: $applicationId, eligible: $eligible, reason: $reason) {\n      id\n      status\n      ...StaffEligibility\n      ...StaffTimeline\n    }\n  }\n": types.StaffOverrideEligibilityDocument,
    "\n  mutation StaffRecheckEligibility($applicationId: ID!) {\n    recheckEligibility(applicationId: $applicationId) {\n      id\n      status\n      ...StaffEligibility\n      ...StaffTimeline\n    }\n  }\n": types.StaffRecheckEligibilityDocument,
    "\n  mutation StaffAdvanceToSpiritualEvaluation($applicationId: ID!, $note: String) {\n    advanceToSpiritualEvaluation(applicationId: $applicationId, note: $note) {\n      id\n      status\n      daysInStage\n      ...StaffEligibility\n      ...StaffSpiritualEvaluation\n      ...StaffTimeline\n    }\n  }\n": types.StaffAdvanceToSpiritualEvaluationDocument,
    "\n  fragment StaffInterview on Application {\n    id\n    status\n    program {\n      id\n      name\n    }\n    spiritualEvaluation {\n      scored\n    }\n    interview {\n      startsAt\n      endsAt\n      location\n      reschedules\n      cancelled\n      cancelledAt\n      completedAt\n      notes\n      score\n      officer {\n        id\n        displayName\n      }\n    }\n  }\n": types.StaffInterviewFragmentDoc,
    "\n  mutation StaffRecordInterview($applicationId: ID!, $notes: String!, $score: Int!) {\n    recordInterview(applicationId: $applicationId, notes: $notes, score: $score) {\n      id\n      status\n      daysInStage\n      ...StaffInterview\n      ...StaffDecision\n      ...StaffTimeline\n    }\n  }\n": types.StaffRecordInterviewDocument,
    "\n  mutation StaffBookInterview($applicationId: ID!, $slotId: ID!) {\n    bookInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      status\n      daysInStage\n      ...StaffInterview\n      ...StaffTimeline\n    }\n  }\n": types.StaffBookInterviewDocument,
    "\n  mutation StaffPublishInterviewSlots($programId: ID!, $slots: [InterviewSlotInput!]!) {\n    publishInterviewSlots(programId: $programId, slots: $slots) {\n      id\n    }\n  }\n": types.StaffPublishInterviewSlotsDocument,
    "\n  query StaffInterviewSlots($programId: ID!, $from: DateTime!, $to: DateTime!) {\n    interviewSlots(programId: $programId, from: $from, to: $to, first: 50) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          location\n          booked\n          officer {\n            id\n            displayName\n          }\n          bookedApplication {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.StaffInterviewSlotsDocument,
    "\n  fragment StaffSpiritualEvaluation on Application {\n    id\n    status\n    spiritualEvaluation {\n      submitted\n      submittedAt\n      scored\n      maxScore\n      totalScore\n      note\n      confirmedAt\n      confirmedBy {\n        id\n        displayName\n      }\n      questions {\n        id\n        prompt\n        answer\n      }\n      rubric {\n        id\n        title\n        description\n        maxPoints\n      }\n      scores {\n        points\n        criterion {\n          id\n        }\n      }\n      aiDraftRequestedAt\n      aiDraft {\n        totalPoints\n        summary\n        model\n        offline\n        draftedAt\n        scores {\n          points\n          comment\n          criterion {\n            id\n            title\n            maxPoints\n          }\n        }\n      }\n    }\n  }\n": types.StaffSpiritualEvaluationFragmentDoc,
    "\n  mutation StaffScoreSpiritualEvaluation($applicationId: ID!, $scores: [SpiritualScoreInput!]!, $note: String!) {\n    scoreSpiritualEvaluation(applicationId: $applicationId, scores: $scores, note: $note) {\n      id\n      status\n      ...StaffSpiritualEvaluation\n      ...StaffInterview\n      ...StaffTimeline\n    }\n  }\n": types.StaffScoreSpiritualEvaluationDocument,
    "\n  mutation StaffRequestSpiritualEvaluationDraft($applicationId: ID!) {\n    requestSpiritualEvaluationDraft(applicationId: $applicationId) {\n      id\n      ...StaffSpiritualEvaluation\n    }\n  }\n": types.StaffRequestSpiritualEvaluationDraftDocument,
    "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      decision\n      viewerRole\n      daysInStage\n      submittedAt\n      applicant {\n        id\n        displayName\n      }\n      personalDetails {\n        legalName\n      }\n      program {\n        id\n        name\n      }\n      intake {\n        id\n        term\n      }\n      ...StaffPersonalDetails\n      ...StaffEducation\n      ...StaffStatements\n      ...StaffDocuments\n      ...StaffReferences\n      ...StaffEligibility\n      ...StaffSpiritualEvaluation\n      ...StaffInterview\n      ...StaffAssignment\n      ...StaffNotes\n      ...StaffTimeline\n      ...StaffDecision\n    }\n  }\n": types.StaffApplicationDocument,
    "\n  fragment StaffAssignment on Application {\n    id\n    status\n    assignedOfficer {\n      id\n      displayName\n    }\n    program {\n      id\n      officers {\n        id\n        displayName\n      }\n    }\n  }\n": types.StaffAssignmentFragmentDoc,
    "\n  mutation StaffAssignApplication($applicationId: ID!, $officerId: ID) {\n    assignApplication(applicationId: $applicationId, officerId: $officerId) {\n      id\n      ...StaffAssignment\n    }\n  }\n": types.StaffAssignApplicationDocument,
    "\n  fragment StaffNotes on Application {\n    id\n    internalNotes(first: 50) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.StaffNotesFragmentDoc,
    "\n  mutation StaffAddApplicationNote($applicationId: ID!, $body: String!) {\n    addApplicationNote(applicationId: $applicationId, body: $body) {\n      id\n    }\n  }\n": types.StaffAddApplicationNoteDocument,
    "\n  fragment StaffTimeline on Application {\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      byPlatform\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.StaffTimelineFragmentDoc,
    "\n  fragment StaffDecision on Application {\n    id\n    status\n    decision\n    decidedAt\n    decisionRationale\n    intake {\n      id\n      term\n      capacity\n      acceptedCount\n      placesLeft\n    }\n  }\n": types.StaffDecisionFragmentDoc,
    "\n  mutation StaffDecideApplication($applicationId: ID!, $outcome: DecisionOutcome!, $rationale: String!) {\n    decideApplication(applicationId: $applicationId, outcome: $outcome, rationale: $rationale) {\n      id\n      status\n      daysInStage\n      ...StaffDecision\n      ...StaffAssignment\n      ...StaffTimeline\n    }\n  }\n": types.StaffDecideApplicationDocument,
    "\n  mutation StaffBulkAssign($applicationIds: [ID!]!, $officerId: ID!) {\n    bulkAssignApplications(applicationIds: $applicationIds, officerId: $officerId) {\n      applicationId\n      ok\n      errorCode\n      message\n    }\n  }\n": types.StaffBulkAssignDocument,
    "\n  mutation StaffBulkReject($applicationIds: [ID!]!, $rationale: String!) {\n    bulkDecideApplications(applicationIds: $applicationIds, outcome: rejected, rationale: $rationale) {\n      applicationId\n      ok\n      errorCode\n      message\n    }\n  }\n": types.StaffBulkRejectDocument,
    "\n  query StaffQueuePrograms {\n    myOfficerPrograms {\n      id\n      name\n    }\n  }\n": types.StaffQueueProgramsDocument,
    "\n  query StaffQueueCounts($programId: ID) {\n    admissionsQueueCounts(programId: $programId) {\n      status\n      count\n    }\n  }\n": types.StaffQueueCountsDocument,
    "\n  query StaffQueue($filter: AdmissionsQueueFilter, $first: Int, $after: String) {\n    admissionsQueue(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...QueueRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffQueueDocument,
    "\n  fragment QueueRow on Application {\n    id\n    status\n    decision\n    daysInStage\n    personalDetails {\n      legalName\n    }\n    applicant {\n      id\n      displayName\n    }\n    program {\n      id\n      name\n    }\n    intake {\n      id\n      term\n    }\n    assignedOfficer {\n      id\n      displayName\n    }\n  }\n": types.QueueRowFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationState_Application on Application {\n    id\n    status\n    daysInStage\n    submittedAt\n    program {\n      id\n      name\n      slug\n    }\n    intake {\n      id\n      term\n    }\n    ...DraftForm_Application\n    ...SubmittedView_Application\n  }\n"): (typeof documents)["\n  fragment ApplicationState_Application on Application {\n    id\n    status\n    daysInStage\n    submittedAt\n    program {\n      id\n      name\n      slug\n    }\n    intake {\n      id\n      term\n    }\n    ...DraftForm_Application\n    ...SubmittedView_Application\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationPage($id: ID!) {\n    application(id: $id) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  query ApplicationPage($id: ID!) {\n    application(id: $id) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentsStep_Application on Application {\n    id\n    documents {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentsStep_Application on Application {\n    id\n    documents {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadApplicationDocument($applicationId: ID!, $kind: ApplicationDocumentKind!, $fileName: String!, $contentType: String!, $dataBase64: String!) {\n    uploadApplicationDocument(applicationId: $applicationId, kind: $kind, fileName: $fileName, contentType: $contentType, dataBase64: $dataBase64) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UploadApplicationDocument($applicationId: ID!, $kind: ApplicationDocumentKind!, $fileName: String!, $contentType: String!, $dataBase64: String!) {\n    uploadApplicationDocument(applicationId: $applicationId, kind: $kind, fileName: $fileName, contentType: $contentType, dataBase64: $dataBase64) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveApplicationDocument($documentId: ID!) {\n    removeApplicationDocument(documentId: $documentId) {\n      id\n      ...DocumentsStep_Application\n      missingForSubmission {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveApplicationDocument($documentId: ID!) {\n    removeApplicationDocument(documentId: $documentId) {\n      id\n      ...DocumentsStep_Application\n      missingForSubmission {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftForm_Application on Application {\n    id\n    personalDetails {\n      legalName\n      dateOfBirth\n      phone\n      country\n      address\n    }\n    educationHistory {\n      institution\n      level\n      field\n      from\n      until\n      completed\n    }\n    statementOfFaith\n    personalStatement\n    missingForSubmission {\n      field\n      message\n    }\n    ...DocumentsStep_Application\n    ...RefereesStep_Application\n    ...ReviewStep_Application\n  }\n"): (typeof documents)["\n  fragment DraftForm_Application on Application {\n    id\n    personalDetails {\n      legalName\n      dateOfBirth\n      phone\n      country\n      address\n    }\n    educationHistory {\n      institution\n      level\n      field\n      from\n      until\n      completed\n    }\n    statementOfFaith\n    personalStatement\n    missingForSubmission {\n      field\n      message\n    }\n    ...DocumentsStep_Application\n    ...RefereesStep_Application\n    ...ReviewStep_Application\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      id\n      updatedAt\n      ...DraftForm_Application\n    }\n  }\n"): (typeof documents)["\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      id\n      updatedAt\n      ...DraftForm_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($applicationId: ID!, $feeWaiverCode: String) {\n    submitApplication(applicationId: $applicationId, feeWaiverCode: $feeWaiverCode) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($applicationId: ID!, $feeWaiverCode: String) {\n    submitApplication(applicationId: $applicationId, feeWaiverCode: $feeWaiverCode) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RefereesStep_Application on Application {\n    id\n    references {\n      id\n      refereeName\n      refereeEmail\n      relationship\n      status\n      invitedAt\n      expiresAt\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  fragment RefereesStep_Application on Application {\n    id\n    references {\n      id\n      refereeName\n      refereeEmail\n      relationship\n      status\n      invitedAt\n      expiresAt\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteReferee($applicationId: ID!, $refereeName: String!, $refereeEmail: String!, $relationship: String!) {\n    inviteReferee(applicationId: $applicationId, refereeName: $refereeName, refereeEmail: $refereeEmail, relationship: $relationship) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InviteReferee($applicationId: ID!, $refereeName: String!, $refereeEmail: String!, $relationship: String!) {\n    inviteReferee(applicationId: $applicationId, refereeName: $refereeName, refereeEmail: $refereeEmail, relationship: $relationship) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendRefereeInvite($referenceId: ID!) {\n    resendRefereeInvite(referenceId: $referenceId) {\n      id\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendRefereeInvite($referenceId: ID!) {\n    resendRefereeInvite(referenceId: $referenceId) {\n      id\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewStep_Application on Application {\n    id\n    fee {\n      amountCents\n      status\n    }\n    documents {\n      id\n      kind\n      fileName\n    }\n    references {\n      id\n      refereeName\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewStep_Application on Application {\n    id\n    fee {\n      amountCents\n      status\n    }\n    documents {\n      id\n      kind\n      fileName\n    }\n    references {\n      id\n      refereeName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionPanel_Application on Application {\n    id\n    status\n    decision\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment DecisionPanel_Application on Application {\n    id\n    status\n    decision\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEnrolment($applicationId: ID!) {\n    confirmEnrolment(applicationId: $applicationId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEnrolment($applicationId: ID!) {\n    confirmEnrolment(applicationId: $applicationId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EligibilityPanel_Application on Application {\n    id\n    eligibility {\n      eligible\n      source\n      reasons {\n        rule\n        met\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EligibilityPanel_Application on Application {\n    id\n    eligibility {\n      eligible\n      source\n      reasons {\n        rule\n        met\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeePanel_Application on Application {\n    id\n    fee {\n      amountCents\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment FeePanel_Application on Application {\n    id\n    fee {\n      amountCents\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayApplicationFee($applicationId: ID!, $idempotencyKey: String!) {\n    payApplicationFee(applicationId: $applicationId, paymentMethod: card, idempotencyKey: $idempotencyKey) {\n      checkout {\n        url\n        testMode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayApplicationFee($applicationId: ID!, $idempotencyKey: String!) {\n    payApplicationFee(applicationId: $applicationId, paymentMethod: card, idempotencyKey: $idempotencyKey) {\n      checkout {\n        url\n        testMode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterviewPanel_Application on Application {\n    id\n    status\n    spiritualEvaluation {\n      scored\n    }\n    interview {\n      startsAt\n      endsAt\n      location\n      reschedules\n      cancelled\n      cancelledAt\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  fragment InterviewPanel_Application on Application {\n    id\n    status\n    spiritualEvaluation {\n      scored\n    }\n    interview {\n      startsAt\n      endsAt\n      location\n      reschedules\n      cancelled\n      cancelledAt\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableInterviewSlots($applicationId: ID!) {\n    availableInterviewSlots(applicationId: $applicationId, first: 20) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          location\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AvailableInterviewSlots($applicationId: ID!) {\n    availableInterviewSlots(applicationId: $applicationId, first: 20) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          location\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookInterview($applicationId: ID!, $slotId: ID!) {\n    bookInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  mutation BookInterview($applicationId: ID!, $slotId: ID!) {\n    bookInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleInterview($applicationId: ID!, $slotId: ID!) {\n    rescheduleInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleInterview($applicationId: ID!, $slotId: ID!) {\n    rescheduleInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInterview($applicationId: ID!, $reason: String) {\n    cancelInterview(applicationId: $applicationId, reason: $reason) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  mutation CancelInterview($applicationId: ID!, $reason: String) {\n    cancelInterview(applicationId: $applicationId, reason: $reason) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionnairePanel_Application on Application {\n    id\n    status\n    spiritualEvaluation {\n      submitted\n      submittedAt\n      scored\n      questions {\n        id\n        prompt\n        guidance\n        maxLength\n        answer\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionnairePanel_Application on Application {\n    id\n    status\n    spiritualEvaluation {\n      submitted\n      submittedAt\n      scored\n      questions {\n        id\n        prompt\n        guidance\n        maxLength\n        answer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]!) {\n    saveSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]!) {\n    saveSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]) {\n    submitSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]) {\n    submitSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmittedView_Application on Application {\n    id\n    status\n    fee {\n      amountCents\n      status\n    }\n    spiritualEvaluation {\n      submitted\n      scored\n    }\n    interview {\n      startsAt\n    }\n    ...FeePanel_Application\n    ...EligibilityPanel_Application\n    ...QuestionnairePanel_Application\n    ...InterviewPanel_Application\n    ...DecisionPanel_Application\n    ...WithdrawPanel_Application\n    ...Timeline_Application\n  }\n"): (typeof documents)["\n  fragment SubmittedView_Application on Application {\n    id\n    status\n    fee {\n      amountCents\n      status\n    }\n    spiritualEvaluation {\n      submitted\n      scored\n    }\n    interview {\n      startsAt\n    }\n    ...FeePanel_Application\n    ...EligibilityPanel_Application\n    ...QuestionnairePanel_Application\n    ...InterviewPanel_Application\n    ...DecisionPanel_Application\n    ...WithdrawPanel_Application\n    ...Timeline_Application\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Timeline_Application on Application {\n    id\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      byPlatform\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Timeline_Application on Application {\n    id\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      byPlatform\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WithdrawPanel_Application on Application {\n    id\n    status\n  }\n"): (typeof documents)["\n  fragment WithdrawPanel_Application on Application {\n    id\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($applicationId: ID!, $reason: String) {\n    withdrawApplication(applicationId: $applicationId, reason: $reason) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($applicationId: ID!, $reason: String) {\n    withdrawApplication(applicationId: $applicationId, reason: $reason) {\n      id\n      ...ApplicationState_Application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationRow_Application on Application {\n    id\n    status\n    daysInStage\n    updatedAt\n    submittedAt\n    program {\n      id\n      name\n    }\n    intake {\n      id\n      term\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationRow_Application on Application {\n    id\n    status\n    daysInStage\n    updatedAt\n    submittedAt\n    program {\n      id\n      name\n    }\n    intake {\n      id\n      term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications {\n    myApplications(first: 50) {\n      edges {\n        node {\n          id\n          ...ApplicationRow_Application\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplications {\n    myApplications(first: 50) {\n      edges {\n        node {\n          id\n          ...ApplicationRow_Application\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EligibilityRules_ProgramEligibilityRules on ProgramEligibilityRules {\n    minimumAge\n    minimumEducation\n    prerequisiteCourses {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment EligibilityRules_ProgramEligibilityRules on ProgramEligibilityRules {\n    minimumAge\n    minimumEducation\n    prerequisiteCourses {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeCard_ProgramIntake on ProgramIntake {\n    id\n    term\n    startsOn\n    applicationDeadline\n    capacity\n    placesLeft\n    open\n  }\n"): (typeof documents)["\n  fragment IntakeCard_ProgramIntake on ProgramIntake {\n    id\n    term\n    startsOn\n    applicationDeadline\n    capacity\n    placesLeft\n    open\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartApplication($intakeId: ID!) {\n    startApplication(intakeId: $intakeId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartApplication($intakeId: ID!) {\n    startApplication(intakeId: $intakeId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramPage($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      kind\n      description\n      applicationFeeCents\n      eligibilityRules {\n        ...EligibilityRules_ProgramEligibilityRules\n      }\n      intakes(openOnly: true) {\n        id\n        ...IntakeCard_ProgramIntake\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramPage($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      kind\n      description\n      applicationFeeCents\n      eligibilityRules {\n        ...EligibilityRules_ProgramEligibilityRules\n      }\n      intakes(openOnly: true) {\n        id\n        ...IntakeCard_ProgramIntake\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramCard_Program on Program {\n    id\n    slug\n    name\n    kind\n    applicationFeeCents\n    intakes(openOnly: true) {\n      id\n      term\n      applicationDeadline\n      placesLeft\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramCard_Program on Program {\n    id\n    slug\n    name\n    kind\n    applicationFeeCents\n    intakes(openOnly: true) {\n      id\n      term\n      applicationDeadline\n      placesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenPrograms($first: Int!, $after: String) {\n    programs(filter: { openOnly: true }, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ProgramCard_Program\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenPrograms($first: Int!, $after: String) {\n    programs(filter: { openOnly: true }, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ProgramCard_Program\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMe {\n    me {\n      id\n      ...DashboardGreeting_user\n      ...DashboardMyCourses_user\n    }\n  }\n"): (typeof documents)["\n  query DashboardMe {\n    me {\n      id\n      ...DashboardGreeting_user\n      ...DashboardMyCourses_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDevotion($timezone: String!) {\n    ...DashboardTodayDevotion_query\n  }\n"): (typeof documents)["\n  query DashboardDevotion($timezone: String!) {\n    ...DashboardTodayDevotion_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWallet {\n    ...DashboardWalletBalance_query\n  }\n"): (typeof documents)["\n  query DashboardWallet {\n    ...DashboardWalletBalance_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNotifications {\n    ...DashboardRecentNotifications_query\n  }\n"): (typeof documents)["\n  query DashboardNotifications {\n    ...DashboardRecentNotifications_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardGreeting_user on User {\n    id\n    displayName\n  }\n"): (typeof documents)["\n  fragment DashboardGreeting_user on User {\n    id\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardMyCourses_user on User {\n    id\n    enrollments {\n      id\n      status\n      completedAt\n      course {\n        id\n        title\n      }\n      progress {\n        percent\n        completedItems\n        totalItems\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardMyCourses_user on User {\n    id\n    enrollments {\n      id\n      status\n      completedAt\n      course {\n        id\n        title\n      }\n      progress {\n        percent\n        completedItems\n        totalItems\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardRecentNotifications_query on Query {\n    myNotifications(first: 5) {\n      edges {\n        node {\n          id\n          kind\n          readAt\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardRecentNotifications_query on Query {\n    myNotifications(first: 5) {\n      edges {\n        node {\n          id\n          kind\n          readAt\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardTodayDevotion_query on Query {\n    todayDevotion(timezone: $timezone) {\n      id\n      title\n      passage {\n        id\n        reference\n      }\n      myCompletion {\n        completedAt\n      }\n    }\n    myDevotionStreak(timezone: $timezone) {\n      current\n      longest\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardTodayDevotion_query on Query {\n    todayDevotion(timezone: $timezone) {\n      id\n      title\n      passage {\n        id\n        reference\n      }\n      myCompletion {\n        completedAt\n      }\n    }\n    myDevotionStreak(timezone: $timezone) {\n      current\n      longest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardWalletBalance_query on Query {\n    wallet {\n      id\n      balance\n      pending\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardWalletBalance_query on Query {\n    wallet {\n      id\n      balance\n      pending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAccount($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterAccount($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($email: String!, $code: String!, $newPassword: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($email: String!, $code: String!, $newPassword: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($email: String!, $code: String!) {\n    verifyEmail(email: $email, code: $code)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($email: String!, $code: String!) {\n    verifyEmail(email: $email, code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationCode($email: String!) {\n    requestOtp(email: $email, purpose: verify_email)\n  }\n"): (typeof documents)["\n  mutation ResendVerificationCode($email: String!) {\n    requestOtp(email: $email, purpose: verify_email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNavPrograms {\n    myOfficerPrograms {\n      id\n    }\n  }\n"): (typeof documents)["\n  query StaffNavPrograms {\n    myOfficerPrograms {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffPersonalDetails on Application {\n    applicant {\n      id\n      displayName\n    }\n    personalDetails {\n      legalName\n      dateOfBirth\n      phone\n      country\n      address\n    }\n  }\n"): (typeof documents)["\n  fragment StaffPersonalDetails on Application {\n    applicant {\n      id\n      displayName\n    }\n    personalDetails {\n      legalName\n      dateOfBirth\n      phone\n      country\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffEducation on Application {\n    educationHistory {\n      institution\n      level\n      field\n      from\n      until\n      completed\n    }\n  }\n"): (typeof documents)["\n  fragment StaffEducation on Application {\n    educationHistory {\n      institution\n      level\n      field\n      from\n      until\n      completed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffStatements on Application {\n    statementOfFaith\n    personalStatement\n  }\n"): (typeof documents)["\n  fragment StaffStatements on Application {\n    statementOfFaith\n    personalStatement\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffDocuments on Application {\n    documents {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment StaffDocuments on Application {\n    documents {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffReferences on Application {\n    references {\n      id\n      refereeName\n      refereeEmail\n      relationship\n      status\n      invitedAt\n      expiresAt\n      submittedAt\n      response {\n        recommendation\n        answers {\n          questionId\n          question\n          answer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffReferences on Application {\n    references {\n      id\n      refereeName\n      refereeEmail\n      relationship\n      status\n      invitedAt\n      expiresAt\n      submittedAt\n      response {\n        recommendation\n        answers {\n          questionId\n          question\n          answer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffEligibility on Application {\n    id\n    status\n    eligibility {\n      eligible\n      source\n      checkedAt\n      reasons {\n        rule\n        met\n        detail\n      }\n      override {\n        eligible\n        reason\n        at\n        supersededCount\n        officer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffEligibility on Application {\n    id\n    status\n    eligibility {\n      eligible\n      source\n      checkedAt\n      reasons {\n        rule\n        met\n        detail\n      }\n      override {\n        eligible\n        reason\n        at\n        supersededCount\n        officer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffOverrideEligibility($applicationId: ID!, $eligible: Boolean!, $reason: String!) {\n    overrideEligibility(applicationId: $applicationId, eligible: $eligible, reason: $reason) {\n      id\n      status\n      ...StaffEligibility\n      ...StaffTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation StaffOverrideEligibility($applicationId: ID!, $eligible: Boolean!, $reason: String!) {\n    overrideEligibility(applicationId: $applicationId, eligible: $eligible, reason: $reason) {\n      id\n      status\n      ...StaffEligibility\n      ...StaffTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRecheckEligibility($applicationId: ID!) {\n    recheckEligibility(applicationId: $applicationId) {\n      id\n      status\n      ...StaffEligibility\n      ...StaffTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation StaffRecheckEligibility($applicationId: ID!) {\n    recheckEligibility(applicationId: $applicationId) {\n      id\n      status\n      ...StaffEligibility\n      ...StaffTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAdvanceToSpiritualEvaluation($applicationId: ID!, $note: String) {\n    advanceToSpiritualEvaluation(applicationId: $applicationId, note: $note) {\n      id\n      status\n      daysInStage\n      ...StaffEligibility\n      ...StaffSpiritualEvaluation\n      ...StaffTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation StaffAdvanceToSpiritualEvaluation($applicationId: ID!, $note: String) {\n    advanceToSpiritualEvaluation(applicationId: $applicationId, note: $note) {\n      id\n      status\n      daysInStage\n      ...StaffEligibility\n      ...StaffSpiritualEvaluation\n      ...StaffTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffInterview on Application {\n    id\n    status\n    program {\n      id\n      name\n    }\n    spiritualEvaluation {\n      scored\n    }\n    interview {\n      startsAt\n      endsAt\n      location\n      reschedules\n      cancelled\n      cancelledAt\n      completedAt\n      notes\n      score\n      officer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffInterview on Application {\n    id\n    status\n    program {\n      id\n      name\n    }\n    spiritualEvaluation {\n      scored\n    }\n    interview {\n      startsAt\n      endsAt\n      location\n      reschedules\n      cancelled\n      cancelledAt\n      completedAt\n      notes\n      score\n      officer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRecordInterview($applicationId: ID!, $notes: String!, $score: Int!) {\n    recordInterview(applicationId: $applicationId, notes: $notes, score: $score) {\n      id\n      status\n      daysInStage\n      ...StaffInterview\n      ...StaffDecision\n      ...StaffTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation StaffRecordInterview($applicationId: ID!, $notes: String!, $score: Int!) {\n    recordInterview(applicationId: $applicationId, notes: $notes, score: $score) {\n      id\n      status\n      daysInStage\n      ...StaffInterview\n      ...StaffDecision\n      ...StaffTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffBookInterview($applicationId: ID!, $slotId: ID!) {\n    bookInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      status\n      daysInStage\n      ...StaffInterview\n      ...StaffTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation StaffBookInterview($applicationId: ID!, $slotId: ID!) {\n    bookInterview(applicationId: $applicationId, slotId: $slotId) {\n      id\n      status\n      daysInStage\n      ...StaffInterview\n      ...StaffTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPublishInterviewSlots($programId: ID!, $slots: [InterviewSlotInput!]!) {\n    publishInterviewSlots(programId: $programId, slots: $slots) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StaffPublishInterviewSlots($programId: ID!, $slots: [InterviewSlotInput!]!) {\n    publishInterviewSlots(programId: $programId, slots: $slots) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInterviewSlots($programId: ID!, $from: DateTime!, $to: DateTime!) {\n    interviewSlots(programId: $programId, from: $from, to: $to, first: 50) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          location\n          booked\n          officer {\n            id\n            displayName\n          }\n          bookedApplication {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffInterviewSlots($programId: ID!, $from: DateTime!, $to: DateTime!) {\n    interviewSlots(programId: $programId, from: $from, to: $to, first: 50) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          location\n          booked\n          officer {\n            id\n            displayName\n          }\n          bookedApplication {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSpiritualEvaluation on Application {\n    id\n    status\n    spiritualEvaluation {\n      submitted\n      submittedAt\n      scored\n      maxScore\n      totalScore\n      note\n      confirmedAt\n      confirmedBy {\n        id\n        displayName\n      }\n      questions {\n        id\n        prompt\n        answer\n      }\n      rubric {\n        id\n        title\n        description\n        maxPoints\n      }\n      scores {\n        points\n        criterion {\n          id\n        }\n      }\n      aiDraftRequestedAt\n      aiDraft {\n        totalPoints\n        summary\n        model\n        offline\n        draftedAt\n        scores {\n          points\n          comment\n          criterion {\n            id\n            title\n            maxPoints\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffSpiritualEvaluation on Application {\n    id\n    status\n    spiritualEvaluation {\n      submitted\n      submittedAt\n      scored\n      maxScore\n      totalScore\n      note\n      confirmedAt\n      confirmedBy {\n        id\n        displayName\n      }\n      questions {\n        id\n        prompt\n        answer\n      }\n      rubric {\n        id\n        title\n        description\n        maxPoints\n      }\n      scores {\n        points\n        criterion {\n          id\n        }\n      }\n      aiDraftRequestedAt\n      aiDraft {\n        totalPoints\n        summary\n        model\n        offline\n        draftedAt\n        scores {\n          points\n          comment\n          criterion {\n            id\n            title\n            maxPoints\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffScoreSpiritualEvaluation($applicationId: ID!, $scores: [SpiritualScoreInput!]!, $note: String!) {\n    scoreSpiritualEvaluation(applicationId: $applicationId, scores: $scores, note: $note) {\n      id\n      status\n      ...StaffSpiritualEvaluation\n      ...StaffInterview\n      ...StaffTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation StaffScoreSpiritualEvaluation($applicationId: ID!, $scores: [SpiritualScoreInput!]!, $note: String!) {\n    scoreSpiritualEvaluation(applicationId: $applicationId, scores: $scores, note: $note) {\n      id\n      status\n      ...StaffSpiritualEvaluation\n      ...StaffInterview\n      ...StaffTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRequestSpiritualEvaluationDraft($applicationId: ID!) {\n    requestSpiritualEvaluationDraft(applicationId: $applicationId) {\n      id\n      ...StaffSpiritualEvaluation\n    }\n  }\n"): (typeof documents)["\n  mutation StaffRequestSpiritualEvaluationDraft($applicationId: ID!) {\n    requestSpiritualEvaluationDraft(applicationId: $applicationId) {\n      id\n      ...StaffSpiritualEvaluation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      decision\n      viewerRole\n      daysInStage\n      submittedAt\n      applicant {\n        id\n        displayName\n      }\n      personalDetails {\n        legalName\n      }\n      program {\n        id\n        name\n      }\n      intake {\n        id\n        term\n      }\n      ...StaffPersonalDetails\n      ...StaffEducation\n      ...StaffStatements\n      ...StaffDocuments\n      ...StaffReferences\n      ...StaffEligibility\n      ...StaffSpiritualEvaluation\n      ...StaffInterview\n      ...StaffAssignment\n      ...StaffNotes\n      ...StaffTimeline\n      ...StaffDecision\n    }\n  }\n"): (typeof documents)["\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      decision\n      viewerRole\n      daysInStage\n      submittedAt\n      applicant {\n        id\n        displayName\n      }\n      personalDetails {\n        legalName\n      }\n      program {\n        id\n        name\n      }\n      intake {\n        id\n        term\n      }\n      ...StaffPersonalDetails\n      ...StaffEducation\n      ...StaffStatements\n      ...StaffDocuments\n      ...StaffReferences\n      ...StaffEligibility\n      ...StaffSpiritualEvaluation\n      ...StaffInterview\n      ...StaffAssignment\n      ...StaffNotes\n      ...StaffTimeline\n      ...StaffDecision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAssignment on Application {\n    id\n    status\n    assignedOfficer {\n      id\n      displayName\n    }\n    program {\n      id\n      officers {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffAssignment on Application {\n    id\n    status\n    assignedOfficer {\n      id\n      displayName\n    }\n    program {\n      id\n      officers {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAssignApplication($applicationId: ID!, $officerId: ID) {\n    assignApplication(applicationId: $applicationId, officerId: $officerId) {\n      id\n      ...StaffAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation StaffAssignApplication($applicationId: ID!, $officerId: ID) {\n    assignApplication(applicationId: $applicationId, officerId: $officerId) {\n      id\n      ...StaffAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffNotes on Application {\n    id\n    internalNotes(first: 50) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffNotes on Application {\n    id\n    internalNotes(first: 50) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAddApplicationNote($applicationId: ID!, $body: String!) {\n    addApplicationNote(applicationId: $applicationId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StaffAddApplicationNote($applicationId: ID!, $body: String!) {\n    addApplicationNote(applicationId: $applicationId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTimeline on Application {\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      byPlatform\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffTimeline on Application {\n    timeline {\n      id\n      fromStatus\n      toStatus\n      at\n      byPlatform\n      note\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffDecision on Application {\n    id\n    status\n    decision\n    decidedAt\n    decisionRationale\n    intake {\n      id\n      term\n      capacity\n      acceptedCount\n      placesLeft\n    }\n  }\n"): (typeof documents)["\n  fragment StaffDecision on Application {\n    id\n    status\n    decision\n    decidedAt\n    decisionRationale\n    intake {\n      id\n      term\n      capacity\n      acceptedCount\n      placesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffDecideApplication($applicationId: ID!, $outcome: DecisionOutcome!, $rationale: String!) {\n    decideApplication(applicationId: $applicationId, outcome: $outcome, rationale: $rationale) {\n      id\n      status\n      daysInStage\n      ...StaffDecision\n      ...StaffAssignment\n      ...StaffTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation StaffDecideApplication($applicationId: ID!, $outcome: DecisionOutcome!, $rationale: String!) {\n    decideApplication(applicationId: $applicationId, outcome: $outcome, rationale: $rationale) {\n      id\n      status\n      daysInStage\n      ...StaffDecision\n      ...StaffAssignment\n      ...StaffTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffBulkAssign($applicationIds: [ID!]!, $officerId: ID!) {\n    bulkAssignApplications(applicationIds: $applicationIds, officerId: $officerId) {\n      applicationId\n      ok\n      errorCode\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation StaffBulkAssign($applicationIds: [ID!]!, $officerId: ID!) {\n    bulkAssignApplications(applicationIds: $applicationIds, officerId: $officerId) {\n      applicationId\n      ok\n      errorCode\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffBulkReject($applicationIds: [ID!]!, $rationale: String!) {\n    bulkDecideApplications(applicationIds: $applicationIds, outcome: rejected, rationale: $rationale) {\n      applicationId\n      ok\n      errorCode\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation StaffBulkReject($applicationIds: [ID!]!, $rationale: String!) {\n    bulkDecideApplications(applicationIds: $applicationIds, outcome: rejected, rationale: $rationale) {\n      applicationId\n      ok\n      errorCode\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffQueuePrograms {\n    myOfficerPrograms {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query StaffQueuePrograms {\n    myOfficerPrograms {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffQueueCounts($programId: ID) {\n    admissionsQueueCounts(programId: $programId) {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query StaffQueueCounts($programId: ID) {\n    admissionsQueueCounts(programId: $programId) {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffQueue($filter: AdmissionsQueueFilter, $first: Int, $after: String) {\n    admissionsQueue(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...QueueRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffQueue($filter: AdmissionsQueueFilter, $first: Int, $after: String) {\n    admissionsQueue(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...QueueRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueRow on Application {\n    id\n    status\n    decision\n    daysInStage\n    personalDetails {\n      legalName\n    }\n    applicant {\n      id\n      displayName\n    }\n    program {\n      id\n      name\n    }\n    intake {\n      id\n      term\n    }\n    assignedOfficer {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment QueueRow on Application {\n    id\n    status\n    decision\n    daysInStage\n    personalDetails {\n      legalName\n    }\n    applicant {\n      id\n      displayName\n    }\n    program {\n      id\n      name\n    }\n    intake {\n      id\n      term\n    }\n    assignedOfficer {\n      id\n      displayName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;