import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { CONTRACT_PROJECTION_VERSION, CONTRACT_STATES, deskOverdue, deskTabAfter } from '../../workflows';
import { contractRows } from '../../src/contracts/contract-rows';
import { Contract } from '../../src/contracts/contract.entity';
import { ContractsService } from '../../src/contracts/contracts.service';
import { dataSourceOptions, REPORTS_DATA_SOURCE } from '../../src/database/database';
import { estateRows, familyMemberRows } from '../../src/estates/estate-rows';
import { EstatesService } from '../../src/estates/estates.service';
import { familyReportRows } from '../../src/portal/family-report-rows';
import { LettersService } from '../../src/letters/letters.service';
import { addCalendarDays } from '../../src/clock/clock';
import { PrintBatchesService } from '../../src/letters/print-batches.service';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { lastDigestMoment } from '../../src/portal/family-digest.service';
import { FeedbackService } from '../../src/portal/feedback.service';
import { ProviderDeskService } from '../../src/provider-desk/provider-desk.service';
import { RefundsService } from '../../src/refunds/refunds.service';
import { RefundOpen1763819300000 } from '../../migrations/1763819300000-RefundOpen';
import { RefundOpenByEstate1763819500000 } from '../../migrations/1763819500000-RefundOpenByEstate';
import { TodayFromMarkers1763820300000 } from '../../migrations/1763820300000-TodayFromMarkers';
import { DeskRefundSteps1764000000000 } from '../../migrations/1764000000000-DeskRefundSteps';
import { providerRows } from '../../src/providers/provider-rows';
import { CORRECTION_EVENTS } from '../../src/timeline/corrections';
import { COLLECTION_NOTICE_STEPS } from '../../src/timeline/contract-step';
import { timelineRows } from '../../src/timeline/timeline-rows';
import { TimelineService } from '../../src/timeline/timeline.service';
import { COMMITTEE_DECISION_CORRECTED, correctedDecisionOwedSql } from '../../src/timeline/decision-corrections';
import { BillsService } from '../../src/bills/bills.service';
import { releaseTermFound, releaseTermOf } from '../../src/contracts/take-back.rules';
import { OutboxService } from '../../src/runtime/outbox.service';
import { WorkflowRuntime } from '../../src/runtime/workflow-runtime.service';
import { userRows } from '../../src/users/user-rows';
import { API, createEstate, deskWebOf, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { ADMIN, Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/** Tables that grow with the number of deaths: a list or search must never read one of them whole. */
const LARGE = ['estates', 'contracts', 'workflow_instances', 'timeline_entries', 'letters', 'handovers', 'family_reports', 'outbox'];
/** Tables the last stops' queries read (README queryplans), as large as the generated volume makes them. */
const LATER_LARGE = ['documents', 'enclosures', 'print_batches', 'family_reports', 'timeline_entries', 'outbox', 'letters', 'readdress_notices', 'notifications', 'contract_projections'];
/** The rows each owning module lets others join in their own statements, and the table each reads. */
const OWNERS_ROWS: [rows: string, table: string][] = [
  [contractRows, 'contracts'],
  [estateRows, 'estates'],
  [familyMemberRows, 'family_members'],
  [familyReportRows, 'family_reports'],
  [providerRows, 'providers'],
  [timelineRows, 'timeline_entries'],
  [userRows, 'users'],
];
/** The large provider's letters not made yet, per 1,024 of its 50,000 requests (and one more): a backlog of ~2,000. */
const BACKLOG_PER_1024 = 40;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}
const scansOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(scansOf)];
/** The rows a node of an EXPLAIN ANALYZE read, kept or not, over all its loops. */
/** deskthread2: a sort of the history's place (`seq`) as text, whose order is not the history's past a power of ten („99" after „100"). */
const sortsSeqAsText = (node: PlanNode): boolean => node['Node Type'] === 'Sort' && (node['Sort Key'] ?? []).some((key) => /seq\)?::text/.test(key));
const rowsRead = (node: PlanNode): number => ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * (node['Actual Loops'] ?? 1);
/** How a statement reads the letters to a provider not made yet (`OutboxService.unmadeLettersSql`). */
const UNMADE = `status = 'parked') AND kind = 'letter'`;
/**
 * How a statement reads the steps that left bills owed (`BILLS_OWED_STEPS` in TimelineService): a bill disputed, in part or in
 * full (migration 1763810500000); the query builder writes the columns quoted (`"t"."details"`).
 */
const BILLS_OWED = /'INVOICE_AFTER_END' AND \S+ @\? '\$\.wording\.projection\.openDisputes\[\*\] \? \(@\.reference == \$\.event\.reference\)'\)/;

/**
 * Issue 13: at national scale (~20,000 estates, ~200,000 contracts, one provider with 50,000
 * requests) every query the lists and searches actually issue is read from an index. The SQL is
 * captured from TypeORM's logger while the API serves the pages, then each statement is EXPLAINed
 * with its own parameters.
 */
