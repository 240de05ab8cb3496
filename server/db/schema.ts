import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { NETWORK_ROLES } from '../../shared/schemas/membership.ts';
import { NETWORK_STATUSES, OUTCOME_AREAS } from '../../shared/schemas/network.ts';
import type { PlanSnapshot } from '../../shared/domain/plan.ts';
import type { CharterContent } from '../../shared/schemas/charter.ts';
import { MEETING_EVENT_KINDS } from '../../shared/domain/meeting-events.ts';
import { SECTORS } from '../../shared/schemas/organization.ts';
import { ACTION_STATUSES, NODE_KINDS } from '../../shared/schemas/plan.ts';
import { CARRIED_OUT, CYCLE_STAGES, DECISIONS, type CycleQuestion } from '../../shared/schemas/cycle.ts';
import { FREQUENCIES } from '../../shared/domain/period.ts';
import { CHART_TYPES } from '../../shared/qi/chart-types.ts';
import { POLARITIES, RULE_SETS } from '../../shared/qi/verdict.ts';
import { MEASURE_KINDS, UNITS } from '../../shared/schemas/indicator.ts';
import { REPORT_SECTIONS, type Narrative, type ReportDocument } from '../../shared/report/content.ts';
import { DELIVERIES, MAIL_KINDS, MAIL_STATUSES, NOTIFICATION_EVENTS, type MailPayload } from '../../shared/schemas/notification.ts';

const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
const createdAt = () => timestamp('created_at').notNull().default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () => timestamp('updated_at').notNull().default(sql`(unixepoch('subsec') * 1000)`);

// --- Identity: the four tables better-auth's drizzle adapter reads and writes. ---------------

export const user = sqliteTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
  /** Backbone staff: read every network, write nothing inside one. */
  partnershipStaff: integer('partnership_staff', { mode: 'boolean' }).notNull().default(false),
  /** The language the person chose for Needle; null follows their browser. */
  language: text('language'),
  /** Weekly digest email: what needs the person and what happened in their networks. */
  weeklyDigest: integer('weekly_digest', { mode: 'boolean' }).notNull().default(false),
  digestSentAt: timestamp('digest_sent_at'),
  /** The secret in the address of the person's calendar feed; null until they ask for one. */
  calendarToken: text('calendar_token').unique(),
  deactivatedAt: timestamp('deactivated_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = sqliteTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at').notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

export const account = sqliteTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at'),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('account_user_idx').on(t.userId)],
);

