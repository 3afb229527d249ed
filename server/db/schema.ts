/** Kysely table types: snake_case, exactly as in migrations/. */
import type { Generated } from 'kysely';
// The statuses the dashboard shows too, so they are listed in the contract (migrations/0002).
import type { OutboxStatus } from '../distribution/contract.ts';
import type {
  ActionItemsTable,
  GoalsTable,
  ReviewChannelCountsTable,
  ReviewFinalCellsTable,
  ReviewFinalsTable,
  ReviewSettingsTable,
  RollupCountsTable,
} from './schema-reviews.ts';
import type {
  SmsClarificationsTable,
  SmsConversationsTable,
  SmsRepliesTable,
  WebhookEventsTable,
} from './schema-sms.ts';

export type * from './schema-reviews.ts';
export type * from './schema-sms.ts';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: 'admin' | 'analyst' | 'viewer';
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  name: string;
  created_at: string;
  /** Required since 0013: chosen at creation, at most a year on. */
  expires_at: string;
  /** The UTC day (YYYY-MM-DD) of last use, written at most once a day; null if never used. */
  last_used_on: string | null;
}

/** A single-use link to set one's password, for a staff account made by invitation (0008). */
export interface UserInvitesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** Failed sign-ins per keyed hash of a typed email or a client address (0010, server/auth/throttle.ts). */
export interface LoginThrottleTable {
  key_hash: string;
  failures: number;
  last_at: string;
  wait_until: string;
  attempt: string;
}

export interface PartnershipsTable {
  id: string;
  name: string;
  sector: string;
  region: string;
  time_zone: string;
  review_year: 'calendar' | 'program';
  min_group_size: Generated<number>;
  created_at: string;
  sms_window_start: Generated<string>;
  sms_window_end: Generated<string>;
  /** A phone (E.164) or an email for respondents' questions (0015); null until set. */
  help_contact: string | null;
  /** A page language (surveys/languages.ts): what a contact gets when a survey lacks theirs (0020). */
  fallback_language: Generated<string>;
  /** Days a contact's details are kept after their last campaign closes (0022); null: kept until erased. */
  contact_retention_days: number | null;
}

/** A native speaker's review of a language's texts, as a partnership recorded it (0020). */
export interface LanguageReviewsTable {
  partnership_id: string;
  /** 'words' (the respondent's words) or a built-in template's id (its translation). */
  subject: string;
  lang: string;
  reviewer_name: string;
  /** The staff account that recorded it; null once that account is deleted. */
  reviewed_by: string | null;
  /** YYYY-MM-DD. */
  reviewed_on: string;
}

export interface MembershipsTable {
  user_id: string;
  partnership_id: string;
  created_at: string;
  /** Set for an employer viewer: they see this organization's figures next to the whole sector's. */
  organization_id: string | null;
}

export interface OrganizationsTable {
  id: string;
  partnership_id: string;
  name: string;
  kind: string;
  created_at: string;
  /** Set when removed (0015): the row stays so past reviews keep its name; lists and pickers skip it. */
  removed_at: string | null;
}

export interface ContactsTable {
  id: string;
  partnership_id: string;
  organization_id: string | null;
  kind: 'worker' | 'employer' | 'partner';
  first_name: string;
  last_name: Generated<string>;
  email: string | null;
  phone: string | null;
  /** A tag of surveys/language-list.ts (0020; any known language, not only the page languages). */
  language: Generated<string>;
  /** 0001's language column with its en/es CHECK, moved aside by 0020 and 'en' on every row: never read. */
  language_0001: Generated<'en'>;
  attributes: Generated<string>;
  sms_consent: Generated<number>;
  created_at: string;
  sms_opted_out_at: string | null;
  email_opted_out_at: string | null;
  /** Set (a day) when erased (0014): the row stays, emptied, so counts of its invitations stay. */
  erased_on: string | null;
}

/** Opt-outs that outlive their contact, as keyed MACs of the phone or address (0014). */
export interface OptOutMarksTable {
  mac: string;
  channel: 'sms' | 'email';
}

export interface TemplateVersionsTable {
  template_id: string;
  version: number;
  kind: string;
  definition: string;
  fingerprint: string;
  published_at: string;
}

export interface OwnSurveysTable {
  template_id: string;
  partnership_id: string;
  kind: 'worker-voice' | 'employer-satisfaction' | 'partner-roi';
  name: string;
  based_on_id: string;
  based_on_version: number;
  line: string;
  draft: string | null;
  draft_saved_at: string | null;
  created_at: string;
}

export interface OwnSurveyVersionsTable {
  template_id: string;
  version: number;
  changes: string;
  published_by: string | null;
  published_at: string;
}

export interface CampaignsTable {
  id: string;
  partnership_id: string;
  name: string;
  template_id: string;
  template_version: number;
  period: string;
  audience: Generated<string>;
  segment_attributes: Generated<string>;
  opens_on: string;
  closes_on: string;
  status: Generated<'draft' | 'open' | 'closed'>;
  launched_at: string | null;
  open_link_hash: string | null;
  /** migrations/0007: the version the open link's token is derived from. */
  open_link_version: Generated<number>;
  open_link_hourly_limit: Generated<number>;
  open_link_total_limit: Generated<number>;
  created_at: string;
  channels: Generated<string>;
  reminder_days: Generated<string>;
  /** migrations/0023: how SMS invitations offer the survey, and a poster's keyword to text in. */
  sms_answers: Generated<'link' | 'text' | 'both'>;
  text_keyword: string | null;
}