describe('query plans at national scale', () => {
  let t: TestApp;
  let db: Client;
  let anna: Specialist;
  let bigDesk: Session;
  let big: { id: string };
  let family: Session;
  /** The real request's estate reference, as the desk and the owner search it. */
  let reference: string;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    ({ provider: big, desk: bigDesk } = await providerWithDesk(t, { name: 'Grote Telecom', requiredDocuments: ['death_certificate'] }, 'sync'));
    // One real request, so generated rows can carry a snapshot the workflow runtime restores.
    const estate = await createEstate(anna);
    reference = estate.reference;
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: big.id, description: 'Mobiel', accountNumber: '06-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    await generateVolume(db, { anna: anna.userId, big: big.id, template: contract.id });
    // As autovacuum keeps them: counts over every contract or estate (the administrator's dashboard) are
    // index-only only with a current visibility map; without one PostgreSQL rightly reads the table. One VACUUM may leave
    // pages not all-visible (a concurrent snapshot holds them back), so it runs until the map is current, at most 3 times.
    for (let pass = 0; pass < 3 && (await notAllVisible(db)).length; pass++) await db.query('VACUUM (ANALYZE) contracts, estates');
    expect(await notAllVisible(db)).toEqual([]);
  }, 420_000);
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('reads every list and search of the workspace, the queue and the desk from indexes', async () => {
    const logger = t.app.get(DataSource).logger;
    const issued = jest.spyOn(logger, 'logQuery');
    const get = async (session: Session, path: string) => (await session.get(path).expect(200)).body;

    for (const session of [t.admin, anna]) {
      const first = await get(session, `${API}/estates`);
      expect(first.items).toHaveLength(50);
      await get(session, `${API}/estates?cursor=${first.nextCursor}`);
      // One generated estate's lists (10 timeline rows, 5 letters), first and second page.
      const [{ id: estateId }] = (await get(session, `${API}/estates?q=GN-00000100`)).items;
      const timeline = await get(session, `${API}/estates/${estateId}/timeline?limit=3`);
      await get(session, `${API}/estates/${estateId}/timeline?limit=3&cursor=${timeline.nextCursor}`);
      const letters = await get(session, `${API}/estates/${estateId}/letters?limit=2`);
      await get(session, `${API}/estates/${estateId}/letters?limit=2&cursor=${letters.nextCursor}`);
      // The estate page (its session cookie carries the same token): first, and with its letters continued,
      // where each contract's latest letter is read on its own rather than taken from the page.
      for (const path of [`/app/estates/${estateId}`, `/app/estates/${estateId}?letters=${letters.nextCursor}`]) {
        expect((await session.get(path).set('Cookie', `steward_app=${session.token}`).expect(200)).text).toContain('id="letters"');
      }
      await get(session, `${API}/estates/${estateId}/documents?limit=2`);
      await get(session, `${API}/estates/${estateId}/bills-to-pay?limit=2`);
      await get(session, `${API}/estates/${estateId}/bills-paid?limit=2`);
      const contracts = await get(session, `${API}/estates/${estateId}/contracts?limit=4`);
      await get(session, `${API}/estates/${estateId}/contracts?limit=4&cursor=${contracts.nextCursor}`);
      await get(session, `${API}/estates?q=jansen`);
      await get(session, `${API}/estates?q=Müller`);
      await get(session, `${API}/estates?q=GN-00012345`);
      await get(session, `${API}/estates?q=NL00 ACC 0000777`);
      await get(session, `${API}/estates?q=${encodeURIComponent(reference.replace(/-/g, ' ').toLowerCase())}`);
      await get(session, `${API}/estates?status=inProgress`);
      await get(session, `${API}/estates?providerId=${big.id}`);
      await get(session, `${API}/users/specialists?q=specialist 4&limit=5`);
      const users = await get(session, `${API}/users?limit=10`);
      await get(session, `${API}/users?limit=10&cursor=${users.nextCursor}`);
      await get(session, `${API}/family-reports`);
      const queue = await get(session, `${API}/queue`);
      expect(queue.contracts.length).toBeGreaterThan(0);
      expect(queue.laterEndDates.length).toBeGreaterThan(0);
      expect(queue.correctionsAwaited.length).toBeGreaterThan(0);
      if (session === t.admin) expect(queue.reportsToPassOn.length).toBeGreaterThan(0);
      if (queue.nextCursor) await get(session, `${API}/queue?cursor=${queue.nextCursor}`);
      // The bills to pay, oldest first across the estates, and their next page.
      const bills = await get(session, `${API}/queue?limit=5`);
      expect(bills.billsToPay).toHaveLength(5);
      await get(session, `${API}/queue?limit=5&billsCursor=${bills.billsToPayNextCursor}`);
    }
    for (const session of [t.admin, anna]) {
      const providers = await get(session, `${API}/providers?limit=20`);
      await get(session, `${API}/providers?limit=20&cursor=${providers.nextCursor}`);
      await get(session, `${API}/providers?q=provider 1&category=energy`);
      await get(session, `${API}/print-batches`);
      // The print page: its batches' envelopes and the letters waiting for the next batch.
      expect((await session.get('/app/print').set('Cookie', `steward_app=${session.token}`).expect(200)).text).toContain('id="waiting"');
    }
    const timeline = await get(family, `${API}/portal/timeline?limit=1`);
    await get(family, `${API}/portal/timeline?limit=1&cursor=${timeline.nextCursor}`);
    await get(family, `${API}/portal/letters?limit=1`);
    await get(family, `${API}/portal/estate?limit=1`);
    await get(family, `${API}/portal/bills-to-pay?limit=1`);
    await get(family, `${API}/portal/bills-paid?limit=1`);
    const reports = await get(family, `${API}/portal/reports?limit=1`);
    if (reports.nextCursor) await get(family, `${API}/portal/reports?limit=1&cursor=${reports.nextCursor}`);
    await get(family, `${API}/portal/contracts?limit=1`);
    await get(family, `${API}/portal/documents?limit=1`);
    // The dashboard's counts of estates and contracts and its family ratings, a specialist's and everyone's (reports: the
    // counts read here through the recorded pool, the ratings through the report pool, recorded too).
    const reportsLogged = jest.spyOn(t.app.get<DataSource>(getDataSourceToken(REPORTS_DATA_SOURCE), { strict: false }).logger, 'logQuery');
    const [{ id: adminId }] = (await db.query('SELECT id FROM users WHERE email = $1', [ADMIN.email])).rows;
    for (const [ownerId, role] of [[anna.userId, 'specialist'], [null, 'admin']] as const) {
      await t.app.get(EstatesService).countsByStatus(t.app.get(DataSource).manager, ownerId);
      await t.app.get(ContractsService).countsByState(t.app.get(DataSource).manager, ownerId);
      await t.app.get(FeedbackService).satisfaction({ kind: 'staff', userId: ownerId ?? adminId, role, name: 'Reader', lang: 'en' });
    }
    // The providers' scorecards, read fresh (every provider's, and one provider's as its desk sees it).
    await get(t.admin, `${API}/providers/scorecards`);
    await get(t.admin, `${API}/providers/${big.id}/scorecard`);
    for (const status of ['all', 'open', 'new', 'waiting_on_steward']) await get(bigDesk, `${API}/provider-desk/requests?status=${status}`);
    // The web desk's tab counts (capped), which the desk page reads on every visit.
    await t.app.get(ProviderDeskService).tabCounts(big.id);
    await get(bigDesk, `${API}/provider-desk/requests?status=all&q=de%20jong`);
    await get(bigDesk, `${API}/provider-desk/requests?status=all&q=1234AB`);
    await get(bigDesk, `${API}/provider-desk/requests?status=all&q=14-05-1946`);
    await get(bigDesk, `${API}/provider-desk/requests?status=all&q=NL00ACC0000040`);
    await get(bigDesk, `${API}/provider-desk/requests?status=new&q=${reference.replace(/-/g, '')}`);
    await get(bigDesk, `${API}/provider-desk/requests?status=all&updatedSince=2026-11-20T00:00:00Z`);

    const statements = [...issued.mock.calls, ...reportsLogged.mock.calls]
      .map(([sql, parameters]) => ({ sql, parameters: parameters ?? [] }))
      .filter(({ sql }) => /^\s*(SELECT|WITH)/i.test(sql));
    issued.mockRestore();
    reportsLogged.mockRestore();
    expect(statements.length).toBeGreaterThan(30);
    const scans: string[] = [];
    for (const { sql, parameters } of statements) {
      const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const plan: PlanNode = rows[0]['QUERY PLAN'][0].Plan;
      for (const node of scansOf(plan)) {
        if (node['Node Type'] === 'Seq Scan' && LARGE.includes(node['Relation Name'] ?? '')) scans.push(`${node['Relation Name']}: ${sql.replace(/\s+/g, ' ')} ${JSON.stringify(parameters).slice(0, 200)}`);
      }
    }
    expect(scans).toEqual([]);
    // familyupload3: the family's timeline names a file a relative sent by the estate's reports that took one, read by its reports' index.
    const takenUploads = statements.filter(({ sql }) => sql.includes(`decision = 'document_taken'`));
    expect(takenUploads.length).toBeGreaterThan(0);
    for (const { sql, parameters } of takenUploads) {
      const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      expect(scansOf(rows[0]['QUERY PLAN'][0].Plan).map((node) => node['Index Name'])).toContain('family_reports_estate_idx');
    }
    // The desk's "waiting for our letter" (the letters' rule in SQL) reads the letters not yet out (held back, not posted, e-mails that failed) from their partial indexes.
    const pending = statements.filter(({ sql }) => sql.includes(`delivery_status IN ('queued_for_print', 'printed')`) && sql.includes('lc.provider_id'));
    expect(pending.length).toBeGreaterThan(0);
    for (const { sql, parameters } of pending) {
      const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const indexes = scansOf(rows[0]['QUERY PLAN'][0].Plan).map((node) => node['Index Name']);
      // twins70: the blocked letters by either partial index of them (by day, or by estate since migration 1764004100000): the same few rows.
      expect(indexes).toEqual(expect.arrayContaining([expect.stringMatching(/^letters_blocked(_estate)?_idx$/), 'letters_awaiting_post_idx', 'letters_undelivered_idx']));
    }
    // Today's reports to pass on read the withdrawn relatives' reports not passed on from their partial index, not every report.
    const toPassOn = statements.filter(({ sql }) => sql.includes('l.passed_on_at IS NULL'));
    expect(toPassOn.length).toBeGreaterThan(0);
    for (const { sql, parameters } of toPassOn) {
      const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      expect(scansOf(rows[0]['QUERY PLAN'][0].Plan).map((node) => node['Index Name'])).toContain('letters_reports_to_pass_on_idx');
    }
    // Today's contracts, read through the runtime's rows (`workflowRows`) rather than its table, stay on the indexes they
    // read when the table was named (the same set before and after, checked by hand at this volume): an owner's by her
    // estates, everyone's late ones by their earliest term still unanswered and the others by state; the administrator's
    // late-again list by its partial index on that term.
    const todayIndexes = new Set<string>();
    for (const { sql, parameters } of statements.filter(({ sql }) => sql.includes("'contracts' AS section") || sql.includes('w.missed_terms >= $2'))) {
      const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      scansOf(rows[0]['QUERY PLAN'][0].Plan).forEach((node) => node['Index Name'] && todayIndexes.add(node['Index Name']));
    }
    expect([...todayIndexes]).toEqual(
      expect.arrayContaining(['workflow_instances_estate_idx', 'workflow_instances_owners_late_idx', 'workflow_instances_queue_idx', 'workflow_instances_late_again']),
    );
    // The letters by post not made yet (the same rule, on every contract list, the queue and the desk) read the outbox's
    // undone letters from their own partial index, never its done history nor the backlog of other effects.
    const unmade = statements.filter(({ sql }) => sql.includes(UNMADE));
    expect(unmade.length).toBeGreaterThan(3);
    for (const { sql, parameters } of unmade) {
      const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const indexes = scansOf(rows[0]['QUERY PLAN'][0].Plan).map((node) => node['Index Name']);
      expect(indexes).toContain('outbox_unmade_letters_idx');
    }
    // The bills to pay (an estate's, the family's, Today's) read the steps that left bills owed from the partial indexes
    // migration 1763810500000 made again for a bill disputed in full: by estate, or everyone's (the administrator) in seq order.
    const owed = statements.filter(({ sql }) => BILLS_OWED.test(sql));
    expect(owed.length).toBeGreaterThan(3);
    const owedIndexes = new Set<string>();
    for (const { sql, parameters } of owed) {
      const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const indexes = scansOf(rows[0]['QUERY PLAN'][0].Plan).flatMap((node) => (node['Index Name'] ? [node['Index Name']] : []));
      expect(indexes).toEqual(expect.arrayContaining([expect.stringMatching(/^timeline_entries_bills_owed(_seq)?_idx$/)]));
      indexes.forEach((index) => owedIndexes.add(index));
    }
    expect([...owedIndexes]).toEqual(expect.arrayContaining(['timeline_entries_bills_owed_idx', 'timeline_entries_bills_owed_seq_idx']));
    // Statements that join another module's rows (its owner's subquery, e.g. `contractRows`) rather than name its table plan
    // exactly as they did with the table named: PostgreSQL pulls the subquery up, so every node reads what it read before.
    const planOf = async (sql: string, parameters: unknown[]) =>
      scansOf((await db.query(`EXPLAIN (FORMAT JSON, COSTS OFF) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan).map((node) =>
        [node['Node Type'], node['Relation Name'], node['Index Name']].filter(Boolean).join(' '),
      );
    const joined = statements.filter(({ sql }) => OWNERS_ROWS.some(([rows]) => sql.includes(rows)));
    // Today's handovers and the family's statements, the bills owed, the scorecards and the providers' figures.
    expect(joined.length).toBeGreaterThan(5);
    for (const { sql, parameters } of joined) {
      const named = OWNERS_ROWS.reduce((text, [rows, table]) => text.replaceAll(rows, table), sql);
      expect(await planOf(sql, parameters)).toEqual(await planOf(named, parameters));
    }
  }, 120_000);

  it("reads the queries the last stops added from their indexes: lease corrections, a reported collection, due steps, sent documents, premiums owed, batches to print again, the owner's notifications", async () => {
    const manager = t.app.get(DataSource).manager;
    // ownernotif: five owner notifications an estate (100,000), the older part read, and family news beside them; the owner's are
    // the estate's owner's (notifrest).
    await db.query(`INSERT INTO notifications (estate_id, audience, topic, message, created_at, read_at, owner_id)
      SELECT e.id, a.audience, 'information_requested', 'KPN: vraagt aanvullende informatie.', e.created_at + k * interval '1 day', CASE WHEN k <= 2 THEN e.created_at + k * interval '1 day' END,
             CASE WHEN a.audience = 'owner' THEN e.owner_id END
        FROM estates e, generate_series(1, 5) k, (VALUES ('owner'), ('family')) a(audience) WHERE e.reference LIKE 'GN-%'`);
    await db.query('ANALYZE notifications');
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const plans: { name: string; sql: string; parameters: unknown[] }[] = [];
    /** The statements `read` issues, named, to be planned with the others below. */
    const capture = async (name: string, read: () => Promise<unknown>) => {
      issued.mockClear();
      await read();
      for (const [sql, parameters] of issued.mock.calls) if (/^\s*(SELECT|WITH)/i.test(sql)) plans.push({ name, sql, parameters: parameters ?? [] });
    };
    // leaseclear: the estates' latest correction of who lived there, for a page of Today's leases (50 estates, one in ten corrected so).
    const { rows: estates } = await db.query(`SELECT id FROM estates WHERE reference LIKE 'GN-%' ORDER BY reference LIMIT 50 OFFSET 1000`);
    await capture('latestEstateChanges', () => t.app.get(TimelineService).latestEstateChanges(manager, estates.map((e: { id: string }) => e.id), CORRECTION_EVENTS.estate, 'livedWith'));
    // digestgap: whether an estate's step still has writes due, for an estate of the backlog and one without.
    const { rows: backlog } = await db.query(`SELECT estate_id AS id FROM outbox WHERE status = 'pending' AND kind = 'letter' LIMIT 1`);
    for (const estateId of [backlog[0].id, estates[0].id]) await capture('estateHasDue', () => t.app.get(OutboxService).estateHasDue(manager, estateId, ['letter', 'notify_family']));
    // collectionwords: the owner's contract page with a relative's collection letter open on it reads what she typed off it (the
    // collection-notice form starts from it where the contract's state offers that form).
    const [reported] = (
      await db.query(`SELECT r.contract_id AS id FROM family_reports r JOIN estates e ON e.id = r.estate_id WHERE e.owner_id = $1 AND r.kind = 'collection_letter' AND r.status = 'open' LIMIT 1`, [anna.userId])
    ).rows;
    expect(reported).toBeDefined();
    await capture('contract page', () => anna.get(`/app/contracts/${reported.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200));
    expect(plans.filter((p) => p.name === 'contract page' && p.sql.includes("kind = 'collection_letter'"))).toHaveLength(1);
    // sentonly: the desk's request and its list read what each request was sent; it downloads the document the owner chose. The
    // desk shows a document only once a letter carrying it went out, and none while a later letter is on its way (the backlog's
    // letters not made yet), so the request is one its own list shows with a document: a first row of the enclosures once picked a
    // request with a letter on its way, and the download rightly answered 404 in a fresh clone.
    const listed = (await bigDesk.get(`${API}/provider-desk/requests?status=all&limit=100`).expect(200)).body as { id: string; enclosures: { id: string }[] }[];
    const shown = listed.find((r) => r.enclosures.length > 0);
    expect(shown).toBeDefined();
    const sent = { id: shown!.id, documentId: shown!.enclosures[0].id };
    await capture('desk request', () => bigDesk.get(`${API}/provider-desk/requests/${sent.id}`).expect(200));
    await capture('desk download', () => bigDesk.get(`${API}/provider-desk/requests/${sent.id}/documents/${sent.documentId}`).expect(200));
    await capture('desk list', () => bigDesk.get(`${API}/provider-desk/requests?status=new`).expect(200));
    // keptcover: the premiums owed are among the bills to pay, an estate's and everyone's on Today.
    const [premium] = (await db.query(`SELECT estate_id AS id FROM timeline_entries WHERE event = 'bill.owed' LIMIT 1`)).rows;
    await capture('bills to pay', () => t.admin.get(`${API}/estates/${premium.id}/bills-to-pay?limit=5`).expect(200));
    // refund: an estate's refunds still to receive, and Today's late ones (everyone's above, an owner's below), from their partial index.
    await capture('refunds to receive', () => t.admin.get(`${API}/estates/${premium.id}/refunds-to-receive?limit=5`).expect(200));
    await capture('Today', () => t.admin.get(`${API}/queue?limit=5`).expect(200));
    // printaddr: an owner's open corrected-address rows among her estates, and everyone's for the administrator (above).
    await capture("the owner's Today", () => anna.get(`${API}/queue?limit=5`).expect(200));
    // printaddress: the batches to download again, on Today and the print page, among a year and a half of batches.
    await capture('print page', () => t.admin.get('/app/print').set('Cookie', `steward_app=${t.admin.token}`).expect(200));
    // printmerge: the worker's round finds the batches a correction left stale among every batch (one here, merged by another instance).
    await db.query(`UPDATE print_batches SET pdf_stale_since = now(), merge_claimed_until = now() + interval '1 hour' WHERE id = (SELECT id FROM print_batches ORDER BY id LIMIT 1)`);
    await capture('stale print batches', () => t.app.get(PrintBatchesService).mergeStaleBatches());
    // deskanswer2: the workers' round reads the corrections still awaited within their term (one in twenty of the confirmed), never the history.
    await capture('corrections awaited', () => t.app.get(ContractsService).correctionsAwaitedBefore('2026-12-31', 200));
    // corrcard: the family's counts read an estate's contracts whose answer to our correction is awaited, by the estate, never the table.
    const { rows: [awaiting] } = await db.query(`SELECT estate_id AS id FROM contracts WHERE correction_awaited IS NOT NULL LIMIT 1`);
    await capture('answer awaited in estate', () => t.app.get(ContractsService).answerAwaitedIn(awaiting?.id ?? estates[0].id));
    await db.query(`UPDATE print_batches SET pdf_stale_since = NULL, merge_claimed_until = NULL WHERE pdf_stale_since IS NOT NULL`);
    // collrest: „Uw meldingen" (and `GET /portal/reports`) reads, for a page of her collection reports, each contract's stop letters
    // and the answers recorded on them: a page of contracts among the estates' letters, not the letters table.
    const { rows: lettered } = await db.query(`SELECT DISTINCT contract_id AS id FROM letters WHERE contract_id IS NOT NULL LIMIT 20`);
    const collected = lettered.map((c: { id: string }) => c.id);
    await capture('collectionStopsOf', () => t.app.get(LettersService).collectionStopsOf(collected));
    await capture('collection answers', () => t.app.get(TimelineService).detailsOfContracts(manager, collected, ['COLLECTION_STOPPED']));
    // famrest: the family card's stop letters sent (collrest2), by contract.
    await capture('collectionStopsSent', () => t.app.get(LettersService).collectionStopsSent(collected));
    // famrest: „Uw meldingen" of a relative whose ten reports are bills the owner recorded on four contracts of an estate with bills
    // owed: where each bill stands now (`billsNow`) reads the bills those contracts left owed in one statement, not one per contract.
    const [billed] = (
      await db.query(`SELECT e.id FROM estates e WHERE e.owner_id = $1 AND EXISTS (SELECT 1 FROM timeline_entries t WHERE t.estate_id = e.id AND t.event = 'INVOICE_AFTER_END')
          AND EXISTS (SELECT 1 FROM family_reports r WHERE r.estate_id = e.id) ORDER BY e.reference LIMIT 1`, [anna.userId])
    ).rows;
    expect(billed).toBeDefined();
    const relative = (await anna.post(`${API}/estates/${billed.id}/family-members`, { name: 'Reporter', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    await db.query(
      `WITH c AS (SELECT id, row_number() OVER (ORDER BY account_number) - 1 AS k FROM contracts WHERE estate_id = $1),
            r AS (SELECT id, row_number() OVER (ORDER BY created_at) AS k FROM family_reports WHERE estate_id = $1 LIMIT 10)
       UPDATE family_reports f SET family_member_id = $2, status = 'handled', decision = 'bill_recorded', contract_id = c.id
         FROM r JOIN c ON c.k = r.k % 4 WHERE f.id = r.id`,
      [billed.id, relative.id],
    );
    const reporter = t.as((await t.anonymous.post(`${API}/portal/access`, { code: relative.accessCode }).expect(200)).body.accessToken);
    await capture('reports page', async () => expect((await reporter.get(`${API}/portal/reports?limit=10`).expect(200)).body.items).toHaveLength(10));
    expect(plans.filter((p) => p.name === 'reports page' && BILLS_OWED.test(p.sql))).toHaveLength(1);
    // famnews: an estate's history with a relative's upload she took back (and one in ten estates with such a pair): whether its files
    // were taken back and its reports withdrawn is one read of the estate's few such entries (`withWithdrawnWords`).
    await db.query(`INSERT INTO timeline_entries (estate_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT e.id, e.created_at + interval '5 hours' + k * interval '1 minute', 'family', 'Relative', ev, 'Bestand',
             jsonb_build_object('documentId', md5(e.id::text), 'kind', 'provider_letter', 'fileName', 'aanmaning.pdf')
        FROM estates e, generate_series(0, 1) k, LATERAL (SELECT CASE WHEN k = 0 THEN 'document.uploaded' ELSE 'document.taken_back' END AS ev) v
       WHERE e.reference LIKE 'GN-%' AND hashtext(e.id::text) % 10 = 0`);
    const [takenBack] = (await db.query(`SELECT estate_id AS id FROM timeline_entries WHERE event = 'document.taken_back' LIMIT 1`)).rows;
    await db.query('ANALYZE timeline_entries');
    await capture('history with a file taken back', () => t.app.get(TimelineService).page(takenBack.id, null, 20));
    // famnews: Today's rows (and the contract page's „Nog open") read a collection only suspended for contracts with a bill disputed.
    await capture('suspendedCollections', () => t.app.get(TimelineService).suspendedCollections(manager, collected));
    // agencylate: a correction of a collection letter after its stop's state reads the contract's notices, their corrections and the stops answered.
    await capture('late notice correction', () => t.app.get(TimelineService).detailsOfContracts(manager, collected.slice(0, 1), [...COLLECTION_NOTICE_STEPS, 'COLLECTION_STOPPED']));
    // agencylate2: the same correction reads every letter of ours to the agency as recorded, the contract's own letters.
    await capture('agency correspondence', () => t.app.get(LettersService).agencyCorrespondence(manager, collected[0], 'Incasso Noord'));
    // ownernotif: her notifications, the next page, the workspace page with the header's unread count, an administrator's page.
    const first = (await anna.get(`${API}/notifications?limit=20`).expect(200)).body as { items: unknown[]; nextCursor: string; unread: number };
    expect([first.items.length, first.unread]).toEqual([20, 150 * 3]);
    await capture('her notifications', () => anna.get(`${API}/notifications?limit=20&cursor=${first.nextCursor}`).expect(200));
    await capture('notifications page', () => anna.get('/app/notifications').set('Cookie', `steward_app=${anna.token}`).expect(200));
    const admins = (await t.admin.get(`${API}/notifications?limit=20`).expect(200)).body as { nextCursor: string };
    await capture("everyone's notifications", () => t.admin.get(`${API}/notifications?limit=20&cursor=${admins.nextCursor}`).expect(200));
    // audit98: a handover finds the estate's letters in another's batch not downloaded yet by the estate's letters (its own owner's here: none move).
    const { rows: [handed] } = await db.query(`SELECT e.id, e.owner_id AS "ownerId" FROM letters l JOIN estates e ON e.id = l.estate_id WHERE l.delivery_status = 'printed' LIMIT 1`);
    expect(handed).toBeDefined();
    await capture('handover batches', () => manager.transaction((m) => t.app.get(PrintBatchesService).followNewOwner(m, handed.id, handed.ownerId)));
    // handover2: a handover finds the estate's letters still waiting that another signed by the estate's letters (then rolled back).
    await capture('handover remakes', () => manager.transaction((m) => t.app.get(LettersService).tellNewContact(m, handed.id, handed.ownerId).then(() => { throw new Error('rolled back'); })).catch(() => undefined));
    // handover3: an owner's estates' letters in a colleague's downloaded batch not posted, on the letters waiting for the post (Today's and one estate's).
    await capture('letters in others’ batches', () => t.app.get(PrintBatchesService).inOthersBatches(handed.ownerId, null, 5));
    // estatepage: the estate page and `GET /estates/{id}` read one estate's (`inOthersBatchesOf`), the same statement.
    await capture('letters in others’ batches', () => t.app.get(PrintBatchesService).inOthersBatchesOf(handed.id));
    // estatepage: a page of the estate list names its estates whose request letter the letter check holds, in one read for the page:
    // 50 estates of the large provider's, one in ten with a held request (the blocked letters are ~1,000 of the country's).
    const { rows: listedPage } = await db.query(
      `(SELECT DISTINCT estate_id AS id FROM letters WHERE status = 'blocked' AND contract_id IS NOT NULL LIMIT 5) UNION ALL (SELECT id FROM estates ORDER BY created_at DESC LIMIT 45)`,
    );
    const heldOnPage = await t.app.get(LettersService).requestsHeldIn(listedPage.map((e: { id: string }) => e.id));
    // The five with a blocked request are named; a newest estate may hold one too (the generator's draw), so the page names at least those.
    expect(listedPage.slice(0, 5).filter((e: { id: string }) => heldOnPage.has(e.id))).toHaveLength(5);
    await capture('requests held on a list page', () => t.app.get(LettersService).requestsHeldIn(listedPage.map((e: { id: string }) => e.id)));
    // handover4: the new owner marks his estate's letters of a colleague's batch posted: the batch with the estate's letters in it, by the
    // batch's letters (here its own owner's batch: 404, nothing written).
    const { rows: [inBatch] } = await db.query(`SELECT print_batch_id AS id FROM letters WHERE estate_id = $1 AND delivery_status = 'printed' LIMIT 1`, [handed.id]);
    await capture('estate letters of a batch posted', () => t.admin.post(`${API}/estates/${handed.id}/print-batches/${inBatch.id}/posted`, { letterCount: 1 }).expect(404));
    // batchposted: a batch's view names each letter a colleague marked posted apart and counts them, by the batch's letters (Today's
    // letters waiting for the post, above, say whose batch holds one by its batch's key).
    await capture('a batch’s letters posted apart', () => t.admin.get(`${API}/print-batches/${inBatch.id}`).expect(200));
    // estatebutton: the contracts of a page (here one estate's) whose letter waiting for the post is in a colleague's downloaded batch, one read.
    const { rows: waitingContracts } = await db.query(`SELECT c.id, c.state FROM contracts c WHERE c.estate_id = $1`, [handed.id]);
    await capture('contract letters in others’ batches', () => t.app.get(PrintBatchesService).colleaguesBatchesOf(waitingContracts));
    issued.mockRestore();

    const heavy: string[] = [];
    const indexes: Record<string, Set<string>> = {};
    for (const { name, sql, parameters } of plans) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
      const nodes = scansOf(rows[0]['QUERY PLAN'][0].Plan);
      for (const node of nodes) {
        if (node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')) heavy.push(`${name}: ${node['Relation Name']} read whole: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
        if (node['Index Name']) (indexes[name] ??= new Set()).add(node['Index Name']);
      }
      const read = nodes.filter((node) => LATER_LARGE.includes(node['Relation Name'] ?? '')).reduce((sum, node) => sum + rowsRead(node), 0);
      // An estate's own rows are a few dozen: estateHasDue reads its effects, not the backlog of ~8,000; latestEstateChanges the
      // history of 50 estates, not every correction.
      // Her notifications (notifrest): the list a page and one more (20 + 1, the page's 50 + 1) whatever the number of her estates
      // (before migration 1763818800000 each of her 150 estates' newest: 729 rows for 21), the count her 450 unread only.
      const herNotifications = /count\(\*\)/.test(sql) ? 150 * 3 : name === 'her notifications' ? 21 : 51;
      if (read > ({ estateHasDue: 60, latestEstateChanges: 60 * estates.length, 'her notifications': herNotifications, 'notifications page': herNotifications } as Record<string, number>)[name] || read > 10_000) {
        heavy.push(`${name}: ${read} rows by ${nodes.map((node) => node['Index Name'] ?? node['Node Type']).join(', ')}: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
    expect(heavy).toEqual([]);
    // Each on the index its comment names: an estate's own rows, a contract's reports and enclosures, the steps that left bills owed.
    expect([...indexes.latestEstateChanges]).toEqual(['timeline_entries_estate_idx']);
    expect([...indexes.estateHasDue]).toEqual(['outbox_estate_idx']);
    expect([...indexes['contract page']]).toEqual(expect.arrayContaining(['family_reports_contract_idx', 'enclosures_pkey']));
    expect([...indexes['desk request']]).toEqual(expect.arrayContaining(['enclosures_pkey', 'letters_contract_step_idx']));
    // A contract's letters by either index its id leads (deskthread's by step came after): never the whole table's.
    expect([...indexes.collectionStopsOf]).toEqual([expect.stringMatching(/^letters_contract(_step)?_idx$/)]);
    expect([...indexes.collectionStopsSent]).toEqual([expect.stringMatching(/^letters_contract(_step)?_idx$/)]);
    expect([...indexes['agency correspondence']]).toEqual(expect.arrayContaining([expect.stringMatching(/^letters_contract(_step)?_idx$/)]));
    // The reports page: her reports, the contracts' bills owed (their partial index), the dispute letters sent on them by contract.
    expect([...indexes['reports page']]).toEqual(expect.arrayContaining(['family_reports_member_idx', 'timeline_entries_bills_owed_idx', expect.stringMatching(/^letters_contract(_step)?_idx$/)]));
    // The few stops recorded anywhere (by event) or the page's contracts' entries (by contract): either is an index, never the whole history.
    expect([...indexes['collection answers']]).toEqual([expect.stringMatching(/^timeline_entries_(contract|event)_idx$/)]);
    expect([...indexes['bills to pay'], ...indexes.Today]).toEqual(expect.arrayContaining(['timeline_entries_bills_owed_idx', 'timeline_entries_bills_owed_seq_idx']));
    // Today's batches not posted (or to download again) from their partial index, the print page's by day.
    expect([...indexes.Today, ...indexes['print page']]).toEqual(expect.arrayContaining(['print_batches_unposted_idx', 'print_batches_date_idx']));
    expect([...indexes['stale print batches']]).toEqual(['print_batches_pdf_stale_idx']);
    expect([...indexes['letters in others’ batches']]).toEqual(expect.arrayContaining([expect.stringMatching(/^letters_(awaiting_post|estate|estate_page|print_batch)_idx$/)]));
    // estatepage: the page's held requests by its estates' blocked letters only (twins70: not every blocked letter), each checked the contract's latest by its contract.
    expect([...indexes['requests held on a list page']]).toEqual(expect.arrayContaining(['letters_blocked_estate_idx', expect.stringMatching(/^letters_contract(_step)?_idx$/)]));
    expect([...indexes['requests held on a list page']]).not.toContain('letters_blocked_idx');
    expect([...indexes['contract letters in others’ batches']]).toEqual(expect.arrayContaining([expect.stringMatching(/^letters_contract(_step)?_idx$/)]));
    expect([...indexes['a batch’s letters posted apart']]).toEqual(expect.arrayContaining(['letters_print_batch_idx']));
    expect([...indexes['estate letters of a batch posted']]).toEqual(expect.arrayContaining([expect.stringMatching(/^letters_(print_batch|estate|estate_page)_idx$/)]));
    expect([...indexes['handover batches']]).toEqual(expect.arrayContaining([expect.stringMatching(/^letters_estate(_page)?_idx$/)]));
    expect([...indexes['handover remakes']]).toEqual(expect.arrayContaining([expect.stringMatching(/^letters_estate(_page)?_idx$/)]));
    // Either partial index of the awaited corrections (here none lapsed, so both hold the same few rows; once many lapse, only the term's stays small).
    expect([...indexes['corrections awaited']]).toEqual([expect.stringMatching(/^contracts_correction_(term|awaited_estate)_idx$/)]);
    // Everyone's parked steps in order from their own partial index (before migration 1763814600000: the outbox's primary key, 18,652 rows for 5).
    expect([...indexes.Today]).toContain('outbox_parked_steps_idx');
    // printaddr: the corrected-address rows not seen, from their partial index, the administrator's and an owner's.
    expect([...indexes.Today]).toContain('readdress_notices_open_idx');
    expect([...indexes["the owner's Today"]]).toContain('readdress_notices_open_idx');
    // ownernotif: her newest and her unread count by her id (migration 1763818800000), everyone's newest (migration 1763816800000).
    expect([...indexes['her notifications'], ...indexes['notifications page']]).toEqual(expect.arrayContaining(['notifications_owner_idx', 'notifications_owner_unread_idx']));
    expect([...indexes["everyone's notifications"]]).toContain('notifications_owner_all_idx');
    // famnews: the files taken back and reports withdrawn by their small partial index (migration 1764002700000); a suspended
    // collection by each contract's latest stop and letter (`timeline_entries_contract_event_idx`).
    expect(plans.filter((p) => p.name === 'history with a file taken back' && p.sql.includes("'document.taken_back'"))).toHaveLength(1);
    expect([...indexes['history with a file taken back']]).toContain('timeline_entries_taken_back_idx');
    // Each contract's latest stop by its contract and event, or walked back by its contract on the desk thread's index (which holds the
    // stops); on data where a collection stop is rare the planner may read the few stops by their event instead (`timeline_entries_event_idx`,
    // the fresh-clone run saw it): each an index, never the table.
    expect(['timeline_entries_contract_event_idx', 'timeline_entries_desk_thread_idx', 'timeline_entries_event_idx']).toEqual(expect.arrayContaining([...indexes.suspendedCollections]));
    // agencylate: the one contract's entries of those kinds by an index its id (or, where they are rare, their event) leads.
    expect([...indexes['late notice correction']]).toEqual([expect.stringMatching(/^timeline_entries_(contract_event|contract|event)_idx$/)]);
    // refund: the refunds confirmed (a final bill below nil) from their partial index, never the read models whole.
    expect([...indexes['refunds to receive'], ...indexes.Today, ...indexes["the owner's Today"]]).toEqual(expect.arrayContaining(['contract_projections_refunds_idx']));
  }, 120_000);

  it("reads a backlog of ~2,000 letters not made yet by contract: the desk's request and the owner's pages read their own, the desk's lists the backlog once", async () => {
    const logger = t.app.get(DataSource).logger;
    const issued = jest.spyOn(logger, 'logQuery');
    const [{ count: backlog }] = (await db.query(`SELECT count(*)::int AS count FROM outbox WHERE status <> 'done' AND kind = 'letter'`)).rows;
    expect(backlog).toBeGreaterThan(1_800);
    // A request of the large provider whose letter is not made yet, and the estate (Anna's) of another.
    const [{ id: requestId }] = (await db.query(`SELECT contract_id AS id FROM outbox WHERE status = 'pending' AND kind = 'letter' LIMIT 1`)).rows;
    const [{ id: estateId }] = (
      await db.query(`SELECT o.estate_id AS id FROM outbox o JOIN estates e ON e.id = o.estate_id WHERE o.status = 'pending' AND o.kind = 'letter' AND e.owner_id = $1 LIMIT 1`, [anna.userId])
    ).rows;
    const reads: Record<string, string> = {
      request: `${API}/provider-desk/requests/${requestId}`,
      list: `${API}/provider-desk/requests?status=new`,
      waiting: `${API}/provider-desk/requests?status=waiting_on_steward`,
      search: `${API}/provider-desk/requests?status=all&q=bakker`,
      counts: `${API}/provider-desk/requests/counts`,
      queue: `${API}/queue`,
      estate: `/app/estates/${estateId}`,
    };
    const heavy: string[] = [];
    for (const [name, path] of Object.entries(reads)) {
      issued.mockClear();
      const session = name === 'queue' || name === 'estate' ? anna : bigDesk;
      await (path.startsWith('/app') ? session.get(path).set('Cookie', `steward_app=${session.token}`) : session.get(path)).expect(200);
      const unmade = issued.mock.calls.map(([sql, parameters]) => ({ sql, parameters: parameters ?? [] })).filter(({ sql }) => sql.includes(UNMADE));
      expect(unmade.length).toBeGreaterThan(0);
      for (const { sql, parameters } of unmade) {
        const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
        const nodes = scansOf(rows[0]['QUERY PLAN'][0].Plan);
        const outbox = nodes.filter((node) => node['Relation Name'] === 'outbox');
        const read = outbox.reduce((sum, node) => sum + rowsRead(node), 0);
        const indexes = nodes.map((node) => node['Index Name']).filter((index) => index?.startsWith('outbox_'));
        if (outbox.some((node) => node['Node Type'] === 'Seq Scan') || !indexes.length || indexes.some((index) => index !== 'outbox_unmade_letters_idx')) {
          heavy.push(`${name}: not by outbox_unmade_letters_idx (${indexes.join(', ')})`);
        }
        // A page's contracts read their own letters (before the index: the whole backlog, of every kind, 9,648 rows); a desk's
        // list reads none for a provider not served by post (this one), and at most the backlog of letters for one that is.
        if (read > (name === 'request' || name === 'queue' || name === 'estate' ? 60 : backlog)) heavy.push(`${name}: ${read} outbox rows`);
      }
    }
    // Served by post, a desk's list or counts read the backlog once per request, in all its statements together (before
    // branch deskrest, once per tab a statement named: the counts read it three times, a name search on a tab twice).
    await db.query(`UPDATE providers SET channel = 'post' WHERE id = $1`, [big.id]);
    const byPost: Record<string, string> = { ...reads, search: `${API}/provider-desk/requests?status=new&q=bakker`, counted: `${API}/provider-desk/requests/counts?q=bakker` };
    for (const name of ['list', 'waiting', 'search', 'counts', 'counted'] as const) {
      issued.mockClear();
      await bigDesk.get(byPost[name]).expect(200);
      // Each statement's outbox rows: the page's own requests read a few by contract; one statement reads the backlog, once.
      const reads: number[] = [];
      for (const [sql, parameters] of issued.mock.calls.filter(([sql]) => sql.includes(UNMADE))) {
        const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters ?? []);
        reads.push(scansOf(rows[0]['QUERY PLAN'][0].Plan).filter((node) => node['Relation Name'] === 'outbox').reduce((sum, node) => sum + rowsRead(node), 0));
      }
      const wide = reads.filter((read) => read > 60);
      if (wide.length !== 1 || wide[0] > backlog) heavy.push(`${name}, served by post: ${reads.join(' + ')} outbox rows`);
    }
    await db.query(`UPDATE providers SET channel = 'portal' WHERE id = $1`, [big.id]);
    issued.mockRestore();
    expect(heavy).toEqual([]);
  }, 120_000);

  it("answers each desk search of the largest provider, on every tab and in the tabs' counts, from a small part of its 50,000 requests", async () => {
    const logger = t.app.get(DataSource).logger;
    const issued = jest.spyOn(logger, 'logQuery');
    // "bakker" is a common name (one estate in twelve), "lucja de muller" a rare one written without its accents.
    // An account number written like Steward's reference is searched as both (branch deskrest).
    await db.query(`UPDATE contracts SET account_number = 'ST-2025-12345' WHERE id = (SELECT id FROM contracts WHERE provider_id = $1 AND desk_tab IS NOT NULL ORDER BY id LIMIT 1)`, [big.id]);
    const searches = { name: 'bakker', rareName: 'lucja de muller', postcode: '1234 AB', dateOfBirth: '14-05-1946', accountNumber: 'NL00ACC0000040', reference: reference.toLowerCase(), accountLikeReference: 'st 2025 12345' };
    const found: Record<string, number> = {};
    const heavy: string[] = [];
    const searchRows: Record<string, string> = {};
    for (const [kind, q] of Object.entries(searches)) {
      // "new" is the desk page's first tab: the one a provider sees first.
      // "counts": the tabs' counts of the search's matches, which the web desk shows beside the list.
      // "waiting_on_steward": a small tab of three parts (its own, the letters not out yet, the refunds reported), deskread.
      for (const status of ['all', 'new', 'waiting_on_you', 'waiting_on_steward', 'done', 'counts']) {
        issued.mockClear();
        const path = status === 'counts' ? 'requests/counts?' : `requests?status=${status}&`;
        const body = (await bigDesk.get(`${API}/provider-desk/${path}q=${encodeURIComponent(q)}`).expect(200)).body;
        found[kind] = (found[kind] ?? 0) + (Array.isArray(body) ? body.length : 0);
        const statements = issued.mock.calls.map(([sql, parameters]) => ({ sql, parameters: parameters ?? [] })).filter(({ sql }) => /^\s*(SELECT|WITH)/i.test(sql));
        let read = 0;
        for (const { sql, parameters } of statements) {
          const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
          const ofLarge = scansOf(rows[0]['QUERY PLAN'][0].Plan)
            .filter((node) => LARGE.includes(node['Relation Name'] ?? ''))
            .reduce((sum, node) => sum + rowsRead(node), 0);
          read += ofLarge;
          // namesearch: the page's own statement (`nameHits`) per row it shows. A common name is walked in the desk's order, not
          // probed first (main: 601 matches read before the walk, ~42 a row; now ~17–22); a rare one on a tab reads that tab's matches
          // from the index that carries the tab (main: the provider's ~570 whole, for each tab, ~25 a row; now ~6–12).
          if (/name/i.test(kind) && /\bfew0\b/.test(sql)) {
            const shown = (body as unknown[]).length;
            searchRows[`${kind} on ${status}`] = `${ofLarge} rows for ${shown} shown`;
            const perRow = kind === 'name' ? 30 : status === 'all' ? Infinity : 15;
            if (ofLarge > perRow * shown) heavy.push(`${kind} on ${status}: its page's statement read ${ofLarge} rows for ${shown} shown`);
          }
        }
        // At most a fifth of the provider's requests, in all statements of the request together (the tabs once asked
        // the timeline batch by batch, and a name once joined every estate of that name to all its contracts).
        if (read > 10_000) heavy.push(`${kind} on ${status}: ${read} rows`);
        // deskread: a name on a tab reads each of the tab's parts on its own index, at most a thousand of each and a rare name's few
        // matches (before, the provider's first thousand of any tab, then every match of the name in its whole desk: "bakker" ~4,000).
        if (/name/i.test(kind) && status !== 'counts' && read > 3_300) heavy.push(`${kind} on ${status}: ${read} rows`);
      }
    }
    issued.mockRestore();
    console.log('namesearch: rows read by a name search page', searchRows);
    // Every kind finds something, so the plans above are of real searches.
    expect(Object.values(found).every((n) => n > 0)).toBe(true);
    // Both names' page on every tab was measured.
    expect(Object.keys(searchRows)).toHaveLength(10);
    expect(heavy).toEqual([]);
  }, 180_000);

  /**
   * scaledigest (audit84 W2, W1): the worker's routines read a day's work, not every estate or contract ever. The family digest's
   * estates with news come from the news' own indexes (before: every estate walked from the lowest id, once per email: quadratic),
   * and the desk's terms passed from the coming week's deadlines of contracts (before: `workflow_instances_estate_queue_idx` whole,
   * every worker round).
   */
  it("reads the family digest's estates with news and the desk's terms passed from their own indexes: a day's news among 20,000 estates, a week's deadlines among 200,000 contracts", async () => {
    const manager = t.app.get(DataSource).manager;
    const cutoff = lastDigestMoment(t.clock.now(), t.clock.today());
    // Every estate's family news of the days before went out in earlier emails (five items each, and the news written above); one
    // estate in 512 has news for today's email, three items each, and one in 1,024 a correction on its timeline; autovacuum has
    // cleared what the emails took.
    await db.query(`UPDATE notifications SET in_digest_at = created_at WHERE audience = 'family' AND in_digest_at IS NULL`);
    await db.query(`INSERT INTO notifications (estate_id, audience, topic, message, created_at, in_digest_at)
      SELECT e.id, 'family', 'information_requested', 'KPN: vraagt aanvullende informatie.', e.created_at + k * interval '1 day', e.created_at + k * interval '1 day'
        FROM estates e, generate_series(1, 5) k WHERE e.reference LIKE 'GN-%'`);
    await db.query(
      `INSERT INTO notifications (estate_id, audience, topic, message, created_at)
        SELECT e.id, 'family', 'information_requested', 'KPN: vraagt aanvullende informatie.', $1::timestamptz - k * interval '1 hour'
          FROM estates e, generate_series(1, 3) k WHERE e.reference LIKE 'GN-%' AND hashtext(e.id::text) & 511 = 0`,
      [cutoff],
    );
    await db.query(
      `INSERT INTO timeline_family_news (entry_id, estate_id, occurred_at)
        SELECT DISTINCT ON (t.estate_id) t.id, t.estate_id, $1::timestamptz - interval '2 hours' FROM timeline_entries t JOIN estates e ON e.id = t.estate_id
         WHERE e.reference LIKE 'GN-%' AND hashtext(e.id::text) & 1023 = 1 ORDER BY t.estate_id, t.seq`,
      [cutoff],
    );
    // One contract in four waits on a deadline at the end of its term; one in 1,024 had its term end yesterday, its deadline
    // waiting two days for a working day (deskterm).
    await db.query(`UPDATE workflow_instances SET next_due_at = due_date + interval '17 hours' WHERE subject_type = 'contract' AND hashtext(subject_id::text) & 3 = 1`);
    await db.query(
      `UPDATE workflow_instances SET due_date = $2::date - 1, next_due_at = $1::timestamptz + interval '2 days' WHERE subject_type = 'contract' AND hashtext(subject_id::text) & 1023 = 2`,
      [t.clock.now(), t.clock.today()],
    );
    await db.query('VACUUM (ANALYZE) notifications, timeline_family_news, workflow_instances');
    const { rows: [expected] } = await db.query(
      `SELECT (SELECT count(*)::int FROM notifications WHERE audience = 'family' AND in_digest_at IS NULL AND created_at < $2) AS news,
              (SELECT array_agg(DISTINCT estate_id::text ORDER BY estate_id::text) FROM notifications WHERE audience = 'family' AND in_digest_at IS NULL AND created_at < $2) AS notified,
              (SELECT array_agg(DISTINCT estate_id::text ORDER BY estate_id::text) FROM timeline_family_news WHERE occurred_at < $2) AS entered,
              (SELECT count(*)::int FROM timeline_family_news) AS queued,
              (SELECT count(*)::int FROM workflow_instances WHERE subject_type = 'contract' AND hashtext(subject_id::text) & 1023 = 2) AS passed,
              (SELECT count(*)::int FROM workflow_instances WHERE subject_type = 'contract' AND next_due_at > $1 AND next_due_at <= $1::timestamptz + interval '7 days') AS week`,
      [t.clock.now(), cutoff],
    );
    expect(expected.notified.length).toBeGreaterThan(10);
    expect(expected.entered.length).toBeGreaterThan(5);
    expect(expected.passed).toBeGreaterThan(100);

    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const statementOf = async (read: () => Promise<unknown>) => {
      issued.mockClear();
      const result = await read();
      const [sql, parameters] = issued.mock.calls[0];
      return { result, sql, parameters: parameters ?? [] };
    };
    const first = '00000000-0000-0000-0000-000000000000';
    const notified = await statementOf(() => t.app.get(NotificationsService).estatesWithFamilyNews(manager, cutoff, first, 1000));
    const entered = await statementOf(() => t.app.get(TimelineService).estatesWithFamilyNews(manager, cutoff, first, 1000));
    const passed = await statementOf(() => t.app.get(WorkflowRuntime).termsPassedBeforeFiring(manager, 'contract'));
    issued.mockRestore();
    // Every estate with news in order, each once; every term passed.
    expect(notified.result).toEqual(expected.notified);
    expect(entered.result).toEqual(expected.entered);
    expect((passed.result as unknown[]).length).toBe(expected.passed);

    const planned = async ({ sql, parameters }: { sql: string; parameters: unknown[] }) => {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
      const nodes = scansOf(rows[0]['QUERY PLAN'][0].Plan);
      return {
        seqScans: nodes.filter((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')).map((node) => node['Relation Name']),
        indexes: [...new Set(nodes.flatMap((node) => (node['Index Name'] ? [node['Index Name']] : [])))],
        read: nodes.filter((node) => [...LARGE, ...LATER_LARGE, 'timeline_family_news'].includes(node['Relation Name'] ?? '')).reduce((sum, node) => sum + rowsRead(node), 0),
      };
    };
    // The news not taken yet, not the estates nor the ~200,000 items taken before.
    expect(await planned(notified)).toEqual({ seqScans: [], indexes: ['notifications_family_news_idx'], read: expected.news });
    // The timeline's news waiting for an email is a table of its own that a digest empties (DELETE … RETURNING): read whole or by its
    // index, it is the news no email took, never the timeline.
    const timelineNews = await planned(entered);
    expect(timelineNews.seqScans).toEqual([]);
    expect(timelineNews.read).toBeLessThanOrEqual(expected.queued);
    // The coming week's deadlines of contracts (a tenth of the contracts or less), not every contract ever made.
    const terms = await planned(passed);
    expect([terms.seqScans, terms.indexes]).toEqual([[], ['workflow_instances_terms_passed_idx']]);
    expect(terms.read).toBeLessThanOrEqual(expected.week);
    expect(expected.week).toBeLessThan(20_000);
  }, 180_000);

  /**
   * refundscale: a year of refunds (one contract in four confirmed a final bill below nil, nearly all of it received). deskcount: the
   * desk's lists and tab counts ask their own rows for a refund's step (`contracts_desk_refund_idx`), each tab's parts counted and
   * paged on their own index ranges (`tabParts`), never the provider's open refunds read whole first nor a scan of `contracts`.
   * The refunds stay in the generated volume.
   */
  it("counts and lists the large provider's desk tabs, the requests its open refunds move among them, from their indexes, among 50,000 refunds of which nearly all came", async () => {
    await db.query(`UPDATE contract_projections p SET final_invoice_amount = -12.50 FROM workflow_instances w
      WHERE p.instance_id = w.id AND w.subject_type = 'contract' AND hashtext(w.subject_id::text) & 3 = 0`);
    // All but one refund in 64 received, in two parts.
    await db.query(`INSERT INTO refund_receipts (estate_id, contract_id, amount, received_on, created_at)
      SELECT w.estate_id, w.subject_id, part, date '2026-11-20', now() FROM workflow_instances w, unnest(ARRAY[10, 2.50]) part
       WHERE w.subject_type = 'contract' AND hashtext(w.subject_id::text) & 3 = 0 AND hashtext(w.subject_id::text) & 255 <> 0`);
    // The marker as migration 1763819300000 fills it for the rows there are (its down drops the column, and 1763819500000's index with it).
    // scaletoday's markers and their indexes stand on `refund_open`: taken down first, made again after it (deskscale's index too).
    await asMigration(t, async (runner) => {
      await new TodayFromMarkers1763820300000().down(runner);
      await new RefundOpen1763819300000().down(runner);
      await new RefundOpen1763819300000().up(runner);
      await new RefundOpenByEstate1763819500000().up(runner);
      await new TodayFromMarkers1763820300000().up(runner);
      await new DeskRefundSteps1764000000000().up(runner);
    });
    await db.query('ANALYZE contracts, contract_projections, refund_receipts');
    const { rows: [{ refunds }] } = await db.query(`SELECT count(*)::int AS refunds
      FROM workflow_instances WHERE subject_type = 'contract' AND hashtext(subject_id::text) & 3 = 0 AND subject_id IN (SELECT id FROM contracts WHERE provider_id = $1)`, [big.id]);
    expect(refunds).toBeGreaterThan(10_000);

    // deskscale (D1): each tab's list and count asks its rows for their refund's step (`refundStepCondition`): no list of the
    // provider's open-refund ids first (on main `RefundsService.deskStepsOf`, every one of them on every page and count).
    const { rows: [moved] } = await db.query(`SELECT count(*) FILTER (WHERE refund_step = 'transfer')::int AS transfer, count(*) FILTER (WHERE refund_step = 'reported')::int AS reported
      FROM contracts WHERE provider_id = $1 AND refund_open AND desk_tab = 'done'`, [big.id]);
    expect(moved.transfer + moved.reported).toBeGreaterThan(0);
    // As autovacuum leaves the table after the migration's UPDATE of every contract: with the visibility map cleared PostgreSQL
    // counted a tab by a sequential scan hoping for 100 early matches (the plan histidx saw, README histidx Not done D1).
    for (let pass = 0; pass < 3 && (await notAllVisible(db)).length; pass++) await db.query('VACUUM (ANALYZE) contracts');
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const done = (await bigDesk.get(`${API}/provider-desk/requests?status=done&limit=10`).expect(200)).body as { tab: string }[];
    expect(done.map((r) => r.tab)).toEqual(Array(10).fill('done'));
    for (const tab of ['waiting_on_you', 'waiting_on_steward']) await bigDesk.get(`${API}/provider-desk/requests?status=${tab}&limit=10`).expect(200);
    const counts = (await bigDesk.get(`${API}/provider-desk/requests/counts`).expect(200)).body;
    const statements = issued.mock.calls.filter(([sql]) => sql.includes('c.refund_open')).map(([sql, parameters]) => [sql, parameters ?? []] as const);
    issued.mockRestore();
    expect(statements.length).toBe(4);
    // The tabs a refund moves requests to hold them (`refunds.e2e-spec` checks each request's tab against its list and count).
    expect(counts.waiting_on_you.count + counts.waiting_on_steward.count).toBeGreaterThan(0);
    const heavy: string[] = [];
    for (const [sql, parameters] of statements) {
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      const kind = sql.includes('count(*)') ? 'counts' : `list ${parameters.find((p) => typeof p === 'string' && /^(done|waiting_on_you|waiting_on_steward)$/.test(p))}`;
      const seq = nodes.filter((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? ''));
      if (seq.length) heavy.push(`${kind}: sequential scan of ${seq.map((node) => node['Relation Name']).join(', ')}`);
      const scans = nodes.filter((node) => node['Relation Name'] === 'contracts');
      const off = scans.filter((node) => !['contracts_desk_tab_idx', 'contracts_desk_refund_idx', 'contracts_desk_order_idx', 'contracts_pkey'].includes(node['Index Name'] ?? ''));
      if (off.length) heavy.push(`${kind}: contracts read by ${off.map((node) => `${node['Node Type']} ${node['Index Name'] ?? ''}`).join(', ')}`);
      const contracts = scans.reduce((sum, node) => sum + rowsRead(node), 0);
      // Each of the tabs' seven parts (stored: four; letters pending: one; a refund's step: two) up to one past the cap, „done"'s range
      // as many more as the refunds that move away, those counted once from their own index; a page of 11 from each part of its tab.
      const bound = kind === 'counts' ? 7 * 101 + 2 * (moved.transfer + moved.reported) : 3 * 11;
      if (contracts > bound) heavy.push(`${kind}: ${contracts} rows of contracts (at most ${bound})`);
    }
    expect(heavy).toEqual([]);
  }, 120_000);

  /**
   * askdesk: money Steward asked back on a request the desk is done with is kept on the contract as a refund's step is
   * (`askedBackMarkers`: open, its step, no due day), so the desk's lists and counts file it from the same index ranges
   * (`contracts_desk_refund_idx`), and Today finds the ones whose provider reported them paid by `contracts_refund_check_idx`.
   * 400 of the large provider's done requests without a refund marked as the letter and the desk's reports leave them; put back after.
   */
  it("files the large provider's requests with money asked back under its waiting tabs and finds those reported paid for Today, from their indexes", async () => {
    const { rows: marked } = await db.query(`SELECT id, updated_at, desk_overdue FROM contracts WHERE provider_id = $1 AND desk_tab = 'done' AND NOT refund_open AND hashtext(id::text) & 3 <> 0 ORDER BY id LIMIT 400`, [big.id]);
    expect(marked.length).toBe(400);
    const ids = marked.map((r: { id: string }) => r.id);
    const [transfer, reported] = [ids.slice(0, 200), ids.slice(200)];
    await db.query(`UPDATE contracts SET refund_open = true, refund_step = 'transfer', refund_due_on = NULL, refund_reminded = false, refund_check_on = NULL, updated_at = now(), desk_overdue = true WHERE id = ANY($1::uuid[])`, [transfer]);
    await db.query(`UPDATE contracts SET refund_open = true, refund_step = 'reported', refund_due_on = NULL, refund_reminded = false, refund_check_on = date '2026-12-01', updated_at = now(), desk_overdue = true WHERE id = ANY($1::uuid[])`, [reported]);
    for (let pass = 0; pass < 3 && (await notAllVisible(db)).length; pass++) await db.query('VACUUM (ANALYZE) contracts');
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const listed = async (status: string) => ((await bigDesk.get(`${API}/provider-desk/requests?status=${status}&limit=10`).expect(200)).body as { id: string }[]).map((r) => r.id);
    const [done, waiting, steward] = [await listed('done'), await listed('waiting_on_you'), await listed('waiting_on_steward')];
    await bigDesk.get(`${API}/provider-desk/requests/counts`).expect(200);
    await t.app.get(RefundsService).reportedOnToday(null, '2026-12-31', 50);
    const statements = issued.mock.calls.filter(([sql]) => sql.includes('c.refund_open') || sql.includes('c.refund_due_on IS NULL')).map(([sql, parameters]) => [sql, parameters ?? []] as const);
    issued.mockRestore();
    // Overdue and the newest activity first (the desk's order; marked overdue so): the asked-back ones head their tabs' pages, none is „done".
    expect(done.filter((id) => ids.includes(id))).toEqual([]);
    expect([waiting.length, waiting.every((id) => transfer.includes(id))]).toEqual([10, true]);
    expect([steward.length, steward.every((id) => reported.includes(id))]).toEqual([10, true]);
    const today = statements.filter(([sql]) => sql.includes('c.refund_due_on IS NULL') && !sql.includes('c.desk_tab'));
    expect(today).toHaveLength(1);
    const heavy: string[] = [];
    for (const [sql, parameters] of statements) {
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      const kind = today.some(([other]) => other === sql) ? 'today' : sql.includes('count(*)') ? 'counts' : 'list';
      const seq = nodes.filter((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? ''));
      if (seq.length) heavy.push(`${kind}: sequential scan of ${seq.map((node) => node['Relation Name']).join(', ')}`);
      const off = nodes.filter((node) => node['Relation Name'] === 'contracts' && !/^Index (Only )?Scan$/.test(node['Node Type']));
      if (off.length) heavy.push(`${kind}: contracts read by ${off.map((node) => node['Node Type']).join(', ')}`);
      if (kind === 'today' && !nodes.some((node) => node['Index Name'] === 'contracts_refund_check_idx')) heavy.push('today: not by contracts_refund_check_idx');
    }
    expect(heavy).toEqual([]);
    // As the product leaves them once all came: closed, their activity as it was (the cases after this read the volume's refunds).
    await db.query(`UPDATE contracts c SET refund_open = false, refund_step = NULL, refund_check_on = NULL, updated_at = m.updated_at, desk_overdue = m.overdue FROM unnest($1::uuid[], $2::timestamptz[], $3::boolean[]) m(id, updated_at, overdue) WHERE c.id = m.id`, [ids, marked.map((r: { updated_at: Date }) => r.updated_at), marked.map((r: { desk_overdue: boolean }) => r.desk_overdue)]);
  }, 120_000);

  /**
   * refundtoday: Today's two refund sections (`RefundsService.lateOnToday`, `reportedOnToday`), everyone's (the administrator) and
   * an owner's, read the open refunds from their marker (`contracts.refund_open`, its partial indexes by provider and by estate),
   * never the refunds received: the data of the case above, every open refund
   * confirmed long ago (late), half of them reported paid by the provider. On main both read every refund of the estates (for the
   * administrator, every refund in the country: ~12,500 rows here with nearly all received, the owner's 375 for her 6 open ones).
   */
  it("reads Today's late and reported refunds from their marker, an owner's and everyone's, not the refunds received", async () => {
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT c.estate_id, c.id, timestamptz '2026-10-01 12:00+02', 'provider', 'Provider', 'COMPLETE', 'Bevestigd', jsonb_build_object('event', jsonb_build_object('finalInvoiceAmount', -12.5))
        FROM contracts c WHERE c.refund_open`);
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT c.estate_id, c.id, timestamptz '2026-10-15 12:00+02', 'provider', 'Provider', 'refund.paid_reported', 'Gemeld', jsonb_build_object('amount', 12.5, 'paidOn', '2026-10-15')
        FROM contracts c WHERE c.refund_open AND hashtext(c.id::text) & 1 = 0`);
    // scaletoday: the markers Today chooses by (the term's day, the day to look for a reported transfer) as the migration fills them
    // from these confirmations and reports; in the product each change keeps them (`RefundsService.keep`).
    await refillMarkers(t);
    await db.query('ANALYZE contracts, timeline_entries');
    const { rows: [everyone] } = await db.query(`SELECT count(*)::int AS open, count(*) FILTER (WHERE hashtext(id::text) & 1 = 0)::int AS reported FROM contracts WHERE refund_open`);
    const { rows: [hers] } = await db.query(`SELECT count(*)::int AS open, count(*) FILTER (WHERE hashtext(c.id::text) & 1 = 0)::int AS reported,
      (SELECT count(*)::int FROM estates WHERE owner_id = $1) AS estates FROM contracts c JOIN estates e ON e.id = c.estate_id WHERE c.refund_open AND e.owner_id = $1`, [anna.userId]);
    expect(hers.open).toBeGreaterThan(0);
    expect(hers.reported).toBeGreaterThan(0);
    const refunds = t.app.get(RefundsService);
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const heavy: string[] = [];
    for (const [who, ownerId, expected] of [['everyone', null, everyone], ['hers', anna.userId, hers]] as const) {
      for (const [section, read] of [['late', () => refunds.lateOnToday(ownerId, '2026-12-31', 5_000)], ['reported', () => refunds.reportedOnToday(ownerId, '2026-12-31', 5_000)]] as const) {
        issued.mockClear();
        // What she reads: every open refund of her estates late, the reported ones to look for — the same as before the marker.
        expect(await read()).toHaveLength(section === 'late' ? expected.open : expected.reported);
        const [sql, parameters] = issued.mock.calls.find(([statement]) => statement.includes('FROM refund_receipts x'))!;
        const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
        const seq = nodes.filter((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? ''));
        if (seq.length) heavy.push(`${who} ${section}: sequential scan of ${seq.map((node) => node['Relation Name']).join(', ')}`);
        if (!nodes.some((node) => /^contracts_refund_(open_estate|due|check)_idx$/.test(node['Index Name'] ?? ''))) heavy.push(`${who} ${section}: not by the marker's indexes`);
        // The open ones and their few rows each (the contract's timeline: confirmations, reports, reminders), and an owner's estates
        // (which are hers, `ownersEstateIds`); not the refunds received.
        const rows = nodes.filter((node) => [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')).reduce((sum, node) => sum + rowsRead(node), 0);
        const bound = 12 * expected.open + (ownerId ? hers.estates : 0);
        if (rows > bound) heavy.push(`${who} ${section}: ${rows} rows for ${expected.open} open refunds (at most ${bound})`);
      }
    }
    // scaletoday (audit84 A1): the administrator's page of each section (Today shows the first few) reads that page, by the
    // markers' indexes in their order, not every open refund of the country: on main ~12 rows for each of the ~800 open ones.
    for (const [section, read, index] of [['late', () => refunds.lateOnToday(null, '2026-12-31', 10), 'contracts_refund_due_idx'], ['reported', () => refunds.reportedOnToday(null, '2026-12-31', 10), 'contracts_refund_check_idx']] as const) {
      issued.mockClear();
      expect(await read()).toHaveLength(10);
      const [sql, parameters] = issued.mock.calls.find(([statement]) => statement.includes('FROM refund_receipts x'))!;
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      if (nodes.some((node) => node['Node Type'] === 'Seq Scan')) heavy.push(`everyone's page ${section}: a sequential scan`);
      if (!nodes.some((node) => node['Index Name'] === index)) heavy.push(`everyone's page ${section}: not by ${index}`);
      const rows = nodes.filter((node) => [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')).reduce((sum, node) => sum + rowsRead(node), 0);
      if (rows > 12 * 2 * 10) heavy.push(`everyone's page ${section}: ${rows} rows for a page of 10 among ${everyone.open} open refunds`);
    }
    issued.mockRestore();
    expect(heavy).toEqual([]);
  }, 120_000);

  /**
   * scaletoday (audit84 A2): the administrator's Today decides which disputes wait on the owner's decision about a held bill (her
   * badge, her move's rank) from the contracts' `bill_held` on its partial index, not by reading the read model of every open
   * dispute in the country: here one contract in sixteen disputed, one in 1,024 of those with a bill the provider holds to. On main
   * the standings of every disputed contract (~4,000 ids) were read from `contract_projections`, whole by a sequential scan.
   */
  it("decides the administrator's dispute badges from the held bills' marker, not every open dispute's read model", async () => {
    await db.query(`UPDATE workflow_instances SET state = 'disputed' WHERE subject_type = 'contract' AND hashtext(subject_id::text) & 15 = 1`);
    await db.query(`UPDATE contracts c SET state = 'disputed' WHERE hashtext(c.id::text) & 15 = 1`);
    await db.query(`UPDATE contract_projections p SET open_disputes = jsonb_build_array(jsonb_build_object('reference', 'F-1', 'amount', 40, 'rejectionReason', 'Terecht'), jsonb_build_object('reference', 'F-2', 'amount', 12))
      FROM workflow_instances w WHERE p.instance_id = w.id AND w.subject_type = 'contract' AND hashtext(w.subject_id::text) & 16383 = 1`);
    await refillMarkers(t);
    await db.query('ANALYZE contracts, workflow_instances, contract_projections');
    const { rows: [{ disputed, held }] } = await db.query(`SELECT count(*)::int AS disputed, count(*) FILTER (WHERE bill_held)::int AS held FROM contracts WHERE state = 'disputed'`);
    expect(disputed).toBeGreaterThan(1_000);
    expect(held).toBeGreaterThan(0);
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    await t.admin.get(`${API}/queue?limit=5`).expect(200);
    const statements = issued.mock.calls.filter(([sql]) => /^\s*(SELECT|WITH)/i.test(sql));
    issued.mockRestore();
    let projections = 0;
    const seq: string[] = [];
    for (const [sql, parameters] of statements) {
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters ?? [])).rows[0]['QUERY PLAN'][0].Plan);
      projections += nodes.filter((node) => node['Relation Name'] === 'contract_projections').reduce((sum, node) => sum + rowsRead(node), 0);
      seq.push(...nodes.filter((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')).map((node) => node['Relation Name']!));
    }
    expect(seq).toEqual([]);
    // The page's few rows and the sections' own reads, not the ~4,000 disputes.
    expect(projections).toBeLessThan(500);
  }, 120_000);

  /**
   * pagehist: a contract with a long conversation (2,000 entries: collections, disputes, reminders) among the national volume; its
   * read holds 50 of them (on main then all 2,000). histidx: each page of its history (its read, the API's older pages, the
   * contract page's) walks `timeline_entries_contract_idx` backwards and stops at the page: no sort over the contract's entries, about
   * a page of rows read (on main a bitmap scan of all 2,000, then a sort, for each). The contract page as a whole reads what it shows:
   * its kinds (calls, collection steps) from `timeline_entries_contract_event_idx`, not the whole history again per kind.
   */
  it("pages a contract's long history reading about a page of rows: its read, the API's older pages and the contract page", async () => {
    const { rows: [contract] } = await db.query(`SELECT c.id, c.estate_id FROM contracts c JOIN estates e ON e.id = c.estate_id WHERE e.reference = $1`, [reference]);
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary)
      SELECT $1, $2, timestamptz '2026-11-01 12:00+01' + k * interval '1 minute', 'provider', 'Provider', 'contract.requested', 'Herinnering ' || k
        FROM generate_series(1, 2000) k`, [contract.estate_id, contract.id]);
    await db.query('ANALYZE timeline_entries');
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const read = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { timeline: unknown[]; timelineNext: string };
    expect(read.timeline).toHaveLength(50);
    const older = (await anna.get(`${API}/contracts/${contract.id}/timeline?cursor=${read.timelineNext}`).expect(200)).body as { items: unknown[]; nextCursor: string };
    expect(older.items).toHaveLength(50);
    expect((await anna.get(`${API}/contracts/${contract.id}/timeline?limit=200&cursor=${older.nextCursor}`).expect(200)).body.items).toHaveLength(200);
    const apiStatements = issued.mock.calls.length;
    expect((await anna.get(`/app/contracts/${contract.id}?history=${older.nextCursor}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text).toContain('Oudere gebeurtenissen');
    const statements = issued.mock.calls.map(([sql, parameters]) => [sql, parameters ?? []] as const);
    issued.mockRestore();
    // The statements that read a page of the contract's whole history (`TimelineService.contractPage`): three of the API, one of the page.
    const pages = statements.filter(([sql]) => /FROM "timeline_entries" "t" WHERE .* AND TRUE .*ORDER BY "t"\."seq" DESC/s.test(sql));
    expect(pages).toHaveLength(4);
    const heavy: string[] = [];
    for (const [sql, parameters] of pages) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, parameters);
      const nodes = scansOf(rows[0]['QUERY PLAN'][0].Plan);
      const entries = nodes.filter((node) => node['Relation Name'] === 'timeline_entries');
      const read = entries.reduce((sum, node) => sum + rowsRead(node), 0);
      // In the index's order, with the LIMIT: a page of 50 (or 200) and the one that says there is more.
      if (nodes.some((node) => node['Node Type'].includes('Sort')) || entries.some((node) => node['Index Name'] !== 'timeline_entries_contract_idx') || read > 201) {
        heavy.push(`${read} rows, ${nodes.map((node) => `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`).join(' / ')}: ${sql.replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    }
    expect(heavy).toEqual([]);
    // The contract page's every statement: about its page of history (51) and a handful of entries of the kinds it shows, not the 2,000.
    const pageRead: string[] = [];
    let total = 0;
    for (const [sql, parameters] of statements.slice(apiStatements).filter(([sql]) => sql.includes('timeline_entries') && /^\s*(SELECT|WITH)/i.test(sql))) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
      const read = scansOf(rows[0]['QUERY PLAN'][0].Plan).filter((node) => node['Relation Name'] === 'timeline_entries').reduce((sum, node) => sum + rowsRead(node), 0);
      total += read;
      if (read > 60) pageRead.push(`${read} rows: ${sql.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
    expect(pageRead).toEqual([]);
    expect(total).toBeLessThan(200);
  }, 120_000);

  /**
   * askback: Today's final bills paid before the provider dropped the claim (`TimelineService.paidBillsDroppedOnToday`): not asked back
   * yet, or asked back and late. Among ~3,000 such drops in the country — a quarter not asked, a quarter asked and late, half asked and
   * all received — an owner's are read by `timeline_entries_paid_dropped_idx` (her estates), and an administrator's page of 10 in the
   * order of `timeline_entries_paid_dropped_seq_idx` (migration 1763821600000), stopping after the page. On main everyone's read every
   * drop by the estate index and sorted them (and the query did not take the day it judges late by).
   */
  it("reads Today's paid bills on a dropped claim, asked back or not, from their partial indexes: an owner's, and a page of everyone's", async () => {
    // Contracts apart from refundscale's (`& 3 = 0`), whose refunds and receipts stay in the volume before this case.
    const drops = `FROM contracts c WHERE hashtext(c.id::text) & 63 = 1 OR (c.estate_id IN (SELECT id FROM estates WHERE owner_id = '${anna.userId}') AND hashtext(c.id::text) & 3 = 1)`;
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT c.estate_id, c.id, timestamptz '2026-11-20 12:00+01', 'provider', 'Provider', 'COLLECTION_STOPPED', 'Vordering vervallen',
             jsonb_build_object('event', jsonb_build_object('claimDropped', jsonb_build_object('paidFinalBill', jsonb_build_object('reference', 'EA-' || left(c.id::text, 8), 'amount', 45, 'paidOn', '2026-11-10')))) ${drops}`);
    // Asked back on 25 November, by 9 December: one in three of those late (nothing came), the others all received.
    const asked = `${drops.replace('WHERE', 'WHERE (')}) AND (hashtext(c.id::text) >> 8) & 3 <> 0`;
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT c.estate_id, c.id, timestamptz '2026-11-25 12:00+01', 'specialist', 'Anna', 'refund.asked_back', 'Teruggevraagd', jsonb_build_object('amount', 45, 'payBy', '2026-12-09') ${asked}`);
    // askboth: each receipt says which money it answers; these answer the money asked back.
    await db.query(`INSERT INTO refund_receipts (estate_id, contract_id, amount, received_on, created_at, answers) SELECT c.estate_id, c.id, 45, '2026-12-01', now(), 'askedBack' ${asked} AND (hashtext(c.id::text) >> 8) & 3 <> 1`);
    await db.query('ANALYZE timeline_entries, refund_receipts');
    const count = async (owner: string | null) =>
      (await db.query(`SELECT count(*)::int AS n ${drops.replace('WHERE', `WHERE (${owner ? `c.estate_id IN (SELECT id FROM estates WHERE owner_id = '${owner}')) AND (` : ''}`)}) AND (hashtext(c.id::text) >> 8) & 3 <= 1`)).rows[0].n as number;
    const [everyone, hers] = [await count(null), await count(anna.userId)];
    expect(hers).toBeGreaterThan(0);
    expect(everyone).toBeGreaterThan(500);
    const timeline = t.app.get(TimelineService);
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const heavy: string[] = [];
    for (const [who, read, expected, index, bound] of [
      ['hers', () => timeline.paidBillsDroppedOnToday(anna.userId, '2026-12-31', 5_000), hers, 'timeline_entries_paid_dropped_idx', 12 * 4 * hers + 200],
      ["everyone's page", () => timeline.paidBillsDroppedOnToday(null, '2026-12-31', 10), 10, 'timeline_entries_paid_dropped_seq_idx', 12 * 2 * 10],
    ] as const) {
      issued.mockClear();
      const rows = await read();
      expect(rows).toHaveLength(expected);
      // What Today shows: those not asked, and those asked and late, never one all received.
      expect(rows.every((r) => r.askedOn === null || (r.received === 0 && r.payBy === '2026-12-09'))).toBe(true);
      const [sql, parameters] = issued.mock.calls.find(([statement]) => statement.includes('claimDropped.paidFinalBill.amount') && statement.includes('refund_receipts'))!;
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      if (nodes.some((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE, 'refund_receipts'].includes(node['Relation Name'] ?? ''))) heavy.push(`${who}: a sequential scan`);
      // Hers may be read by either partial index (her estates', or in order with her estates as a filter): both hold only such drops.
      if (!nodes.some((node) => node['Index Name'] === index || (who === 'hers' && /^timeline_entries_paid_dropped(_seq)?_idx$/.test(node['Index Name'] ?? '')))) heavy.push(`${who}: not by ${index}`);
      if (who !== 'hers' && nodes.some((node) => node['Node Type'].includes('Sort'))) heavy.push(`${who}: sorted, not read in the index's order`);
      const read_ = nodes.filter((node) => [...LARGE, ...LATER_LARGE, 'refund_receipts'].includes(node['Relation Name'] ?? '')).reduce((sum, node) => sum + rowsRead(node), 0);
      if (read_ > bound) heavy.push(`${who}: ${read_} rows (at most ${bound}) among ${everyone} drops to show`);
    }
    issued.mockRestore();
    expect(heavy).toEqual([]);
  }, 120_000);

  /**
   * deskread (stop 60's Not done): a confirmed contract's page asks whether its confirmation may be taken back from the entries since
   * that confirmation, not the 2,000 steps before it (on main `historyOfContract` read them all on every visit); opening a contract
   * through the API marks her news of it read by her unread notifications' index (`contractOpened`); bankend's `afterEndMovedAt`
   * finds a correction's step by the contract's entries of that event.
   */
  it("reads a confirmed contract's take-back check and its take-back, the news marked read when she opens it and a correction's moved bills from their indexes", async () => {
    const manager = t.app.get(DataSource).manager;
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: big.id, description: 'Internet', accountNumber: '06-2', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary)
      SELECT $1, $2, timestamptz '2026-11-01 12:00+01' + k * interval '1 minute', 'provider', 'Provider', 'contract.requested', 'Herinnering ' || k
        FROM generate_series(1, 2000) k`, [estate.id, contract.id]);
    // Three unread notifications an estate of the country's owners, and some of hers on this contract.
    await db.query(`INSERT INTO notifications (estate_id, contract_id, audience, topic, message, created_at, owner_id)
      SELECT e.id, CASE WHEN e.id = $1 THEN $2::uuid END, 'owner', 'rejection_withdrawn', 'KPN: heeft de afwijzing ingetrokken.', e.created_at + k * interval '1 day', e.owner_id
        FROM estates e, generate_series(1, 3) k`, [estate.id, contract.id]);
    await db.query('ANALYZE timeline_entries, notifications');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-31', reference: 'R-1', finalInvoiceAmount: 20 }).expect(200);
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    // The page offers the take-back (the check accepted it), so the statements below are of a real check.
    expect(page).toContain('Intrekken: per vergissing vastgelegd');
    const pageStatements = issued.mock.calls.map(([sql, parameters]) => ({ name: 'contract page', sql, parameters: parameters ?? [] }));
    issued.mockClear();
    await anna.get(`${API}/contracts/${contract.id}`).expect(200);
    const opened = issued.mock.calls.filter(([sql]) => /^\s*UPDATE notifications SET read_at/.test(sql)).map(([sql, parameters]) => ({ name: 'contractOpened', sql, parameters: parameters ?? [] }));
    issued.mockClear();
    const { rows: [corrected] } = await db.query(`SELECT contract_id FROM timeline_entries WHERE event = 'COMPLETION_CORRECTED' LIMIT 1`);
    await t.app.get(TimelineService).afterEndMovedAt(manager, corrected.contract_id, 1);
    const moved = issued.mock.calls.map(([sql, parameters]) => ({ name: 'afterEndMovedAt', sql, parameters: parameters ?? [] }));
    issued.mockClear();
    // deskpage: the take-back itself, accepted, reads the steps it restores from, not the 2,000 entries before the confirmation (main: all of them).
    const takenBack = (await anna.post(`${API}/contracts/${contract.id}/take-back-confirmation`, { reason: 'Bij het verkeerde contract vastgelegd' }).expect(200)).body;
    expect(takenBack.state).toBe('requested');
    const takeBack = issued.mock.calls.filter(([sql]) => /^\s*(SELECT|WITH)/i.test(sql) && /timeline_entries/.test(sql) && /to_state/.test(sql)).map(([sql, parameters]) => ({ name: 'take-back', sql, parameters: parameters ?? [] }));
    issued.mockRestore();
    expect(opened).toHaveLength(1);
    const heavy: string[] = [];
    const indexes: Record<string, Set<string>> = {};
    for (const { name, sql, parameters } of [...pageStatements.filter(({ sql }) => /^\s*(SELECT|WITH)/i.test(sql) && sql.includes('timeline_entries')), ...opened, ...moved.filter(({ sql }) => /^\s*(SELECT|WITH)/i.test(sql)), ...takeBack]) {
      // The UPDATE planned as it runs, and not kept: her news stays as it was.
      await db.query('BEGIN');
      const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
      await db.query('ROLLBACK');
      const nodes = scansOf(rows[0]['QUERY PLAN'][0].Plan);
      for (const node of nodes) if (node['Index Name']) (indexes[name] ??= new Set()).add(node['Index Name']);
      if (nodes.some(sortsSeqAsText)) heavy.push(`${name}: sorts the history's place as text: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      const read = nodes.filter((node) => [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')).reduce((sum, node) => sum + rowsRead(node), 0);
      // A page statement reads about a page of history (pagehist: 51); the news marked read its three of this contract, not her 450 unread
      // (before migration 1764000400000 her unread index held her id alone: 454 rows).
      if (nodes.some((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')) || read > (name === 'contractOpened' ? 10 : 60)) {
        heavy.push(`${name}: ${read} rows by ${nodes.map((node) => `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`).join(', ')}: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
    expect(heavy).toEqual([]);
    expect([...indexes['contract page']]).toEqual(expect.arrayContaining(['timeline_entries_contract_event_idx', 'timeline_entries_contract_idx']));
    expect([...indexes.contractOpened]).toEqual(['notifications_owner_unread_idx']);
    // deskthread2: a correction is among what the desk's thread shows, so its partial index may answer too (the rows bound above holds).
    expect([...indexes.afterEndMovedAt]).toEqual(expect.arrayContaining([expect.stringMatching(/^timeline_entries_(contract_event|desk_thread)_idx$/)]));
    expect([...indexes['take-back']]).toEqual(expect.arrayContaining(['timeline_entries_contract_event_idx', 'timeline_entries_contract_steps_idx']));
  }, 120_000);

  /**
   * deskthread: a desk request with a long conversation (2,000 entries, a reminder every fourth, its collection notice and confirmation
   * long ago) among the national volume. Its page of the thread (the API's newest and an older page, the desk's page) reads the page's
   * entries and what their words need from before (the latest step, confirmation, collection notice: `threadContextBefore`), each on an
   * index and stopping at it; on main `ProviderDeskService.get` read all 2,000 entries and every letter of the contract. And the release
   * term a dispute returns to (`releaseTermOf`) reads the latest steps back to the one that left the release, not the 2,000 before.
   */
  it("pages a desk request's long thread and reads what a page says of older entries, and a release's term, from their indexes", async () => {
    const manager = t.app.get(DataSource).manager;
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: big.id, description: 'Glasvezel', accountNumber: '06-3', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const step = (event: string, from: string, to: string, n: string, effects = '[]') =>
      `'${event}', '${from}', '${to}', jsonb_build_object('step', ${n}, 'effects', '${effects}'::jsonb, 'event', '{}'::jsonb, 'wording', jsonb_build_object('projection', jsonb_build_object('openDisputes', '[]'::jsonb)))`;
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, from_state, to_state, details, summary)
      SELECT $1::uuid, $2::uuid, timestamptz '2026-11-01 12:00+01' + k * interval '1 minute', 'provider', 'Provider',
             ${step('COMPLETE', 'requested', 'confirmed', '100 + k')}, 'Bevestigd' FROM generate_series(1, 1) k
      UNION ALL
      SELECT $1::uuid, $2::uuid, timestamptz '2026-11-01 12:00+01' + k * interval '1 minute', 'system', 'Steward',
             ${step('COLLECTION_NOTICE', 'confirmed', 'collectionStopRequested', '100 + k')}, 'Incasso' FROM generate_series(2, 2) k
      UNION ALL
      SELECT $1::uuid, $2::uuid, timestamptz '2026-11-01 12:00+01' + k * interval '1 minute', 'system', 'Steward',
             ${step('DEADLINE_PASSED', 'blocked', 'blocked', '100 + k', '["letter"]')}, 'Termijn' FROM generate_series(3, 2000) k WHERE k % 4 = 0
      UNION ALL
      SELECT $1::uuid, $2::uuid, timestamptz '2026-11-01 12:00+01' + k * interval '1 minute', 'staff', 'Anna', 'contract.requested', NULL, NULL, '{}'::jsonb, 'Notitie ' || k
        FROM generate_series(3, 2000) k WHERE k % 4 <> 0
      ORDER BY 1`, [estate.id, contract.id]);
    // Then the bank's release left for a bill's dispute, and 30 of the dispute's terms passed since.
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, from_state, to_state, details, summary)
      SELECT $1::uuid, $2::uuid, timestamptz '2026-12-01 12:00+01', 'staff', 'Anna', ${step('INVOICE_AFTER_END', 'releaseOverdue', 'disputed', '3000')}, 'Bezwaar'`, [estate.id, contract.id]);
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, from_state, to_state, details, summary)
      SELECT $1::uuid, $2::uuid, timestamptz '2026-12-01 12:00+01' + k * interval '1 minute', 'system', 'Steward', ${step('DEADLINE_PASSED', 'disputed', 'disputed', '3000 + k')}, 'Termijn'
        FROM generate_series(1, 30) k`, [estate.id, contract.id]);
    await db.query('ANALYZE timeline_entries, letters');
    const { rows: [{ steps: STEPS }] } = await db.query('SELECT count(*)::int AS steps FROM timeline_entries WHERE contract_id = $1 AND to_state IS NOT NULL', [contract.id]);
    const web = await deskWebOf(t, big.id, { email: 'desk@grote.thread' });
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const newest = (await bigDesk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { threadNext: string };
    expect(newest.threadNext).toEqual(expect.any(String));
    const older = (await bigDesk.get(`${API}/provider-desk/requests/${contract.id}?cursor=${newest.threadNext}`).expect(200)).body as { threadNext: string };
    expect(older.threadNext).toEqual(expect.any(String));
    expect((await web.get(`/desk/requests/${contract.id}?thread=${older.threadNext}`).expect(200)).text).toContain('Oudere berichten');
    const thread = issued.mock.calls.map(([sql, parameters]) => ({ name: 'thread', sql, parameters: parameters ?? [] }));
    issued.mockClear();
    const steps = await t.app.get(TimelineService).latestSteps(manager, contract.id, releaseTermFound);
    expect(releaseTermOf(steps)).not.toBeNull();
    expect(steps.length).toBeLessThanOrEqual(60);
    const release = issued.mock.calls.map(([sql, parameters]) => ({ name: 'release term', sql, parameters: parameters ?? [] }));
    issued.mockRestore();
    // The steps read back 20 at a time (`TimelineService.stepsBack`), wherever a read asks for them.
    const STEPS_BACK = /FROM timeline_entries WHERE contract_id = \$1 AND to_state IS NOT NULL( AND seq < \$2)? ORDER BY timeline_entries\.seq DESC LIMIT/;
    const heavy: string[] = [];
    const indexes = new Set<string>();
    let total = 0;
    for (const { name, sql, parameters } of [...thread, ...release].filter(({ sql }) => /^\s*(SELECT|WITH|\()/i.test(sql) && /timeline_entries|letters/.test(sql))) {
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      for (const node of nodes) if (node['Index Name']) indexes.add(node['Index Name']);
      const read = nodes.filter((node) => ['timeline_entries', 'letters'].includes(node['Relation Name'] ?? '')).reduce((sum, node) => sum + rowsRead(node), 0);
      // A page of the thread: its 51 entries; what it needs from before, a row or two each. The release's term asks 20 steps a read, by
      // the steps index; where the planner's sample puts a long contract at a few steps it may take them all by a bitmap (stop63mends):
      // its steps, never the 1,500 other entries of its history.
      // deskthread2: the entries between a page's own its words need, the latest step and collection notice before each (`threadContextBetween`):
      // a row each per entry of the page, and the page's entries found again by their ids.
      // deskundo: the desk's page reads its newest steps the same way (`deskDropUndoable`: is the newest its own drop?), with the same bound.
      const stepsReadBack = name === 'release term' || STEPS_BACK.test(sql);
      const bound = stepsReadBack ? STEPS : /CROSS JOIN LATERAL/.test(sql) ? 3 * 51 : 60;
      if (nodes.some(sortsSeqAsText)) heavy.push(`${name}: sorts the history's place as text: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      if (!stepsReadBack) total += read;
      if (nodes.some((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')) || read > bound) {
        heavy.push(`${name}: ${read} rows by ${nodes.map((node) => `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`).join(', ')}: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
    expect(heavy).toEqual([]);
    expect(total).toBeLessThan(1_000);
    expect([...indexes]).toEqual(expect.arrayContaining(['timeline_entries_desk_thread_idx', 'timeline_entries_contract_event_idx', 'timeline_entries_contract_steps_idx']));

    // dropmore: on that long history, a drop of the bill she recorded last: the contract page's read of it (`recordedDrop`), and the
    // undo's reads of who it told (the agency stops and their ends) and of the collection it returns to (`lettersSinceEntering`).
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, from_state, to_state, details, summary)
      SELECT $1::uuid, $2::uuid, timestamptz '2026-12-03 12:00+01', 'staff', 'Anna', 'DISPUTE_RESOLVED', 'disputed', 'confirmed',
             jsonb_build_object('step', 4000, 'effects', '[]'::jsonb, 'event', jsonb_build_object('outcome', 'providerWithdrew', 'receivedVia', 'phone'), 'wording', jsonb_build_object('projection', jsonb_build_object('openDisputes', '[]'::jsonb))), 'Ingetrokken'`, [estate.id, contract.id]);
    await db.query('ANALYZE timeline_entries');
    const contracts = t.app.get(ContractsService);
    const recorded = await manager.findOneByOrFail(Contract, { id: contract.id });
    const undoReads = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    expect(await contracts.recordedDrop(recorded)).toMatchObject({ undo: { bills: [] } });
    await contracts.tellDropUndone(manager, recorded, { type: 'DROP_UNDONE', bills: [] }, { instanceId: contract.id, state: 'disputed' });
    await t.app.get(TimelineService).lettersSinceEntering(manager, contract.id, 'collectionStopRequested');
    const dropReads = undoReads.mock.calls.map(([sql, parameters]) => ({ sql, parameters: parameters ?? [] })).filter(({ sql }) => /^\s*(SELECT|WITH|\()/i.test(sql) && /timeline_entries|letters/.test(sql));
    undoReads.mockRestore();
    expect(dropReads.length).toBeGreaterThanOrEqual(4);
    const dropHeavy: string[] = [];
    for (const { sql, parameters } of dropReads) {
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      const read = nodes.filter((node) => ['timeline_entries', 'letters'].includes(node['Relation Name'] ?? '')).reduce((sum, node) => sum + rowsRead(node), 0);
      // The drop's steps and its corrections are a row or two; the newest steps until the one before the drop as the release term's
      // read (`latestSteps`, bounded by the contract's steps); the letters since it entered the collection by the contract's index.
      if (nodes.some((node) => node['Node Type'] === 'Seq Scan' && [...LARGE, ...LATER_LARGE].includes(node['Relation Name'] ?? '')) || read > STEPS + 60) {
        dropHeavy.push(`${read} rows by ${nodes.map((node) => `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`).join(', ')}: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
    expect(dropHeavy).toEqual([]);
  }, 120_000);

  /**
   * decisionfix: Today's bills to pay read a complaints body's decision as last corrected (`correctedDecisionOwedSql` in the bills module's
   * STILL_TO_PAY): a decision's corrections by its contract and kind (`timeline_entries_contract_event_idx`), never every correction in the
   * country. One contract in 64 has a decision leaving € 20,00 owed, half of those corrected to nothing owed: a page holds only the others.
   */
  it("reads Today's bills to pay with the complaints body's decisions as last corrected, each decision's corrections by its contract", async () => {
    const { rows: [{ seq: before }] } = await db.query('SELECT max(seq)::text AS seq FROM timeline_entries');
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, from_state, to_state, summary, details)
      SELECT c.estate_id, c.id, timestamptz '2026-11-20 12:00+01', 'staff', 'Anna', 'DISPUTE_RESOLVED', 'withCommittee', 'confirmed', 'Uitspraak',
             jsonb_build_object('event', jsonb_build_object('outcome', 'payFromEstate', 'invoiceReference', 'GC-' || left(c.id::text, 8),
               'settled', jsonb_build_array(jsonb_build_object('reference', 'GC-' || left(c.id::text, 8), 'amount', 20)),
               'committee', jsonb_build_object('decision', 'billLowered', 'decidedOn', '2026-11-20', 'amount', 20)))
        FROM contracts c WHERE hashtext(c.id::text) & 63 = 2`);
    const corrected = await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT d.estate_id, d.contract_id, timestamptz '2026-11-21 12:00+01', 'staff', 'Anna', '${COMMITTEE_DECISION_CORRECTED}', 'Uitspraak gecorrigeerd',
             jsonb_build_object('decisionId', d.id::text, 'reference', d.details -> 'event' ->> 'invoiceReference', 'left', 30, 'from', d.details -> 'event' -> 'committee',
               'to', jsonb_build_object('decision', 'billDropped', 'decidedOn', '2026-11-20', 'amount', NULL))
        FROM timeline_entries d WHERE d.seq > $1::bigint AND d.event = 'DISPUTE_RESOLVED' AND hashtext(d.contract_id::text) & 64 = 0`, [before]);
    expect(corrected.rowCount).toBeGreaterThan(500);
    await db.query('ANALYZE timeline_entries');

    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const page = await t.app.get(BillsService).unpaidAcross(null, [before], 10);
    const statements = issued.mock.calls.filter(([sql]) => sql.includes(`'${COMMITTEE_DECISION_CORRECTED}'`));
    issued.mockRestore();
    // What Today shows: ten decisions' bills, each still € 20,00 owed, none corrected to nothing owed.
    const { rows: correctedRefs } = await db.query(`SELECT details ->> 'reference' AS reference FROM timeline_entries WHERE seq > $1::bigint AND event = $2`, [before, COMMITTEE_DECISION_CORRECTED]);
    const dropped = new Set(correctedRefs.map((r: { reference: string }) => r.reference));
    expect(page.items).toHaveLength(10);
    expect(page.items.filter((b) => b.amount !== 20 || !b.reference.startsWith('GC-') || dropped.has(b.reference))).toEqual([]);

    expect(statements).toHaveLength(1);
    const [[sql, parameters]] = statements;
    const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
    expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan' && LARGE.includes(node['Relation Name'] ?? '')).map((node) => node['Relation Name'])).toEqual([]);
    // The page of ten and the few decisions corrected before them, not the ~3,000 decisions or the ~1,500 corrections.
    expect(nodes.filter((node) => node['Relation Name'] === 'timeline_entries').reduce((sum, node) => sum + rowsRead(node), 0)).toBeLessThan(400);
    // The correction's own read, alone: one decision's corrections by its contract and kind (decisionowes: or by its contract from the desk
    // thread's partial index, which holds the corrections since migration 1764004000000: the planner may take either).
    const { rows: [decision] } = await db.query(`SELECT id FROM timeline_entries WHERE seq > $1::bigint AND event = 'DISPUTE_RESOLVED' LIMIT 1`, [before]);
    const own = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT ${correctedDecisionOwedSql('t', "t.details -> 'event' ->> 'invoiceReference'")} FROM timeline_entries t WHERE t.id = $1`, [decision.id])).rows[0]['QUERY PLAN'][0].Plan);
    expect(own.filter((node) => node['Relation Name'] === 'timeline_entries').map((node) => node['Index Name'])).toEqual(expect.arrayContaining([expect.stringMatching(/^timeline_entries_(contract_event|desk_thread)_idx$/)]));
    expect(own.some((node) => node['Index Name'] === 'timeline_entries_event_idx' || node['Node Type'] === 'Seq Scan')).toBe(false);
  }, 120_000);

  /**
   * repaybill: money a provider paid back, owed to it again by an undo of its claim's drop (`CLAIM_DROP_UNDONE` with
   * `repaymentWithdrawn.owedAs`), is a step of the bills owed: Today's page of everyone's reads it from `timeline_entries_bills_owed_seq_idx`
   * and an estate's list from `timeline_entries_bills_owed_idx` (both rebuilt by migration 1764005700000), not the ~200,000 contracts'
   * steps. One contract in 64 has such an undo of € 45,00, half of those paid: a page of ten holds only unpaid ones.
   */
  it("reads Today's and an estate's money paid back and owed again after a claim's drop was undone from the bills-owed partial indexes", async () => {
    const { rows: [{ seq: before }] } = await db.query('SELECT max(seq)::text AS seq FROM timeline_entries');
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, from_state, to_state, summary, details)
      SELECT c.estate_id, c.id, timestamptz '2026-11-22 12:00+01', 'staff', 'Anna', 'CLAIM_DROP_UNDONE', 'claimDropped', 'collectionStopAsked', 'Intrekking teruggedraaid',
             jsonb_build_object('event', jsonb_build_object('restored', 'collectionStopAsked', 'bills', '[]'::jsonb,
               'repaymentWithdrawn', jsonb_build_object('amount', 45, 'repaid', 45, 'repaidOn', '2026-11-21', 'owedAs', 'RB-' || left(c.id::text, 8) || '-terugbetaald')), 'effects', '[]'::jsonb)
        FROM contracts c WHERE hashtext(c.id::text) & 63 = 3`);
    const paid = await db.query(`INSERT INTO bill_payments (estate_id, contract_id, bill_reference, amount, final_bill, overdraft, paid_on, created_at)
      SELECT u.estate_id, u.contract_id, u.details #>> '{event,repaymentWithdrawn,owedAs}', 45, false, false, date '2026-11-22', now()
        FROM timeline_entries u WHERE u.seq > $1::bigint AND u.event = 'CLAIM_DROP_UNDONE' AND hashtext(u.contract_id::text) & 64 = 0`, [before]);
    expect(paid.rowCount).toBeGreaterThan(500);
    await db.query('ANALYZE timeline_entries');
    await db.query('ANALYZE bill_payments');

    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const page = await t.app.get(BillsService).unpaidAcross(null, [before], 10);
    const { rows: [one] } = await db.query(`SELECT estate_id AS "estateId" FROM timeline_entries WHERE seq > $1::bigint AND event = 'CLAIM_DROP_UNDONE' LIMIT 1`, [before]);
    const estate = await t.app.get(BillsService).openPage(one.estateId, null, 10);
    const statements = issued.mock.calls.filter(([sql]) => BILLS_OWED.test(sql));
    issued.mockRestore();
    // What Today shows: ten sums paid back owed again, none of those paid; the estate's list holds its own.
    const { rows: paidRefs } = await db.query(`SELECT bill_reference AS reference FROM bill_payments WHERE bill_reference LIKE 'RB-%'`);
    const paidAlready = new Set(paidRefs.map((r: { reference: string }) => r.reference));
    expect(page.items).toHaveLength(10);
    expect(page.items.filter((b) => !b.repaidAgain || b.amount !== 45 || paidAlready.has(b.reference))).toEqual([]);
    const { rows: ownUndos } = await db.query(`SELECT details #>> '{event,repaymentWithdrawn,owedAs}' AS reference FROM timeline_entries WHERE seq > $1::bigint AND event = 'CLAIM_DROP_UNDONE' AND estate_id = $2`, [before, one.estateId]);
    expect(estate.items.filter((b) => b.repaidAgain).map((b) => b.reference).sort()).toEqual(ownUndos.map((u: { reference: string }) => u.reference).filter((r: string) => !paidAlready.has(r)).sort());

    expect(statements.length).toBeGreaterThanOrEqual(2);
    const indexes = new Set<string>();
    for (const [sql, parameters] of statements) {
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan' && LARGE.includes(node['Relation Name'] ?? '')).map((node) => node['Relation Name'])).toEqual([]);
      nodes.forEach((node) => node['Index Name'] && indexes.add(node['Index Name']));
    }
    expect([...indexes]).toEqual(expect.arrayContaining(['timeline_entries_bills_owed_idx', 'timeline_entries_bills_owed_seq_idx']));
  }, 120_000);

  /**
   * returnedtoday: Today's letters that came back in the last four weeks whose letter made anew has not gone, read by `letters_returned_idx`
   * (the returned letters alone), each one's letter made since by its contract: not the ~100,000 letters that arrived. returneddismiss: the
   * four weeks count from the day the return was recorded, and a return whose address she checked is not in the index (its predicate).
   */
  it("reads Today's letters that came back from their partial index, an owner's and a page of everyone's, not the letters that arrived", async () => {
    const today = t.clock.today();
    const hers = `c.estate_id IN (SELECT id FROM estates WHERE owner_id = '${anna.userId}')`;
    // Posted in June, one contract in 64 (and one in four of hers): come back in June (history), or three days ago one in four of them
    // (all of hers). Not the large provider's with a letter waiting (`& 1023 < 40`): their latest letter is that one.
    await db.query(`INSERT INTO letters (estate_id, contract_id, kind, language, status, letter_date, recipient, subject, body_text, pdf, sha256, channel, delivery_status, delivered_at, returned_on, return_recorded_on, created_at)
      SELECT c.estate_id, c.id, 'cancellation', 'nl', 'sent', date '2026-06-01', 'Provider', 'Opzegging', 'Geachte heer, mevrouw', '\\x00'::bytea, 'x', 'post', 'failed', timestamptz '2026-06-02 12:00+02', back, back, timestamptz '2026-06-01 12:00+02'
        FROM contracts c, LATERAL (SELECT CASE WHEN (hashtext(c.id::text) >> 8) & 3 = 0 OR ${hers} THEN $1::date - 3 ELSE date '2026-06-10' END AS back) r
       WHERE hashtext(c.id::text) & 1023 >= 64 AND (hashtext(c.id::text) & 63 = 7 OR (${hers} AND hashtext(c.id::text) & 3 = 3))`, [today]);
    // One recent return in eight had its address checked: off Today, and out of the index.
    await db.query(`UPDATE letters SET return_checked_at = now() WHERE returned_on >= $1::date - 28 AND hashtext(id::text) & 7 = 5`, [today]);
    // Each made anew the day it came back; every other one posted since (off Today).
    await db.query(`INSERT INTO letters (estate_id, contract_id, kind, language, status, letter_date, recipient, subject, body_text, pdf, sha256, channel, delivery_status, delivered_at, created_at)
      SELECT l.estate_id, l.contract_id, 'cancellation', 'nl', 'sent', l.returned_on, 'Provider', 'Opzegging', 'Geachte heer, mevrouw', '\\x00'::bytea, 'x', 'post',
             CASE WHEN hashtext(l.id::text) & 1 = 0 THEN 'posted' ELSE 'queued_for_print' END, CASE WHEN hashtext(l.id::text) & 1 = 0 THEN l.returned_on + time '15:00' END, l.returned_on + time '13:00'
        FROM letters l WHERE l.returned_on IS NOT NULL`);
    await db.query('ANALYZE letters');
    const { rows: [{ recent, offToday }] } = await db.query(`SELECT count(*) FILTER (WHERE l.returned_on >= $1::date - 28)::int AS recent,
        coalesce(array_agg(l.id::text) FILTER (WHERE n.delivery_status = 'posted' OR l.return_checked_at IS NOT NULL), '{}') AS "offToday"
        FROM letters l JOIN letters n ON n.contract_id = l.contract_id AND n.created_at > l.created_at AND n.returned_on IS NULL AND n.letter_date = l.returned_on WHERE l.returned_on IS NOT NULL`, [today]);
    expect(recent).toBeGreaterThan(200);
    const letters = t.app.get(LettersService);
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const heavy: string[] = [];
    for (const [who, owner] of [['hers', anna.userId], ["everyone's page", null]] as const) {
      issued.mockClear();
      const rows = await letters.returnedOnToday(owner, today, 10);
      // What Today shows: come back three days ago, its new letter not posted; never one back in June, nor one whose new letter went or whose address was checked.
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.returnedOn < addCalendarDays(today, -28) || offToday.includes(r.letterId) || r.remadeOn !== r.returnedOn)).toEqual([]);
      const [sql, parameters] = issued.mock.calls.find(([statement]) => statement.includes('l.return_recorded_on >='))!;
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      if (nodes.some((node) => node['Node Type'] === 'Seq Scan' && LARGE.includes(node['Relation Name'] ?? ''))) heavy.push(`${who}: a sequential scan`);
      // Hers may be read by her estates' letters instead (a few hundred): every other read is by the returned letters alone.
      if (!nodes.some((node) => node['Index Name'] === 'letters_returned_idx' || (owner && /^letters_estate/.test(node['Index Name'] ?? '')))) heavy.push(`${who}: not by letters_returned_idx`);
      const read = nodes.filter((node) => node['Relation Name'] === 'letters').reduce((sum, node) => sum + rowsRead(node), 0);
      if (read > 4 * recent + 100) heavy.push(`${who}: ${read} letters read (at most ${4 * recent + 100})`);
    }
    issued.mockRestore();
    expect(heavy).toEqual([]);
  }, 120_000);

  it("reads Today's handover appointments from their partial indexes, an owner's and a page of everyone's, by their day", async () => {
    const today = t.clock.today();
    const hers = `estate_id IN (SELECT id FROM estates WHERE owner_id = '${anna.userId}')`;
    // rentkeys2: one contract in 64 (and one in four of hers) has an appointment: one in four of those in the past (off Today), the others ahead.
    await db.query(`UPDATE contracts SET handover_appointment = jsonb_build_object('on', CASE WHEN (hashtext(id::text) >> 8) & 3 = 0 THEN $1::date - 3 ELSE $1::date + 10 + ((hashtext(id::text) >> 8) & 15) END, 'time', '10:00', 'place', 'Kerkstraat 1')
      WHERE hashtext(id::text) & 63 = 9 OR (${hers} AND hashtext(id::text) & 3 = 2)`, [today]);
    await db.query('ANALYZE contracts');
    const { rows: [{ ahead }] } = await db.query(`SELECT count(*)::int AS ahead FROM contracts WHERE (handover_appointment ->> 'on') >= $1`, [today]);
    expect(ahead).toBeGreaterThan(200);
    const contracts = t.app.get(ContractsService);
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const heavy: string[] = [];
    for (const [who, owner] of [['hers', anna.userId], ["everyone's page", null]] as const) {
      issued.mockClear();
      const rows = await contracts.handoverAppointmentsOnToday(owner, today, 10);
      // What Today shows: today's or later, the soonest first; never one whose day has passed.
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.appointment.on < today)).toEqual([]);
      expect(rows.map((r) => r.appointment.on)).toEqual(rows.map((r) => r.appointment.on).sort());
      const [sql, parameters] = issued.mock.calls.find(([statement]) => statement.includes('c.handover_appointment IS NOT NULL'))!;
      const nodes = scansOf((await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)).rows[0]['QUERY PLAN'][0].Plan);
      if (nodes.some((node) => node['Node Type'] === 'Seq Scan' && LARGE.includes(node['Relation Name'] ?? ''))) heavy.push(`${who}: a sequential scan`);
      if (!nodes.some((node) => /^contracts_handover_(estate|on)_idx$/.test(node['Index Name'] ?? ''))) heavy.push(`${who}: not by a handover index`);
      const read = nodes.filter((node) => node['Relation Name'] === 'contracts').reduce((sum, node) => sum + rowsRead(node), 0);
      if (read > 2 * ahead + 100) heavy.push(`${who}: ${read} contracts read (at most ${2 * ahead + 100})`);
    }
    issued.mockRestore();
    await db.query(`UPDATE contracts SET handover_appointment = NULL WHERE handover_appointment IS NOT NULL`);
    expect(heavy).toEqual([]);
  }, 120_000);
});