export const verification = sqliteTable('verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// --- Networks and people ----------------------------------------------------------------------

export const network = sqliteTable('network', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  outcomeArea: text('outcome_area', { enum: OUTCOME_AREAS }).notNull(),
  status: text('status', { enum: NETWORK_STATUSES }).notNull(),
  publicReport: integer('public_report', { mode: 'boolean' }).notNull().default(false),
  /** The lead's choice: the network's change ideas and their cycles' learnings are in the partnership's learning library. */
  sharesLearning: integer('shares_learning', { mode: 'boolean' }).notNull().default(false),
  /** Counts saves of the details above (name, outcome area, status), so two editors cannot overwrite each other. */
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The partnership above the networks: one row (id 1), set by site admins. */
export const partnership = sqliteTable('partnership', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** The community it serves, in its own words ("the Eastside and Northgate neighbourhoods"). */
  community: text('community').notNull().default(''),
  /** A PNG, JPEG or WebP image, its bytes as uploaded; null for none. */
  logo: blob('logo', { mode: 'buffer' }),
  logoType: text('logo_type'),
  /** Web origins that may embed the public pages in a frame, beside NEEDLE_EMBED_ORIGINS. */
  embedOrigins: text('embed_origins', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});

export const partnerOrganization = sqliteTable('partner_organization', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  sector: text('sector', { enum: SECTORS }).notNull(),
  createdAt: createdAt(),
});

export const membership = sqliteTable(
  'membership',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role', { enum: NETWORK_ROLES }).notNull(),
    partnerOrganizationId: integer('partner_organization_id').references(() => partnerOrganization.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('membership_network_user_uq').on(t.networkId, t.userId), index('membership_user_idx').on(t.userId)],
);

export const invitation = sqliteTable(
  'invitation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    // Only a hash of the token is kept: the link itself is shown once, to its creator.
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role', { enum: NETWORK_ROLES }).notNull(),
    maxUses: integer('max_uses').notNull(),
    useCount: integer('use_count').notNull().default(0),
    note: text('note'),
    expiresAt: timestamp('expires_at').notNull(),
    revokedAt: timestamp('revoked_at'),
    createdById: text('created_by_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('invitation_network_idx').on(t.networkId)],
);

// --- Charter ----------------------------------------------------------------------------------

/** Every save of a network's charter is a new numbered version; none is ever changed. */
export const charterVersion = sqliteTable(
  'charter_version',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    // 1, 2, 3 … per network. The unique index makes two saves against the same base collide.
    number: integer('number').notNull(),
    content: text('content', { mode: 'json' }).$type<CharterContent>().notNull(),
    changeNote: text('change_note').notNull(),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('charter_version_network_number_uq').on(t.networkId, t.number)],
);

/** A lead's decision on a version: ratified (it becomes the charter in force) or returned with a comment. */
export const charterReview = sqliteTable(
  'charter_review',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    decision: text('decision', { enum: ['ratified', 'returned'] }).notNull(),
    comment: text('comment'),
    reviewerId: text('reviewer_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('charter_review_network_idx').on(t.networkId, t.id)],
);

// --- Action plan ------------------------------------------------------------------------------

/** One per network: its version counts every change to the diagram and the actions' definitions. */
export const actionPlan = sqliteTable('action_plan', {
  networkId: integer('network_id')
    .primaryKey()
    .references(() => network.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(0),
  updatedAt: updatedAt(),
});

/** A driver diagram node: primary driver, secondary driver or change idea. Retired, never deleted. */
export const driverNode = sqliteTable(
  'driver_node',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    kind: text('kind', { enum: NODE_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull(),
    retiredAt: timestamp('retired_at'),
    /** A change idea copied from another network's learning library: the idea it came from, and that network's name then, for the credit. */
    sourceNodeId: integer('source_node_id'),
    sourceNetworkName: text('source_network_name'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('driver_node_network_idx').on(t.networkId, t.parentId, t.position)],
);

export const planAction = sqliteTable(
  'plan_action',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    nodeId: integer('node_id').references(() => driverNode.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    ownerId: text('owner_id').references(() => user.id, { onDelete: 'set null' }),
    partnerOrganizationId: integer('partner_organization_id').references(() => partnerOrganization.id, { onDelete: 'set null' }),
    startDate: text('start_date'),
    dueDate: text('due_date'),
    status: text('status', { enum: ACTION_STATUSES }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plan_action_network_idx').on(t.networkId), index('plan_action_owner_idx').on(t.ownerId)],
);

/** Progress notes over time; a status change is recorded with the note that explains it. */
export const actionNote = sqliteTable(
  'action_note',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actionId: integer('action_id')
      .notNull()
      .references(() => planAction.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    body: text('body').notNull().default(''),
    statusFrom: text('status_from', { enum: ACTION_STATUSES }),
    statusTo: text('status_to', { enum: ACTION_STATUSES }),
    createdAt: createdAt(),
  },
  (t) => [index('action_note_action_idx').on(t.actionId, t.id)],
);

/** Submissions and a lead's decisions. An approval keeps the plan as it was, as a snapshot. */
export const planReview = sqliteTable(
  'plan_review',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['submitted', 'approved', 'changes_requested'] }).notNull(),
    planVersion: integer('plan_version').notNull(),
    note: text('note'),
    snapshot: text('snapshot', { mode: 'json' }).$type<PlanSnapshot>(),
    byId: text('by_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('plan_review_network_idx').on(t.networkId, t.id)],
);

/** A lead's comment on a review: about the whole plan, a node, or an action. */
export const planReviewComment = sqliteTable('plan_review_comment', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  reviewId: integer('review_id')
    .notNull()
    .references(() => planReview.id, { onDelete: 'cascade' }),
  target: text('target', { enum: ['plan', 'node', 'action'] }).notNull(),
  targetId: integer('target_id'),
  body: text('body').notNull(),
});

// --- Meetings and PDSA cycles -----------------------------------------------------------------

export const meeting = sqliteTable(
  'meeting',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    /** The client's own id for the new record: a retried create finds it instead of adding a second. */
    clientId: text('client_id').notNull().unique(),
    title: text('title').notNull(),
    date: text('date').notNull(),
    guestCount: integer('guest_count').notNull().default(0),
    agenda: text('agenda').notNull().default(''),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    /** When the facilitator started running it (meeting mode): the agenda's clock counts from here. */
    startedAt: timestamp('started_at'),
    /** When the facilitator closed it: no more check-ins; the minutes are drafted into the notes. */
    closedAt: timestamp('closed_at'),
    createdById: text('created_by_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('meeting_network_idx').on(t.networkId, t.date)],
);

/** Someone who came but is not a member, added by name at the door; counted with the guests. */
export const meetingGuest = sqliteTable(
  'meeting_guest',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull().unique(),
    name: text('name').notNull(),
    addedById: text('added_by_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_guest_meeting_idx').on(t.meetingId)],
);

/** What the meeting decided, written down as it was decided. */
export const meetingDecision = sqliteTable(
  'meeting_decision',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull().unique(),
    text: text('text').notNull(),
    createdById: text('created_by_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_decision_meeting_idx').on(t.meetingId)],
);

/**
 * What changed at a meeting, in order, for the live board: written in the transaction of the
 * change, so a stream that resumes after an id misses nothing and sees nothing uncommitted.
 */
export const meetingEvent = sqliteTable(
  'meeting_event',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MEETING_EVENT_KINDS }).notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, string | number | null>>().notNull().default(sql`'{}'`),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_event_meeting_idx').on(t.meetingId, t.id)],
);

export const meetingAttendee = sqliteTable(
  'meeting_attendee',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** A series of cycles testing one change idea, each at a larger scale. */
export const ramp = sqliteTable(
  'ramp',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ramp_network_idx').on(t.networkId)],
);

export const pdsaCycle = sqliteTable(
  'pdsa_cycle',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull().unique(),
    title: text('title').notNull(),
    stage: text('stage', { enum: CYCLE_STAGES }).notNull().default('plan'),
    changeIdeaId: integer('change_idea_id').references(() => driverNode.id, { onDelete: 'set null' }),
    ownerId: text('owner_id').references(() => user.id, { onDelete: 'set null' }),
    partnerOrganizationId: integer('partner_organization_id').references(() => partnerOrganization.id, { onDelete: 'set null' }),
    site: text('site').notNull().default(''),
    meetingId: integer('meeting_id').references(() => meeting.id, { onDelete: 'set null' }),
    rampId: integer('ramp_id').references(() => ramp.id, { onDelete: 'set null' }),
    rampNumber: integer('ramp_number'),
    scale: text('scale').notNull().default(''),
    startDate: text('start_date'),
    endDate: text('end_date'),
    /** The server's calendar day when the cycle was logged: its date when no start date is given. */
    loggedOn: text('logged_on').notNull(),
    objective: text('objective').notNull().default(''),
    questions: text('questions', { mode: 'json' }).$type<CycleQuestion[]>().notNull().default(sql`'[]'`),
    planWho: text('plan_who').notNull().default(''),
    planWhat: text('plan_what').notNull().default(''),
    planWhen: text('plan_when').notNull().default(''),
    planWhere: text('plan_where').notNull().default(''),
    dataCollection: text('data_collection').notNull().default(''),
    carriedOut: text('carried_out', { enum: CARRIED_OUT }),
    whatHappened: text('what_happened').notNull().default(''),
    observations: text('observations').notNull().default(''),
    surprises: text('surprises').notNull().default(''),
    learning: text('learning').notNull().default(''),
    decision: text('decision', { enum: DECISIONS }),
    nextSteps: text('next_steps').notNull().default(''),
    /** Logged with the quick-log form; to be completed. */
    quickLog: integer('quick_log', { mode: 'boolean' }).notNull().default(false),
    /** Fixed when the cycle first reaches Do: did every question carry a prediction then? */
    predictedBeforeDo: integer('predicted_before_do', { mode: 'boolean' }),
    version: integer('version').notNull().default(1),
    createdById: text('created_by_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('pdsa_cycle_network_idx').on(t.networkId, t.loggedOn),
    // The cycle list's order (newest by the cycle's date): read in index order, a page stops after
    // its rows instead of joining and sorting the network's every cycle.
    index('pdsa_cycle_date_idx').on(t.networkId, sql`coalesce(${t.startDate}, ${t.loggedOn}) desc`, sql`${t.id} desc`),
    index('pdsa_cycle_change_idea_idx').on(t.changeIdeaId),
    index('pdsa_cycle_meeting_idx').on(t.meetingId),
    uniqueIndex('pdsa_cycle_ramp_number_uq').on(t.rampId, t.rampNumber),
  ],
);

export const cycleCoOwner = sqliteTable(
  'cycle_co_owner',
  {
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => pdsaCycle.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.userId] }), index('cycle_co_owner_user_idx').on(t.userId)],
);

