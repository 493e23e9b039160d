import { DataSource } from 'typeorm';
import { businessDayCounts } from '../../workflows';
import { startOfDutchDay } from '../../src/clock/clock';
import { ANSWER_MEASURES, AnswerFigures, AnswerMeasure, ProviderFiguresService } from '../../src/timeline/provider-figures.service';
import { DashboardService } from '../../src/workspace/dashboard.service';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  estateId: string;
  contractId: string;
  at: Date;
  event: string;
  toState: string | null;
}

/**
 * Issue 13: the dashboard's and scorecards' provider figures come from a roll-up by day (and today
 * by quarter of an hour) plus the minutes not rolled up yet. They must equal what the raw history gives: the statements below are the
 * ones the figures were computed with before the roll-up existed.
 */
describe('provider figures from the roll-up', () => {
  let t: TestApp;
  let figures: ProviderFiguresService;
  beforeAll(async () => {
    t = await startTestApp();
    figures = t.app.get(ProviderFiguresService);
  });
  afterAll(() => t.close());
  // The app's own connection pool, as any reader of these tables.
  const query = (sql: string, parameters: unknown[] = []) => t.app.get(DataSource).query(sql, parameters);
  const insert = (part: Row[]) =>
    query(
      `INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, to_state, summary)
         SELECT $1::uuid, c, at, 'system', 'Steward', e, s, 'generated' FROM unnest($2::uuid[], $3::timestamptz[], $4::text[], $5::text[]) WITH ORDINALITY AS r(c, at, e, s, n) ORDER BY n`,
      [part[0].estateId, part.map((r) => r.contractId), part.map((r) => r.at), part.map((r) => r.event), part.map((r) => r.toState)],
    );
  const raw = async () => {
    const { since, until } = figures.window();
    const calendar = businessDayCounts(since, until);
    const answers = async (measure: AnswerMeasure, groupBy: string) =>
      (
        await query(
          `WITH calendar AS (SELECT * FROM unnest($1::date[], $2::int[]) AS c(day, n)),
           requests AS (
             SELECT ${groupBy} AS key, p.sla_business_days AS sla, r.occurred_at AS requested_at,
                    CASE WHEN next.event <> 'REQUEST' THEN next.occurred_at END AS answered_at
               FROM timeline_entries r
               JOIN contracts c ON c.id = r.contract_id
               JOIN providers p ON p.id = c.provider_id
               LEFT JOIN LATERAL (
                 SELECT a.event, a.occurred_at FROM timeline_entries a
                  WHERE a.contract_id = r.contract_id AND a.seq > r.seq AND (a.event = ANY($4) OR a.event = 'REQUEST')
                  ORDER BY a.seq LIMIT 1) next ON TRUE
              WHERE r.event = 'REQUEST' AND r.contract_id IS NOT NULL AND r.occurred_at >= $3),
           timed AS (
             SELECT key, sla, answered.n - requested.n AS days
               FROM requests
               JOIN calendar requested ON requested.day = (requested_at AT TIME ZONE 'Europe/Amsterdam')::date
               LEFT JOIN calendar answered ON answered.day = (answered_at AT TIME ZONE 'Europe/Amsterdam')::date)
           SELECT key, count(days)::int AS answered, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
                  count(*) FILTER (WHERE days <= sla)::int AS within
             FROM timed GROUP BY key HAVING count(days) > 0 ORDER BY key`,
          [calendar.days, calendar.counts, startOfDutchDay(since), ANSWER_MEASURES[measure]],
        )
      ).map((r: { key: string; answered: number; median: number; within: number }) => ({ key: r.key, answered: r.answered, medianBusinessDays: r.median, answeredWithinSla: r.within }));
    const events = await query(
      `SELECT c.provider_id AS "providerId", count(*) FILTER (WHERE t.event = 'REQUEST')::int AS requests,
              count(*) FILTER (WHERE t.event = 'DEADLINE_PASSED' AND t.to_state = 'reminded')::int AS reminders,
              count(*) FILTER (WHERE t.event = 'INVOICE_AFTER_END')::int AS "invoicesAfterEnd"
         FROM timeline_entries t JOIN contracts c ON c.id = t.contract_id
        WHERE t.event IN ('REQUEST', 'DEADLINE_PASSED', 'INVOICE_AFTER_END') AND t.occurred_at >= $1
        GROUP BY 1 ORDER BY 1`,
      [startOfDutchDay(since)],
    );
    return {
      firstAnswer: await answers('first_answer', 'p.id::text'),
      confirmation: await answers('confirmation', 'p.category'),
      events,
    };
  };
  const rolledUp = async () => {
    const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
    return {
      firstAnswer: byKey(await figures.answerFigures('first_answer', 'provider')),
      confirmation: byKey(await figures.answerFigures('confirmation', 'category')),
      events: [...(await figures.eventCounts())].sort((a, b) => a.providerId.localeCompare(b.providerId)),
    };
  };
  const rolledUntil = async () => (await query(`SELECT to_char(rolled_until AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI') AS at FROM provider_figures_progress`))[0].at;

  it('equal the raw computation over a few hundred events across a year, rolled up or not, before and after days pass', async () => {
    const anna = await t.specialist('Anna de Boer');
    const providers = [
      await createProvider(t.admin, { name: 'Fig Telecom', category: 'telecom', slaBusinessDays: 3, requiredDocuments: [] }),
      await createProvider(t.admin, { name: 'Fig Energie', category: 'energy', slaBusinessDays: 5, requiredDocuments: [] }),
      await createProvider(t.admin, { name: 'Fig Mobiel', category: 'telecom', slaBusinessDays: 10, requiredDocuments: [] }),
    ];
    const estate = await createEstate(anna);
    const contracts: { id: string }[] = await query(
      `INSERT INTO contracts (estate_id, provider_id, description, account_number, action, state, deceased_search_name)
         SELECT $1, ($2::uuid[])[1 + i % 3], 'Contract', 'F-' || i, 'cancel', 'requested', 'x' FROM generate_series(1, 60) i RETURNING id`,
      [estate.id, providers.map((p) => p.id)],
    );
    const now = new Date('2026-11-23T09:00:00+01:00');
    const end = new Date(now.getTime() + 3 * 86_400_000);

    // Each contract: requests, answers of every kind, requests sent again, reminders and bills after
    // the end date, a few hours to days apart, from 375 days ago (outside the window) until 3 days on.
    const next = random(13);
    const rows: Row[] = [];
    for (const { id } of contracts) {
      let at = new Date(now.getTime() - next() * 375 * 86_400_000);
      for (let k = 0, event = 'REQUEST'; k < 4 + next() * 6 && at <= end; k++, at = new Date(at.getTime() + next() * next() * 6 * 86_400_000)) {
        const reminded = event === 'DEADLINE_PASSED';
        rows.push({ estateId: estate.id, contractId: id, at, event, toState: reminded ? (next() < 0.7 ? 'reminded' : 'escalated') : null });
        event = ['ACKNOWLEDGE', 'COMPLETE', 'REQUEST_INFORMATION', 'REJECT', 'REQUEST', 'DEADLINE_PASSED', 'INVOICE_AFTER_END', 'COMPLETE'][Math.floor(next() * 8)];
      }
    }
    rows.sort((a, b) => a.at.getTime() - b.at.getTime());
    await insert(rows.filter((r) => r.at <= now));

    // Nothing rolled up yet: every figure is read from the timeline.
    const before = await raw();
    expect(before.firstAnswer).toHaveLength(3);
    expect(before.confirmation.map((c: { key: string }) => c.key)).toEqual(['energy', 'telecom']);
    expect(before.events.reduce((sum: number, e: { requests: number }) => sum + e.requests, 0)).toBeGreaterThan(100);
    expect(await rolledUp()).toEqual(before);

    // Every closed day of the window rolled up (31 a round), and today's quarters that ended 10 minutes ago.
    while ((await figures.rollUp()) > 0);
    expect(await rolledUntil()).toBe('2026-11-23 08:45');
    expect(Number((await query('SELECT count(*) FROM provider_answer_days'))[0].count)).toBeGreaterThan(50);
    // The window's whole months are read from the monthly layer, the same histograms added up: fewer rows.
    const [layers] = await query(`SELECT (SELECT count(*) FROM provider_answer_months)::int AS months, (SELECT count(*) FROM provider_answer_days)::int AS days`);
    expect(layers.months).toBeGreaterThan(0);
    expect(layers.months).toBeLessThan(layers.days);
    expect(await rolledUp()).toEqual(before);

    // Three more days of events; the clock moves on and its routines roll those days up.
    const later = rows.filter((r) => r.at > now);
    expect(later.length).toBeGreaterThan(0);
    await insert(later);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 3 }).expect(200);
    expect(await rolledUntil()).toBe('2026-11-26 08:45');
    const after = await raw();
    expect(after).not.toEqual(before);
    expect(await rolledUp()).toEqual(after);
  }, 120_000);

  it('with today rolled up to its last closed quarter, equal the raw computation, and the dashboard shows those numbers', async () => {
    // After the test above the clock stands at Thursday 26 November, 09:00, rolled up until 08:45.
    // The same contracts (their requests lie in days rolled up before) get a busy morning: answers,
    // requests sent again and reminders over the next three hours.
    const now = t.clock.now();
    const contracts: { id: string; estate_id: string }[] = await query(`SELECT c.id, c.estate_id FROM contracts c JOIN providers p ON p.id = c.provider_id WHERE p.name LIKE 'Fig %'`);
    const next = random(7);
    const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
    const rows: Row[] = [];
    for (const { id, estate_id } of contracts) {
      for (let k = 0; k < 3; k++) {
        const event = ['ACKNOWLEDGE', 'COMPLETE', 'COMPLETE', 'REJECT', 'REQUEST', 'DEADLINE_PASSED'][Math.floor(next() * 6)];
        rows.push({ estateId: estate_id, contractId: id, at: hours((k + next()) * 1.05), event, toState: event === 'DEADLINE_PASSED' ? 'reminded' : null });
      }
    }
    rows.sort((a, b) => a.at.getTime() - b.at.getTime());
    await insert(rows);

    t.clock.advanceDays(3.2 / 24); // 12:12: the quarter until 12:00 ended over 10 minutes ago, the one after not yet
    await figures.rollUp();
    expect(await rolledUntil()).toBe('2026-11-26 12:00');
    const [split] = await query(
      `SELECT count(*) FILTER (WHERE occurred_at >= $1 AND occurred_at < $2)::int AS rolled, count(*) FILTER (WHERE occurred_at >= $2)::int AS live
         FROM timeline_entries WHERE contract_id = ANY($3) AND event <> 'REQUEST'`,
      [now, new Date('2026-11-26T12:00:00+01:00'), contracts.map((c) => c.id)],
    );
    expect(split.rolled).toBeGreaterThan(80); // today's quarters in the roll-up …
    expect(split.live).toBeGreaterThan(2); // … and the last minutes read live
    const expected = await raw();
    expect(await rolledUp()).toEqual(expected);

    // What a reader of the dashboard sees: confirmation times per category and each provider's scorecard.
    const [admin] = await query(`SELECT id, name FROM users WHERE role = 'admin' ORDER BY created_at LIMIT 1`);
    const read = () => t.app.get(DashboardService).dashboard({ kind: 'staff', userId: admin.id, role: 'admin', name: admin.name, lang: 'en' });
    const confirmations = (figures: AnswerFigures[]) => figures.map((c) => ({ category: c.key, confirmed: c.answered, medianBusinessDays: c.medianBusinessDays }));
    const byCategory = (shown: { category: string }[]) => [...shown].sort((a, b) => a.category.localeCompare(b.category));
    const dashboard = await read();
    expect(byCategory(dashboard.confirmationByCategory)).toEqual(confirmations(expected.confirmation));
    const shown = dashboard.scorecards.filter((s) => s.providerName.startsWith('Fig '));
    expect(shown).toHaveLength(3);
    for (const scorecard of shown) {
      const answers = expected.firstAnswer.find((a: AnswerFigures) => a.key === scorecard.providerId)!;
      const events = expected.events.find((e: { providerId: string }) => e.providerId === scorecard.providerId);
      expect(scorecard).toMatchObject({
        requests: events.requests,
        answered: answers.answered,
        medianResponseBusinessDays: answers.medianBusinessDays,
        withinSlaPercent: Math.round((100 * answers.answeredWithinSla) / answers.answered),
        remindersNeeded: events.reminders,
        invoicesAfterEndDate: events.invoicesAfterEnd,
      });
    }

    // One more confirmation. The dashboard keeps its provider figures a minute, and serves them up to a
    // minute more while it computes new ones; a dashboard opened later than that shows the new numbers.
    const [waiting] = await query(
      `SELECT DISTINCT ON (contract_id) contract_id, estate_id, event FROM timeline_entries WHERE contract_id = ANY($1) ORDER BY contract_id, seq DESC`,
      [contracts.map((c) => c.id)],
    ).then((last: { contract_id: string; estate_id: string; event: string }[]) => last.filter((l) => l.event === 'REQUEST'));
    await insert([{ estateId: waiting.estate_id, contractId: waiting.contract_id, at: t.clock.now(), event: 'COMPLETE', toState: null }]);
    t.clock.advanceDays(3 / (24 * 60));
    const confirmed = confirmations((await raw()).confirmation);
    expect(confirmed).not.toEqual(confirmations(expected.confirmation));
    expect(byCategory((await read()).confirmationByCategory)).toEqual(confirmed);
  }, 120_000);
});