/** scaletoday: the markers of migration 1763820300000 filled again from the generated rows, as the migration does (no request's timeout). */
async function refillMarkers(app: TestApp): Promise<void> {
  await asMigration(app, async (runner) => {
    await new TodayFromMarkers1763820300000().down(runner);
    await new TodayFromMarkers1763820300000().up(runner);
    await new DeskRefundSteps1764000000000().up(runner);
  });
}

/**
 * Migrations' work on the generated volume in one transaction, on the migrations' own connection (`dataSourceOptions`' maintenance
 * share): no statement timeout and no deadline of a request's pool, which the UPDATE of every contract passed on busy shared cores.
 */
async function asMigration(app: TestApp, work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const maintenance = await new DataSource(dataSourceOptions(app.databaseUrl)).initialize();
  const runner = maintenance.createQueryRunner();
  try {
    await runner.startTransaction();
    await work(runner);
    await runner.commitTransaction();
  } finally {
    await runner.release();
    await maintenance.destroy();
  }
}

/** The tables whose counts must be index-only with fewer than 99% of their pages all-visible (`pg_class.relallvisible`, as VACUUM set it). */
async function notAllVisible(db: Client): Promise<string[]> {
  const { rows } = await db.query(`SELECT relname FROM pg_class WHERE relname IN ('contracts', 'estates') AND relallvisible < 0.99 * relpages`);
  return rows.map((r: { relname: string }) => r.relname);
}