// --- The indicator ----------------------------------------------------------------------------

/**
 * A measure the network tracks: what it measures and how, its baseline and target, and how it is
 * charted. Every network has at most one `outcome`, the community-level indicator it exists to move
 * ("the needle"); beside it any number of contributing indicators, process measures and balancing
 * measures, all kept and analysed by the same code. (The code calls every measure an indicator.)
 */
export const indicator = sqliteTable(
  'indicator',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MEASURE_KINDS }).notNull().default('outcome'),
    /** A contributing indicator's outcome: the measure it helps to move. */
    contributesToId: integer('contributes_to_id').references((): AnySQLiteColumn => indicator.id, { onDelete: 'set null' }),
    /** Shown in published reports and on the public page (the outcome always is). */
    isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(false),
    /** Order among the network's measures of its kind. */
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    definition: text('definition').notNull().default(''),
    isProportion: integer('is_proportion', { mode: 'boolean' }).notNull(),
    numeratorLabel: text('numerator_label').notNull().default(''),
    denominatorLabel: text('denominator_label').notNull().default(''),
    unit: text('unit', { enum: UNITS }).notNull(),
    ratePer: integer('rate_per'),
    polarity: text('polarity', { enum: POLARITIES }).notNull(),
    dataSource: text('data_source').notNull().default(''),
    frequency: text('frequency', { enum: FREQUENCIES }).notNull(),
    baselinePeriod: text('baseline_period'),
    baselineValue: real('baseline_value'),
    targetValue: real('target_value'),
    targetDate: text('target_date'),
    minGroupSize: integer('min_group_size').notNull().default(10),
    chartType: text('chart_type', { enum: CHART_TYPES }).notNull().default('run'),
    ruleSet: text('rule_set', { enum: RULE_SETS }).notNull().default('anhoej'),
    baselineThrough: text('baseline_through'),
    phases: text('phases', { mode: 'json' }).$type<{ start: string; label: string }[]>().notNull().default(sql`'[]'`),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('indicator_network_idx').on(t.networkId), uniqueIndex('indicator_outcome_uq').on(t.networkId).where(sql`kind = 'outcome'`)],
);

