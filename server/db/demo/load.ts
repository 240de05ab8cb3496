// `npm run demo`: loads a realistic demo partnership into the configured database (NEEDLE_DB_PATH,
// default data/needle.db) and prints the sign-ins. Safe to run twice: it stops if the demo is there.
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { NetworkRole } from '../../../shared/schemas/membership.ts';
import type { NetworkFields } from '../../../shared/schemas/network.ts';
import type { Sector } from '../../../shared/schemas/organization.ts';
import { hashPassword } from '../../auth/password.ts';
import { loadConfig } from '../../config.ts';
import type { SessionUser } from '../../context.ts';
import { insertAccount } from '../../services/accounts.ts';
import { reviewCharter, saveCharter } from '../../services/charter.ts';
import { createInvitation } from '../../services/invitations.ts';
import { setMyOrganization } from '../../services/members.ts';
import { createNetwork } from '../../services/networks.ts';
import { openDb, type Db } from '../client.ts';
import { kindergartenCharter, opportunityYouthCharter } from './charters.ts';
import { loadDemoCycles } from './cycles.ts';
import { loadDemoIndicators } from './indicators.ts';
import { loadDemoMeasures } from './measures.ts';
import { loadKindergartenPlan } from './plans.ts';
import { dateDemoNotifications } from './notifications.ts';
import { loadDemoPartnership } from './partnership.ts';
import { loadDemoReports } from './reports.ts';
import { on } from './story-time.ts';
import { membership, partnerOrganization, user } from '../schema.ts';
import { accessFor } from './access.ts';

export const DEMO_PASSWORD = 'needle-demo-2026';
const DOMAIN = 'demo.needle.example';

const ORGANIZATIONS: { name: string; sector: Sector }[] = [
  { name: 'Eastside Unified School District', sector: 'education' },
  { name: 'Northgate Public Library', sector: 'government' },
  { name: 'Family Resource Center of the Valley', sector: 'nonprofit' },
  { name: 'Riverside Community Health Clinic', sector: 'health' },
  { name: 'United Way of the Valley', sector: 'philanthropy' },
  { name: 'Grace Community Church', sector: 'faith' },
  { name: 'Parent Leadership Council', sector: 'community_family' },
  { name: 'Metro Workforce Board', sector: 'government' },
  { name: 'Valley Tech Apprenticeships', sector: 'business' },
];

const NETWORKS: (NetworkFields & { key: string })[] = [
  { key: 'k', name: 'Kindergarten Readiness', outcomeArea: 'kindergarten_readiness', status: 'active' },
  { key: 'oy', name: 'Opportunity Youth Re-Engagement', outcomeArea: 'employment', status: 'active' },
  { key: 'm', name: 'Eighth Grade Math Proficiency', outcomeArea: 'middle_grade_math', status: 'forming' },
];

// name, login, organization, and role per network key.
const PEOPLE: [string, string, string, Partial<Record<string, NetworkRole>>][] = [
  ['Maria Delgado', 'maria', 'Eastside Unified School District', { k: 'lead' }],
  ['James Whitfield', 'james', 'United Way of the Valley', { k: 'facilitator', oy: 'facilitator', m: 'facilitator' }],
  ['Aisha Rahman', 'aisha', 'Northgate Public Library', { k: 'member' }],
  ['Tom Nguyen', 'tom', 'Riverside Community Health Clinic', { k: 'member' }],
  ['Rosa Martínez', 'rosa', 'Parent Leadership Council', { k: 'member', m: 'member' }],
  ['Pastor David Cole', 'david', 'Grace Community Church', { k: 'member', oy: 'member' }],
  ['Lena Fischer', 'lena', 'Family Resource Center of the Valley', { k: 'member' }],
  ['Marcus Johnson', 'marcus', 'Metro Workforce Board', { oy: 'lead' }],
  // The backbone's board liaison: partnership staff, reading every network, member of none.
  ['Nadia Okonkwo', 'nadia', 'United Way of the Valley', {}],
  ['Priya Patel', 'priya', 'Valley Tech Apprenticeships', { oy: 'member' }],
  ['Kevin O’Brien', 'kevin', 'Eastside Unified School District', { m: 'lead', oy: 'member' }],
  ['Grace Kim', 'grace', 'Eastside Unified School District', { m: 'member' }],
];