/**
 * A Dutch month and a bit, written set-wise: 50 specialists (Anna owns 150 estates), 200 providers
 * plus one large one holding a quarter of all contracts, 10 contracts, 10 timeline rows and 5
 * letters per estate. Names carry accents; states, due dates and activity are spread.
 */
async function generateVolume(db: Client, ids: { anna: string; big: string; template: string }) {
  // Each contract's desk tab and whether it is overdue as the workflow writes them; a third of the requests answered by the provider.
  const tabs = CONTRACT_STATES.flatMap((state) => [false, true].map((answered) => ({ state, answered, tab: deskTabAfter(state, answered, '').tab, overdue: deskOverdue(state, false) })));
  await db.query(`CREATE TEMP TABLE desk_tabs AS SELECT * FROM jsonb_to_recordset($1) AS m(state text, answered boolean, tab text, overdue boolean)`, [JSON.stringify(tabs)]);
  await db.query(`
    INSERT INTO users (email, name, role, password_hash)
      SELECT 'specialist' || i || '@volume.example', 'Specialist ' || i, 'specialist', 'x' FROM generate_series(1, 49) i;
    INSERT INTO providers (name, category, contact_point_name, channel, sla_business_days)
      SELECT 'Provider ' || i, 'energy', 'Desk', 'portal', 10 FROM generate_series(1, 200) i;

    CREATE TEMP TABLE pick AS SELECT (SELECT array_agg(id) FROM users WHERE role = 'specialist' AND id <> '${ids.anna}') AS owners,
                                     (SELECT array_agg(id) FROM providers WHERE id <> '${ids.big}') AS providers;
    INSERT INTO estates (reference, owner_id, status, deceased_given_names, deceased_surname_prefix, deceased_surname, deceased_gender,
                         deceased_date_of_birth, deceased_date_of_death, deceased_address, created_at, updated_at)
      SELECT 'GN-' || lpad(i::text, 8, '0'),
             CASE WHEN i <= 150 THEN '${ids.anna}'::uuid ELSE pick.owners[1 + i % 49] END,
             (ARRAY['intake','inventory','inProgress','inProgress','settling','closed'])[1 + i % 6],
             (ARRAY['Jan','Maria','Öznur','José','Anneke','Henk','Łucja','Wim','Fatima','Renée'])[1 + i % 10],
             (ARRAY[NULL,'de','van der',NULL,'van'])[1 + i % 5],
             (ARRAY['Jansen','de Jong','Müller','Çelik','Bakker','Visser','Smit','Meijer','Yılmaz','Dekker','Mulder','Bos'])[1 + (i / 7) % 12] || (i % 97)::text,
             'unknown', date '1930-01-01' + (i % 20000), date '2026-10-01' + (i % 50),
             jsonb_build_object('street', 'Straat ' || i, 'postalCode', (1000 + i % 9000)::text || ' AB', 'city', 'Utrecht', 'country', 'NL'),
             timestamptz '2026-10-01' + i * interval '3 minutes', timestamptz '2026-10-01' + i * interval '3 minutes'
        FROM generate_series(1, 20000) i, pick;

    CREATE TEMP TABLE numbered_estates AS
      SELECT row_number() OVER (ORDER BY created_at) AS n, id, created_at,
             steward_search_name(deceased_given_names, deceased_surname_prefix, deceased_surname) AS search_name
        FROM estates WHERE reference LIKE 'GN-%';
    INSERT INTO contracts (estate_id, provider_id, description, account_number, action, state, created_at, updated_at, deceased_search_name, desk_tab, provider_answered, desk_overdue)
      SELECT c.estate_id, c.provider_id, c.description, c.account_number, c.action, c.state, c.created_at, c.updated_at, c.search_name, m.tab, m.answered, m.overdue FROM (
        SELECT e.id,
               CASE WHEN k % 4 = 0 THEN '${ids.big}'::uuid ELSE pick.providers[1 + (e.n * 10 + k) % 200] END,
               'Contract ' || k, 'NL00 ACC ' || lpad((e.n * 10 + k)::text, 7, '0'), 'cancel',
               (ARRAY['requested','acknowledged','confirmed','closed','settled','reminded','ready','draft','informationRequested','closed'])[1 + (e.n + k) % 10] AS state,
               e.created_at, e.created_at + ((e.n * 10 + k) % 5000) * interval '1 minute', e.search_name, (e.n + k) % 3 = 0 AS answered
          FROM numbered_estates e, generate_series(0, 9) k, pick) c(estate_id, provider_id, description, account_number, action, state, created_at, updated_at, search_name, answered)
      JOIN desk_tabs m ON m.state = c.state AND m.answered = c.answered;
    DROP TABLE pick;

    INSERT INTO workflow_instances (estate_id, subject_type, subject_id, machine_id, machine_version, snapshot, accepted_events, state, due_date, created_at, updated_at)
      SELECT c.estate_id, 'contract', c.id, t.machine_id, t.machine_version, t.snapshot, t.accepted_events, c.state,
             date '2026-11-01' + (hashtext(c.id::text) & 63), c.created_at, c.updated_at
        FROM contracts c, (SELECT machine_id, machine_version, snapshot, accepted_events FROM workflow_instances WHERE subject_id = '${ids.template}') t
       WHERE c.account_number LIKE 'NL00 ACC %';
    -- Each contract's read model, as the runtime writes it with every transition.
    INSERT INTO contract_projections (instance_id, estate_id, action, reminders_sent, escalations, disputes, projection_version)
      SELECT w.id, w.estate_id, 'cancel', 0, 0, 0, ${CONTRACT_PROJECTION_VERSION}
        FROM workflow_instances w JOIN contracts c ON c.id = w.subject_id
       WHERE w.subject_type = 'contract' AND c.account_number LIKE 'NL00 ACC %';
    -- The outbox as its retention period keeps it: each contract's letter done, and a backlog of the large provider's not
    -- made yet, as when the workers were down a while (a worker drains it every second): ~2,000 letters waiting for a
    -- worker or parked, each with the other effects of its step (the desk's webhook, the family's and the owner's notices).
    INSERT INTO outbox (estate_id, contract_id, instance_id, kind, payload, status, created_at, done_at)
      SELECT w.estate_id, w.subject_id, w.id, 'letter',
             jsonb_build_object('state', w.state, 'from', 'ready', 'effect', jsonb_build_object('type', 'letter', 'letterKind', 'cancellation')), o.status, w.created_at,
             CASE WHEN o.status = 'done' THEN w.created_at END
        FROM workflow_instances w JOIN contracts c ON c.id = w.subject_id,
             LATERAL (SELECT CASE WHEN c.provider_id <> '${ids.big}' OR hashtext(c.id::text) & 1023 > ${BACKLOG_PER_1024} THEN 'done' WHEN hashtext(c.id::text) & 1023 < 2 THEN 'parked' ELSE 'pending' END AS status) o
       WHERE w.subject_type = 'contract' AND c.account_number LIKE 'NL00 ACC %';
    INSERT INTO outbox (estate_id, contract_id, instance_id, kind, payload, status, created_at)
      SELECT o.estate_id, o.contract_id, o.instance_id, k.kind, '{}'::jsonb, o.status, o.created_at
        FROM outbox o, unnest(ARRAY['webhook', 'notify_family', 'notify_owner']) k(kind) WHERE o.status <> 'done';
    -- One confirmed contract in ten whose provider confirmed a later end date than asked: on its owner's Today until handled.
    UPDATE contracts SET later_end_date_asked = date '2026-11-02' WHERE state = 'confirmed' AND account_number LIKE 'NL00 ACC %' AND hashtext(id::text) % 10 = 0;
    UPDATE contract_projections p SET effective_date = date '2026-12-31'
      FROM workflow_instances w JOIN contracts c ON c.id = w.subject_id WHERE p.instance_id = w.id AND c.later_end_date_asked IS NOT NULL;
    -- deskanswer: half of those (their date confirmed) corrected after the confirmation, the answer awaited: on Today.
    UPDATE contracts SET correction_awaited = '{"changes": [{"field": "requestedEndDate", "from": null, "to": "2026-11-15"}], "on": "2026-11-20"}'::jsonb
     WHERE state = 'confirmed' AND account_number LIKE 'NL00 ACC %' AND hashtext(id::text) % 20 = 0;

    INSERT INTO timeline_entries (estate_id, occurred_at, actor_type, actor_name, event, summary)
      SELECT e.id, e.created_at + k * interval '1 hour', 'staff', 'Specialist', 'contract.requested', 'Verzoek verstuurd'
        FROM numbered_estates e, generate_series(1, 10) k;
    INSERT INTO letters (estate_id, kind, language, status, letter_date, recipient, subject, body_text, pdf, sha256, created_at)
      SELECT e.id, 'cancellation', 'nl', CASE WHEN k = 5 AND e.n % 50 = 0 THEN 'blocked' ELSE 'sent' END, date '2026-11-01',
             'Provider', 'Opzegging', 'Geachte heer, mevrouw', '\\x00'::bytea, 'x', e.created_at + k * interval '1 minute'
        FROM numbered_estates e, generate_series(1, 5) k;
    -- The large provider's requests whose letter is not out yet, one in fifty each: by post waiting for the print batch,
    -- or held back by the letter rules (the desk lists them under "Wacht op Steward").
    INSERT INTO letters (estate_id, contract_id, kind, language, status, letter_date, recipient, subject, body_text, pdf, sha256, channel, delivery_status, effect, created_at)
      SELECT c.estate_id, c.id, 'cancellation', 'nl', CASE WHEN h % 2 = 0 THEN 'sent' ELSE 'blocked' END, date '2026-11-01', 'Grote Telecom', 'Opzegging', 'Geachte heer, mevrouw', '\\x00'::bytea, 'x',
             CASE WHEN h % 2 = 0 THEN 'post' ELSE 'portal' END, CASE WHEN h % 2 = 0 THEN 'queued_for_print' ELSE 'not_applicable' END,
             jsonb_build_object('payload', jsonb_build_object('state', c.state, 'from', 'ready', 'effect', jsonb_build_object('type', 'letter', 'letterKind', 'cancellation'))), c.updated_at
        FROM (SELECT c.*, hashtext(c.id::text) & 1023 AS h FROM contracts c WHERE c.provider_id = '${ids.big}' AND c.state = 'requested') c WHERE c.h < 40;
    -- One of Anna's print batches, holding one estate's letters: the print page lists its envelopes.
    WITH b AS (INSERT INTO print_batches (owner_id, batch_date, letter_count, pdf, sha256, created_at)
               VALUES ('${ids.anna}', date '2026-11-02', 5, '\\x00'::bytea, 'x', timestamptz '2026-11-02 17:00+01') RETURNING id)
    UPDATE letters SET channel = 'post', delivery_status = 'printed', print_batch_id = (SELECT id FROM b), print_pages = 1
     WHERE estate_id = (SELECT id FROM estates WHERE owner_id = '${ids.anna}' ORDER BY created_at, id LIMIT 1);
    -- A handover row per estate of the other specialists (the plans need the volume, not a consistent story); a few not yet opened.
    INSERT INTO handovers (estate_id, from_user_id, to_user_id, reason, handed_over_at, seen_at)
      SELECT e.id, o.owner_id, '${ids.anna}', 'Werkverdeling', e.created_at, CASE WHEN e.n % 1000 = 0 THEN NULL ELSE e.created_at END
        FROM numbered_estates e JOIN estates o ON o.id = e.id WHERE o.owner_id <> '${ids.anna}';
    -- A relative on every tenth estate who reported ten bills or letters: the family's own list must not read them all.
    INSERT INTO family_members (estate_id, name, relation, is_representative, role)
      SELECT e.id, 'Relative', 'kind', true, 'representative' FROM numbered_estates e WHERE e.n % 10 = 0;
    INSERT INTO family_reports (estate_id, family_member_id, kind, message, status, created_at)
      SELECT m.estate_id, m.id, 'invoice_after_end', 'Nog een rekening', CASE WHEN k < 10 THEN 'handled' ELSE 'open' END, now() - k * interval '1 day'
        FROM family_members m JOIN numbered_estates e ON e.id = m.estate_id, generate_series(1, 10) k;
    -- A progress report to each of those relatives; one relative in ten had their portal access withdrawn before it, so
    -- it reached nobody (Today's reports to pass on).
    INSERT INTO letters (estate_id, kind, language, status, letter_date, recipient, subject, body_text, pdf, sha256, addressee_id, channel, delivery_status, delivered_at, created_at)
      SELECT m.estate_id, 'progress_report', 'nl', 'sent', date '2026-11-01', 'Relative', 'Voortgang', 'Beste', '\\x00'::bytea, 'x', m.id, 'portal', 'delivered', now() - interval '1 day', now() - interval '1 day'
        FROM family_members m JOIN numbered_estates e ON e.id = m.estate_id;
    UPDATE family_members SET access_withdrawn_at = now() - interval '2 days' WHERE estate_id IN (SELECT id FROM numbered_estates WHERE n % 100 = 0);
    -- A final bill confirmed on one contract of every fourth estate (its first, 'NL00 ACC …0'): owed by the estate, every
    -- other one recorded paid (Today's bills to pay). Found by its account number in one join: the contracts written
    -- above have no statistics yet in this transaction, and a lookup per estate would scan them estate by estate.
    INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT c.estate_id, c.id, e.created_at + interval '2 hours', 'provider', 'Provider', 'COMPLETE', 'Bevestigd',
             jsonb_build_object('wording', jsonb_build_object('projection', jsonb_build_object('finalInvoiceAmount', 12.5, 'providerReference', 'R-' || e.n)))
        FROM numbered_estates e JOIN contracts c ON c.account_number = 'NL00 ACC ' || lpad((e.n * 10)::text, 7, '0')
       WHERE e.n % 4 = 0;
    INSERT INTO bill_payments (estate_id, contract_id, bill_reference, amount, final_bill, paid_on, created_at)
      SELECT t.estate_id, t.contract_id, t.details -> 'wording' -> 'projection' ->> 'providerReference', 12.5, true, date '2026-11-02', t.occurred_at
        FROM timeline_entries t JOIN numbered_estates e ON e.id = t.estate_id WHERE t.event = 'COMPLETE' AND e.n % 8 = 0;
    -- On the same contracts a bill after the end date disputed in full, two hours later; on every other one an end-date
    -- correction a day later made it owed (billsOwed): the bills to pay read both kinds from the same partial indexes.
    INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT t.estate_id, t.contract_id, t.occurred_at + interval '2 hours', 'staff', 'Anna', 'INVOICE_AFTER_END', 'Rekening na de einddatum',
             jsonb_build_object('event', jsonb_build_object('reference', 'F-' || e.n), 'wording', jsonb_build_object('projection', jsonb_build_object('openDisputes',
               jsonb_build_array(jsonb_build_object('reference', 'F-' || e.n, 'amount', 31, 'disputed', jsonb_build_object('amount', 31))))))
        FROM timeline_entries t JOIN numbered_estates e ON e.id = t.estate_id WHERE t.event = 'COMPLETE';
    INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT t.estate_id, t.contract_id, t.occurred_at + interval '1 day', 'provider', 'Provider', 'COMPLETION_CORRECTED', 'Bevestiging gecorrigeerd',
             jsonb_build_object('event', jsonb_build_object('corrected', jsonb_build_array(jsonb_build_object('field', 'effectiveDate')), 'billsOwed',
               jsonb_build_array(jsonb_build_object('reference', t.details -> 'event' ->> 'reference', 'amount', 31))), 'wording', jsonb_build_object('projection', jsonb_build_object('openDisputes', '[]'::jsonb)))
        FROM timeline_entries t JOIN numbered_estates e ON e.id = t.estate_id WHERE t.event = 'INVOICE_AFTER_END' AND e.n % 8 = 4;
    -- README queryplans: the rows the queries of the last stops read. Every fifth estate corrected once, every tenth of those in
    -- who lived there (leaseclear's \`latestEstateChanges\`); a kept cover's premium owed on every sixteenth (keptcover's \`bill.owed\`).
    INSERT INTO timeline_entries (estate_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT e.id, e.created_at + interval '3 hours', 'staff', 'Specialist', 'estate.corrected', 'Nalatenschap gecorrigeerd',
             jsonb_build_object('changes', jsonb_build_array(jsonb_build_object('field', CASE WHEN e.n % 50 = 0 THEN 'livedWith' ELSE 'address' END, 'from', 'a', 'to', 'b')))
        FROM numbered_estates e WHERE e.n % 5 = 0;
    INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
      SELECT c.estate_id, c.id, e.created_at + interval '4 hours', 'staff', 'Specialist', 'bill.owed', 'Premie verschuldigd',
             jsonb_build_object('reference', 'P-' || e.n, 'amount', 40, 'dueDate', '2026-12-01')
        FROM numbered_estates e JOIN contracts c ON c.account_number = 'NL00 ACC ' || lpad((e.n * 10 + 1)::text, 7, '0')
       WHERE e.n % 16 = 0;
    -- The relatives' reports name the estate's first contract; one in five is a collection letter typed off (collectionwords'
    -- pre-fill of the owner's form): the 5th and the 10th day back, so each relative's open one (the 10th) is one. Counted by the
    -- days back, not by the day of the month: that made the open one a collection letter on one day in five only.
    UPDATE family_reports r SET contract_id = c.id,
           kind = CASE WHEN round(extract(epoch FROM now() - r.created_at) / 86400)::int % 5 = 0 THEN 'collection_letter' ELSE r.kind END,
           collection = CASE WHEN round(extract(epoch FROM now() - r.created_at) / 86400)::int % 5 = 0 THEN jsonb_build_object('agency', 'Incasso Noord', 'reference', 'I-' || e.n, 'amount', 45, 'dossierNumber', 'D-' || e.n) END
      FROM numbered_estates e JOIN contracts c ON c.account_number = 'NL00 ACC ' || lpad((e.n * 10)::text, 7, '0')
     WHERE r.estate_id = e.id;
    -- A death certificate per estate, which the owner chose for each of its contracts with the large provider and every letter
    -- not out yet to it carries (sentonly's \`SentDocuments\`: the desk's list and download).
    INSERT INTO documents (estate_id, kind, file_name, media_type, size_bytes, sha256, content, uploaded_by_type, audience, created_at)
      SELECT e.id, 'death_certificate', 'akte.pdf', 'application/pdf', 1, 'x', '\\x00'::bytea, 'staff', 'family', e.created_at FROM numbered_estates e;
    INSERT INTO enclosures (contract_id, document_id, attached_by_type, attached_at)
      SELECT c.id, d.id, 'staff', c.created_at FROM contracts c JOIN documents d ON d.estate_id = c.estate_id WHERE c.provider_id = '${ids.big}' AND c.account_number LIKE 'NL00 ACC %';
    UPDATE letters l SET enclosure_ids = ARRAY[d.id] FROM documents d WHERE d.estate_id = l.estate_id AND l.contract_id IS NOT NULL AND l.kind = 'cancellation' AND d.file_name = 'akte.pdf' AND d.sha256 = 'x';
    -- A print batch a working day per specialist for a year and a half, posted; the last two weeks' not yet, one in fifty of those
    -- to be downloaded again for a corrected address (printaddress's \`readdressed\`).
    INSERT INTO print_batches (owner_id, batch_date, letter_count, pdf, sha256, created_at, printed_at, posted_at, readdressed)
      SELECT u.id, date '2025-06-01' + d, 3, '\\x00'::bytea, 'x', timestamptz '2025-06-01 17:00+01' + d * interval '1 day',
             timestamptz '2025-06-02 09:00+01' + d * interval '1 day', CASE WHEN d < 530 THEN timestamptz '2025-06-02 12:00+01' + d * interval '1 day' END,
             CASE WHEN d >= 530 AND hashtext(u.id::text || d) % 50 = 0 THEN jsonb_build_array(jsonb_build_object('providerName', 'Provider 1', 'letterIds', '[]'::jsonb)) END
        FROM users u, generate_series(0, 543) d WHERE u.role = 'specialist' AND u.id <> '${ids.anna}' AND extract(isodow FROM date '2025-06-01' + d) < 6;
    -- printaddr: a directory correction's rows on Today, one an estate in four (most seen long ago), one in fifty still open.
    INSERT INTO readdress_notices (estate_id, provider_name, post, email, remade, not_again, corrected_at, seen_at)
      SELECT e.id, 'Provider 1', true, false, 1, 0, e.created_at + interval '20 days', CASE WHEN e.n % 50 <> 0 THEN e.created_at + interval '21 days' END
        FROM numbered_estates e WHERE e.n % 4 = 0;
    DROP TABLE numbered_estates;
    ANALYZE;
  `);
}