/** A way to split the population (race and ethnicity, income, school …); its groups are compared. */
export const indicatorDimension = sqliteTable(
  'indicator_dimension',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('indicator_dimension_indicator_idx').on(t.indicatorId)],
);

export const indicatorGroup = sqliteTable('indicator_group', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  dimensionId: integer('dimension_id')
    .notNull()
    .references(() => indicatorDimension.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  position: integer('position').notNull(),
});

/** One period for the whole population (groupKey 0) or one group: a value, or a numerator and denominator. */
export const measurement = sqliteTable(
  'measurement',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    groupId: integer('group_id').references(() => indicatorGroup.id, { onDelete: 'cascade' }),
    /** groupId, or 0 for the whole population: SQLite's unique index treats NULLs as all different. */
    groupKey: integer('group_key').notNull(),
    value: real('value'),
    numerator: real('numerator'),
    denominator: real('denominator'),
    note: text('note').notNull().default(''),
    enteredById: text('entered_by_id').references(() => user.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('measurement_period_group_uq').on(t.indicatorId, t.period, t.groupKey)],
);

/** A measure that tracks a driver or change idea of the plan (a process measure names the ideas it follows). */
export const indicatorNode = sqliteTable(
  'indicator_node',
  {
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    nodeId: integer('node_id')
      .notNull()
      .references(() => driverNode.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.nodeId] }), index('indicator_node_node_idx').on(t.nodeId)],
);

/** A measure a PDSA cycle expects to move. */
export const cycleIndicator = sqliteTable(
  'cycle_indicator',
  {
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => pdsaCycle.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.indicatorId] }), index('cycle_indicator_indicator_idx').on(t.indicatorId)],
);

// --- Progress reports -------------------------------------------------------------------------

/**
 * A progress report being composed: the period and the facilitator's words and choices. Its
 * numbers are assembled from the data whenever it is shown; publishing freezes them.
 */