export async function loadDemo(db: Db): Promise<{ loaded: boolean; admin: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const existingAdmin = db.select().from(user).where(eq(user.isAdmin, true)).get();
  const demoMarker = db.select().from(user).where(eq(user.email, `maria@${DOMAIN}`)).get();
  if (demoMarker) return { loaded: false, admin: existingAdmin?.email ?? '' };

  return db.transaction((tx) => {
    const txDb = tx as unknown as Db; // services open nested transactions: savepoints in SQLite
    let admin: SessionUser;
    if (existingAdmin) {
      admin = { id: existingAdmin.id, name: existingAdmin.name, email: existingAdmin.email, isAdmin: true };
    } else {
      const email = `admin@${DOMAIN}`;
      const id = insertAccount(tx, { name: 'Sam Okafor (backbone data)', email, passwordHash }, { isAdmin: true });
      admin = { id, name: 'Sam Okafor (backbone data)', email, isAdmin: true };
    }
    const networkIds: Record<string, number> = {};
    for (const { key, ...fields } of NETWORKS) networkIds[key] = createNetwork(txDb, admin, fields).id;

    for (const [name, login, organization, roles] of PEOPLE) {
      const email = `${login}@${DOMAIN}`;
      const id = insertAccount(tx, { name, email, passwordHash }, { isAdmin: false });
      const person: SessionUser = { id, name, email, isAdmin: false };
      for (const [key, role] of Object.entries(roles)) {
        tx.insert(membership).values({ networkId: networkIds[key]!, userId: id, role: role! }).run();
        const sector = ORGANIZATIONS.find((o) => o.name === organization)!.sector;
        setMyOrganization(txDb, person, accessFor(txDb, person, networkIds[key]!), { organization: { kind: 'new', name: organization, sector } });
      }
    }
    const person = (login: string): SessionUser => {
      const row = tx.select().from(user).where(eq(user.email, `${login}@${DOMAIN}`)).get()!;
      return { id: row.id, name: row.name, email: row.email, isAdmin: false };
    };
    const [maria, james, aisha, marcus] = ['maria', 'james', 'aisha', 'marcus'].map(person) as [SessionUser, SessionUser, SessionUser, SessionUser];

    const k = networkIds.k!;
    const [first, second, third] = kindergartenCharter({ convener: maria.id, facilitator: james.id, dataLead: aisha.id });
    // Drafted in September, returned, revised, and ratified at the November partner meeting:
    // all before the network's first meeting of the plan year and the periods its reports cover.
    on(txDb, '2025-09-16', () => saveCharter(txDb, james, accessFor(txDb, james, k), { baseVersion: 0, ...first! }));
    on(txDb, '2025-09-23', () =>
      reviewCharter(txDb, maria, accessFor(txDb, maria, k), { version: 1, decision: 'returned', comment: 'The aim needs a number and a date, and we should agree how we decide before we ratify.' }),
    );
    on(txDb, '2025-10-14', () => saveCharter(txDb, james, accessFor(txDb, james, k), { baseVersion: 1, ...second! }));
    on(txDb, '2025-11-04', () => saveCharter(txDb, maria, accessFor(txDb, maria, k), { baseVersion: 2, ...third! }));
    on(txDb, '2025-11-18 18:30', () => reviewCharter(txDb, maria, accessFor(txDb, maria, k), { version: 3, decision: 'ratified', comment: 'Ratified at the November partner meeting.' }));
    on(txDb, '2026-01-20', () =>
      saveCharter(txDb, james, accessFor(txDb, james, networkIds.oy!), {
        baseVersion: 0,
        ...opportunityYouthCharter({ convener: marcus.id, facilitator: james.id, dataLead: null }),
      }),
    );

    const organizationIds = Object.fromEntries(
      tx.select({ id: partnerOrganization.id, name: partnerOrganization.name }).from(partnerOrganization).all().map((o) => [o.name, o.id]),
    );
    const owners = Object.fromEntries(['aisha', 'lena', 'tom', 'rosa', 'david', 'maria'].map((login) => [login, person(login)]));
    loadKindergartenPlan(txDb, k, { lead: maria, facilitator: james, owners }, organizationIds);
    loadDemoCycles(txDb, { k, oy: networkIds.oy! }, person, organizationIds);
    loadDemoIndicators(txDb, { k, oy: networkIds.oy! }, person);
    loadDemoMeasures(txDb, { k, oy: networkIds.oy! }, person);
    loadDemoReports(txDb, k, { lead: maria, facilitator: james });
    loadDemoPartnership(txDb, admin, { k, oy: networkIds.oy! }, { k: maria, oy: marcus }, person('nadia').id);

    createInvitation(txDb, maria, accessFor(txDb, maria, k), {
      role: 'member',
      expiresInDays: 14,
      maxUses: 20,
      note: 'For the October partner meeting',
    });
    dateDemoNotifications(txDb);
    return { loaded: true, admin: admin.email };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = loadConfig();
  const db = openDb(config.dbPath);
  const result = await loadDemo(db);
  db.$client.close();
  if (!result.loaded) {
    console.log(`The demo partnership is already in ${config.dbPath}.`);
  } else {
    console.log(`Loaded the demo partnership into ${config.dbPath}.\n`);
  }
  console.log(`Sign in at ${config.baseUrl} with any of these (password for demo accounts: ${DEMO_PASSWORD}):`);
  console.log(`  site admin                 ${result.admin.endsWith(DOMAIN) ? result.admin : `${result.admin} (your own password)`}`);
  for (const [name, login, , roles] of PEOPLE) {
    const where =
      Object.entries(roles)
        .map(([k, r]) => `${r} of ${NETWORKS.find((n) => n.key === k)!.name}`)
        .join('; ') || 'partnership staff (reads every network)';
    console.log(`  ${`${login}@${DOMAIN}`.padEnd(26)} ${name} — ${where}`);
  }
}