export interface InvitationsTable {
  id: string;
  campaign_id: string;
  contact_id: string | null;
  token_hash: string;
  language: Generated<string>;
  segment: Generated<string>;
  completed: Generated<number>;
  minted_hour: string | null;
  minted_at: string | null;
  link_version: Generated<number>;
}

/** A printed card's short code, kept only as a keyed MAC, and the link version it opens (0018). */
export interface PrintedCodesTable {
  code_mac: string;
  invitation_id: string;
  link_version: number;
}

/** Wrong short codes per UTC hour, per client (a short keyed hash) and for everyone ('*') (0018). */
export interface CodeTriesTable {
  period: string;
  client: string;
  tries: number;
}

/** Tickets per client and window on open links, the client a short keyed hash (migrations/0011). */
export interface OpenLinkClientsTable {
  campaign_id: string;
  period: string;
  client: string;
  tickets: number;
  until_hour: string;
}

/** Release pool and sealed drafts (migrations/0009_release_pool.sql). */
export interface PendingAnswersTable {
  id: string;
  campaign_id: string;
  sealed: string;
}

export interface ReleasesTable {
  id: string;
  campaign_id: string;
  released_on: string;
  released: number;
  final: Generated<number>;
}

export interface SealedDraftsTable {
  id: string;
  campaign_id: string;
  sealed: string;
  saved_on: string;
  short_lived: Generated<number>;
}

export interface ResponsesTable {
  id: string;
  campaign_id: string;
  template_id: string;
  template_version: number;
  submitted_on: string;
  segment: Generated<string>;
  answers: string;
}

export interface OutboxTable {
  id: string;
  campaign_id: string;
  invitation_id: string;
  contact_id: string;
  channel: 'sms' | 'email';
  purpose: 'invitation' | 'reminder';
  sequence: Generated<number>;
  status: Generated<OutboxStatus>;
  due_at: string;
  attempts: Generated<number>;
  lease_until: string | null;
  provider_id: string | null;
  error_code: string | null;
  error_message: string | null;
}

export interface CampaignLaunchesTable {
  campaign_id: string;
  launched_at: string;
  total: number;
  done: Generated<number>;
  finished: Generated<number>;
}

/** A partnership's quarterly schedule for one template (migrations/0017). */
export interface CampaignSchedulesTable {
  id: string;
  partnership_id: string;
  template_id: string;
  name: string;
  audience: string;
  segment_attributes: string;
  channels: string;
  reminder_days: string;
  open_day: number;
  open_days: number;
  notice_days: number;
  active: number;
  starts_with: string;
  created_at: string;
  updated_at: string;
}

/** One quarter of a schedule: its notice, its campaign and launch, or why it failed (0017). */
export interface ScheduleRunsTable {
  schedule_id: string;
  period: string;
  opens_on: string;
  closes_on: string;
  notice_claimed_at: string | null;
  notice_sent_at: string | null;
  notice_recipients: number | null;
  campaign_id: string | null;
  launched_at: string | null;
  invited: number | null;
  attempts: Generated<number>;
  failed_at: string | null;
  failure: string | null;
  created_at: string;
}

/** The audit trail of staff actions (0021): appended, never updated; purged only past its keep time. */
export interface AuditLogTable {
  seq: Generated<number>;
  /** ISO instant to the second. */
  at: string;
  /** A users.id; null for background jobs and the command line. */
  actor_id: string | null;
  /** Who, readable: the user's email then, or 'system: <job>' / 'cli'. */
  actor: string;
  action: string;
  object_kind: string | null;
  object_id: string | null;
  partnership_id: string | null;
  /** JSON object. */
  detail: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  user_invites: UserInvitesTable;
  login_throttle: LoginThrottleTable;
  partnerships: PartnershipsTable;
  language_reviews: LanguageReviewsTable;
  memberships: MembershipsTable;
  organizations: OrganizationsTable;
  contacts: ContactsTable;
  opt_out_marks: OptOutMarksTable;
  template_versions: TemplateVersionsTable;
  own_surveys: OwnSurveysTable;
  own_survey_versions: OwnSurveyVersionsTable;
  campaigns: CampaignsTable;
  invitations: InvitationsTable;
  open_link_clients: OpenLinkClientsTable;
  printed_codes: PrintedCodesTable;
  code_tries: CodeTriesTable;
  sealed_drafts: SealedDraftsTable;
  pending_answers: PendingAnswersTable;
  releases: ReleasesTable;
  responses: ResponsesTable;
  outbox: OutboxTable;
  webhook_events: WebhookEventsTable;
  sms_clarifications: SmsClarificationsTable;
  sms_conversations: SmsConversationsTable;
  sms_replies: SmsRepliesTable;
  campaign_launches: CampaignLaunchesTable;
  campaign_schedules: CampaignSchedulesTable;
  schedule_runs: ScheduleRunsTable;
  rollup_counts: RollupCountsTable;
  review_channel_counts: ReviewChannelCountsTable;
  review_settings: ReviewSettingsTable;
  goals: GoalsTable;
  action_items: ActionItemsTable;
  review_finals: ReviewFinalsTable;
  review_final_cells: ReviewFinalCellsTable;
  audit_log: AuditLogTable;
}