export const report = sqliteTable(
  'report',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    /** The IANA time zone the period's days are counted in. */
    timeZone: text('time_zone').notNull(),
    narrative: text('narrative', { mode: 'json' }).$type<Narrative>().notNull(),
    featuredCycleIds: text('featured_cycle_ids', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    hidden: text('hidden', { mode: 'json' }).$type<(typeof REPORT_SECTIONS)[number][]>().notNull().default(sql`'[]'`),
    /** Counts every save of the draft: a save from an older one is a conflict. */
    version: integer('version').notNull().default(1),
    createdById: text('created_by_id').references(() => user.id, { onDelete: 'set null' }),
    updatedById: text('updated_by_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('report_network_idx').on(t.networkId, t.periodTo)],
);

/** A published version: the whole document, frozen. Corrections add a version with a note. */
export const reportVersion = sqliteTable(
  'report_version',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => report.id, { onDelete: 'cascade' }),
    networkId: integer('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    /** The draft version that was published. */
    draftVersion: integer('draft_version').notNull(),
    document: text('document', { mode: 'json' }).$type<ReportDocument>().notNull(),
    note: text('note').notNull().default(''),
    /** The language this version was published in; a version can be published in each language. */
    language: text('language').notNull().default('en'),
    publishedById: text('published_by_id').references(() => user.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at').notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex('report_version_number_uq').on(t.reportId, t.number, t.language), index('report_version_network_idx').on(t.networkId)],
);

// --- Operations -------------------------------------------------------------------------------

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    networkId: integer('network_id').references(() => network.id, { onDelete: 'set null' }),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_network_idx').on(t.networkId, t.id)],
);

export const signInFailure = sqliteTable(
  'sign_in_failure',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: timestamp('at').notNull(),
  },
  (t) => [index('sign_in_failure_key_idx').on(t.key, t.at)],
);

export const instanceSetting = sqliteTable('instance_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// --- Notifications and mail -------------------------------------------------------------------

export const notification = sqliteTable(
  'notification',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    networkId: integer('network_id').references(() => network.id, { onDelete: 'cascade' }),
    event: text('event', { enum: NOTIFICATION_EVENTS }).notNull(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
    /** What the sentence names (titles, names, the new stage) as it was when it happened. */
    detail: text('detail', { mode: 'json' }).$type<Record<string, string | number>>().notNull().default({}),
    /** Where it leads: a path inside Needle. */
    link: text('link').notNull(),
    createdAt: createdAt(),
    readAt: timestamp('read_at'),
  },
  (t) => [index('notification_user_idx').on(t.userId, t.id), index('notification_unread_idx').on(t.userId, t.readAt)],
);

/** A person's choice for one event; an event without a row takes the default (EMAILED_BY_DEFAULT). */
export const notificationPreference = sqliteTable(
  'notification_preference',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    event: text('event', { enum: NOTIFICATION_EVENTS }).notNull(),
    delivery: text('delivery', { enum: DELIVERIES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.event] })],
);

/**
 * Every email Needle sends, written in the transaction of the change that causes it (so a change
 * that rolls back sends nothing) and sent by the mail worker (server/mail/worker.ts). The row holds
 * what the email is about; the worker writes it in the recipient's language when it sends, with
 * the site's address and a signed unsubscribe link, which the services that cause it do not know.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    to: text('to').notNull(),
    kind: text('kind', { enum: MAIL_KINDS }).notNull(),
    payload: text('payload', { mode: 'json' }).$type<MailPayload>().notNull(),
    /** As it was written at the last try, for the administrators' view. */
    subject: text('subject'),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at').notNull().default(sql`(unixepoch('subsec') * 1000)`),
    lastError: text('last_error'),
    claimedAt: timestamp('claimed_at'),
    sentAt: timestamp('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);

// --- Writes replayed from a device's outbox ---------------------------------------------------

/**
 * The first answer to a queued update, kept under the id the device gave the write, so a replay
 * of a write that already landed (the answer was lost to bad wifi) gets that answer again instead
 * of a version conflict with itself. Per person: another person's id is simply a new write.
 */
export const writeReceipt = sqliteTable(
  'write_receipt',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    writeId: text('write_id').notNull(),
    procedure: text('procedure').notNull(),
    result: text('result', { mode: 'json' }).notNull().$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.writeId] })],
);
