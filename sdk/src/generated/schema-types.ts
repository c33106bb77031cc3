export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON. */
  JSON: { input: unknown; output: unknown; }
};

/** A new session: a short-lived access token and the refresh token that renews it. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single use: each refresh returns a new one. Lives 30 days. */
  refreshToken: Scalars['String']['output'];
  user: User;
};

export type CreateSchoolInput = {
  /** Two-letter country code, e.g. CA. */
  country?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
  /** URL name; derived from the name when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** A mail kept by the development mailbox (dev mode only). */
export type DevMail = {
  __typename?: 'DevMail';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an admin or teacher. Allowed for the school’s admins and platform admins. */
  addSchoolMember: School;
  /** Changes your password and signs out every session; sign in again with the new one. */
  changePassword: Scalars['Boolean']['output'];
  /** Platform admins only. */
  createSchool: School;
  /** Switches your account off and signs you out everywhere. Your data stays. */
  deactivateAccount: Scalars['Boolean']['output'];
  /** Deletes your account: personal data is erased, sessions end, other services are told. */
  deleteMyAccount: Scalars['Boolean']['output'];
  /** Admins only: gives a person a platform role. */
  grantRole: User;
  /** Signs in. Five failures in 15 minutes (per account and per address) answer RATE_LIMITED. */
  login: AuthPayload;
  /** Ends the session the refresh token belongs to. Always true. */
  logout: Scalars['Boolean']['output'];
  /** Trades a refresh token for a new session. A token works once; reusing one ends the session. */
  refreshToken: AuthPayload;
  /** Creates an account and mails a verification code. */
  register: RegisterPayload;
  /** Removes an admin or teacher. Allowed for the school’s admins and platform admins. */
  removeSchoolMember: School;
  /** Mails a new email-verification code if the address has an unverified account. Always true. */
  requestOtp: Scalars['Boolean']['output'];
  /** Asks to be linked as the parent of the account with this email; the child confirms. */
  requestParentLink: ParentLink;
  /** Mails a reset code if the email has an account. Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sets a new password with the mailed code and signs out every session. */
  resetPassword: Scalars['Boolean']['output'];
  /** The child confirms (accept: true) or declines a pending request. */
  respondToParentLink: ParentLink;
  /** Admins only: takes a platform role away. An admin cannot remove their own admin role. */
  revokeRole: User;
  updateProfile: User;
  /** Sets your picture: PNG, JPEG or WebP up to 2 MB, sent as base64. */
  uploadAvatar: User;
  /** Confirms the email address with the mailed 6-digit code. */
  verifyEmail: Scalars['Boolean']['output'];
};


export type MutationAddSchoolMemberArgs = {
  role: SchoolRole;
  schoolId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


export type MutationDeactivateAccountArgs = {
  password: Scalars['String']['input'];
};


export type MutationDeleteMyAccountArgs = {
  password: Scalars['String']['input'];
};


export type MutationGrantRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveSchoolMemberArgs = {
  role: SchoolRole;
  schoolId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRequestOtpArgs = {
  email: Scalars['String']['input'];
  purpose?: OtpPurpose;
};


export type MutationRequestParentLinkArgs = {
  childEmail: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationRespondToParentLinkArgs = {
  accept: Scalars['Boolean']['input'];
  linkId: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUploadAvatarArgs = {
  contentType: Scalars['String']['input'];
  dataBase64: Scalars['String']['input'];
};


export type MutationVerifyEmailArgs = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
};

export type OtpPurpose =
  /** Proves the person owns the email they registered with. */
  | 'verify_email';

export type ParentLink = {
  __typename?: 'ParentLink';
  child: User;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  parent: User;
  status: ParentLinkStatus;
};

export type ParentLinkStatus =
  | 'confirmed'
  | 'declined'
  /** Waiting for the child to answer. */
  | 'pending';

export type Query = {
  __typename?: 'Query';
  /** Dev mode only: the newest mails sent to this address. In production the gateway treats it as an unknown field and the subgraph refuses it (FORBIDDEN). */
  devMailbox: Array<DevMail>;
  /** Everything the users service holds about you, as JSON (no password or code hashes). */
  exportMyData: Scalars['JSON']['output'];
  /** The signed-in person, or null when anonymous. */
  me?: Maybe<User>;
  /** Pending and confirmed links where you are the parent or the child. */
  myParentLinks: Array<ParentLink>;
  school?: Maybe<School>;
  /** Anyone may look a person up; the private fields still check who is asking. */
  user?: Maybe<User>;
};


export type QueryDevMailboxArgs = {
  email: Scalars['String']['input'];
};


export type QuerySchoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type RegisterInput = {
  /** Two-letter country code, e.g. CA. */
  country?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** School grade, 6 to 12. */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Language tag, e.g. en-CA. Defaults to en. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** At least 8 characters with an uppercase letter, a lowercase letter and a digit. */
  password: Scalars['String']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, e.g. America/Toronto. Defaults to UTC. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** The same answer whether or not the email already had an account, so accounts cannot be discovered. */
export type RegisterPayload = {
  __typename?: 'RegisterPayload';
  message: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
};

export type Role =
  | 'admin'
  | 'admissions_officer'
  | 'instructor'
  | 'parent'
  | 'school_admin'
  | 'student';

export type School = {
  __typename?: 'School';
  country?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Admins and teachers; visible to this school’s admins and platform admins. */
  members: Array<SchoolMembership>;
  name: Scalars['String']['output'];
  province?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
};

export type SchoolMembership = {
  __typename?: 'SchoolMembership';
  role: SchoolRole;
  school: School;
  user: User;
};

export type SchoolRole =
  /** Manages the school and its members. */
  | 'admin'
  /** Teaches at the school. */
  | 'teacher';

/** Leave a field out to keep it; send null to clear phone, grade, country or province. */
export type UpdateProfileInput = {
  /** Two-letter country code, e.g. CA. */
  country?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** School grade, 6 to 12. */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Language tag, e.g. en-CA. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** With country code, e.g. +1 416 555 0100. */
  phone?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, e.g. America/Toronto. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** A person on ScrollForge. Email, phone, family and schools are visible only to the person and admins. */
export type User = {
  __typename?: 'User';
  /** A signed link to the avatar image, valid for an hour. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Confirmed children of this person. */
  children: Array<User>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  grade?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  /** Confirmed parents of this person. */
  parents: Array<User>;
  phone?: Maybe<Scalars['String']['output']>;
  province?: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  schools: Array<SchoolMembership>;
  timezone: Scalars['String']['output'];
};
