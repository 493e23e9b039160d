import { Browser } from 'playwright-core';
import { flat, pdfText } from '../../letters/test-support';
import { letterDate } from '../../letters/dates';
import { addBusinessDays } from '../../workflows';
import { browse, closeBrowsing } from '../support/browser';
import { addCalendarDays } from '../../src/clock/clock';
import { API, binary, clockTo, createEstate, createProvider, deskOf, letterText } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

describe('disputes and collections: only the part after the end date, answered at the desk, letters true to the history', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let browser: Browser;
  let base: string;
  let anna: Specialist;
  let provider: { id: string; name: string };
  /** The provider's integration, through the desk API. */
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    ({ base, browser } = await browse(t));
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@stroomtest.example', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
    desk = await deskOf(t, provider.id, 'Stroomtest integration');
  });
  afterAll(() => closeBrowsing({ browser, t }));

  /** The provider's desk, signed in, without JavaScript. */
  const deskPage = async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', 'desk@stroomtest.example');
    await page.fill('#password', 'desk-password-1');
    await page.click('button[type=submit]');
    return page;
  };
  const lettersOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body.letters as { id: string; kind: string; status: string; recipient: string; channel: string; letterDate: string }[];
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);

  /** The dispute's term passes unanswered: the letters of the contract once the complaint went out. */
  /** Two weeks on: past the provider's five business days and the business day the passed term is acted on, over Easter and weekends too. */
  async function afterDisputeTerm(contractId: string) {
    await t.runDue();
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 14 }).expect(200);
    await t.runDue();
    return lettersOf(contractId);
  }

  async function confirmedContract(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    return contract as { id: string; estateId: string };
  }

  it('leaves a final bill alone, disputes the days after the end date, is credited at the desk, then stops a collection with provider and agency', async () => {
    const contract = await confirmedContract('Pieter');
    // A bill for the days up to the end date (November's, billed in advance) is payable: no dispute.
    const finalBill = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-8', invoiceDate: '2026-11-01', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 31 }).expect(422);
    expect(finalBill.body.errors).toEqual([{ field: 'periodTo', message: expect.stringContaining('payable') }]);

    // 16 November – 15 December for € 30, billed in advance: the 15 days after 30 November are € 15,00.
    const disputed = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    expect(disputed.body.state).toBe('disputed');
    await t.runDue();
    const dispute = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute')!;
    const disputeText = await pdfOf(dispute.id);
    expect(disputeText).toContain('Naar rato van de gefactureerde dagen (15 van 30) valt daarvan € 15,00 in de periode 1 december 2026 tot en met 15 december 2026, na de einddatum.');
    expect(disputeText).toContain('een creditnota of een gecorrigeerde eindafrekening');
    expect(disputeText).not.toContain('Deze factuur gaat over de periode na de einddatum');

    // The family is told what the letter disputes and no more: the € 15,00 after the end date, not the bill of € 30,00.
    const family = await relative(t, anna, contract.estateId, 'Maria');
    const told = async (lang: string) => (await family.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items[0].statusText as string;
    expect(await told('nl')).toContain('U hoeft het deel na de einddatum (€\u00a015,00) niet te betalen zolang het bezwaar loopt; het deel tot en met 30 november 2026, de einddatum, is wel verschuldigd.');
    expect(await told('nl')).not.toContain('U hoeft deze rekening niet te betalen');
    expect(await told('en')).toContain('You need not pay the part after the end date (€15.00) while the dispute is open; the part up to 30 November 2026, the end date, is owed.');
    expect(await told('en')).not.toContain('You do not need to pay this bill');

    // The desk sees the invoice and its disputed part and answers with a credit note, without JavaScript.
    const page = await deskPage();
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const card = flat(await page.innerText('#dispute'));
    expect(card).toContain('F-9');
    expect(card).toContain('€ 30,00');
    expect(card).toContain('€ 15,00');
    expect(flat(await page.innerText('.status'))).not.toMatch(/U hoeft deze rekening niet te betalen/);
    expect(await page.locator('form[action$="/acknowledge"]').count()).toBe(0);
    await page.fill('#cn-amount', '15,00');
    await page.click('form[action$="/credit-note"] button');
    await expect(page.textContent('[role=status]')).resolves.toContain('verwerkt');
    await page.close();
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('confirmed');

    // A collection agency writes: the urgent letter goes to the provider's desk and, by email, to the agency.
    const collection = await anna
      .post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 80 })
      .expect(200);
    expect(collection.body.state).toBe('collectionStopRequested');
    await t.runDue();
    await t.runDue();
    const stops = (await lettersOf(contract.id)).filter((l) => l.kind === 'collection_stop');
    expect(stops.map((l) => [l.recipient, l.channel, l.status])).toEqual([
      ['Stroomtest', 'portal', 'sent'],
      ['Incasso Noord', 'email', 'sent'],
    ]);
    const mails = await sink.waitFor(1);
    expect(mails.map((m) => (m.to as { text: string }).text)).toEqual(['dossiers@incasso-noord.example']);
    // The agency's letter is the agency's: the provider's thread shows and serves only its own.
    const desk = await deskPage();
    await desk.goto(`${base}/desk/requests/${contract.id}`);
    const linked = await desk.locator('ol.thread a[href*="/letters/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(linked).toContain(`/desk/requests/${contract.id}/letters/${stops[0].id}`);
    expect(linked).not.toContain(`/desk/requests/${contract.id}/letters/${stops[1].id}`);
    const served = async (letterId: string) => (await desk.context().request.get(`${base}/desk/requests/${contract.id}/letters/${letterId}`)).status();
    expect([await served(stops[0].id), await served(stops[1].id)]).toEqual([200, 404]);
    await desk.close();
    for (const letter of stops) {
      const text = await pdfOf(letter.id);
      expect(text).toContain('(artikel 4:185 lid 1 BW)');
      expect(text).toContain('(artikel 6:96 lid 6 BW)');
      expect(text).toContain('Deze brief houdt geen erkenning van de vordering of aanvaarding van de nalatenschap in.');
      expect(text).toMatch(/uiterlijk \d+ \w+ 2026 schriftelijk bevestigen/);
      expect(text).not.toMatch(/vandaag/);
    }
    expect(await pdfOf(stops[0].id)).toContain('Ik schrijf Incasso Noord hierover gelijktijdig.');

    // collwithdraw: the credited bill was the last disputed one, so the owner records the stop, not a bill withdrawn.
    const withdrawn = await anna.post(`${API}/contracts/${contract.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', note: 'Stroomtest stopped the agency' }).expect(409);
    expect(withdrawn.body.detail).toBe('Er is geen betwiste factuur van Stroomtest die ingetrokken kan zijn: we vroegen alleen de incasso op te schorten. Leg het antwoord daarop vast met „Antwoord op ons verzoek de incasso op te schorten vastleggen”. Er is niets gewijzigd.');
    const resolved = await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'Stroomtest stopped the agency' }).expect(200);
    expect(resolved.body.state).toBe('confirmed');
  });

  it('refuses a bill dated after today, naming invoiceDate, and changes nothing; one dated today is taken', async () => {
    const contract = await confirmedContract('Henk');
    const before = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    // A misread year (2030 for 2027): the letter would quote a date still to come, and the bill could not be recorded again.
    const misdated = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2030-01-05', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 46.5 }).expect(422);
    expect(misdated.headers['content-type']).toMatch(/^application\/problem\+json/);
    // audit102 F6: the field and the limit, today as the virtual clock has it, in a sentence.
    expect(misdated.body.errors).toEqual([{ field: 'invoiceDate', message: `must not be after today, ${letterDate(t.clock.today(), 'en')}` }]);
    const after = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: after.state, open: after.openDisputes, timeline: after.timeline.length, letters: after.letters.length }).toEqual({
      state: 'confirmed',
      open: [],
      timeline: before.timeline.length,
      letters: before.letters.length,
    });
    // The period billed may lie ahead (billed in advance); only the date on the paper may not.
    const { today } = (await t.runDue()).body as { today: string };
    const taken = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: today, periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 46.5 }).expect(200);
    expect({ state: taken.body.state, open: references(taken.body.openDisputes) }).toEqual({ state: 'disputed', open: ['F-01'] });
  });

  it('names every wrong figure of a bill at once, and refuses a date long before the period billed and a credit above the bill', async () => {
    const contract = await confirmedContract('Sjaak');
    // A misread date and a period typed back to front: both named in one answer, so the owner fixes them together (audit).
    const both = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-20', invoiceDate: '2030-01-05', periodFrom: '2027-01-31', periodTo: '2027-01-01', amount: 30 }).expect(422);
    expect(both.body.errors.map((e: { field: string }) => e.field)).toEqual(['invoiceDate', 'periodTo']);
    // 1900 for 2027: no provider bills a period more than a year ahead, and the letter would quote that date.
    const ancient = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-20', invoiceDate: '1900-01-05', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 30 }).expect(422);
    expect(ancient.body.errors).toEqual([expect.objectContaining({ field: 'invoiceDate', message: 'must not be more than a year before the period billed (2027-01-01)' })]);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('confirmed');

    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-20', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 45 }).expect(200);
    // A credit note of € 450 on a bill of € 45: a typing error, which the family would read as the amount credited.
    const above = await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 450, note: 'CN-1' }).expect(422);
    expect(above.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(above.body.errors).toEqual([expect.objectContaining({ field: 'amount', message: 'Bedrag: de creditnota is hoger dan wat er van de factuur openstaat (€ 45,00).' })]);
    const owner = await anna.post(`${API}/contracts/${contract.id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 999, invoiceReference: 'F-20' }).expect(422);
    expect(owner.body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('disputed');
    // The whole bill credited (more than the disputed part) is an answer providers give: taken.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 45, note: 'CN-2' }).expect(200);
  });

  it('names a field the form refuses and a figure the bill rules refuse in one answer, recording or correcting a bill, and writes nothing', async () => {
    const contract = await confirmedContract('Wim');
    const before = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    // No invoice number and a period typed back to front: both in one problem, not the number first and the period after.
    const both = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: '', invoiceDate: '2026-11-20', periodFrom: '2026-12-31', periodTo: '2026-12-01', amount: 30 }).expect(400);
    expect(both.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(both.body.errors).toEqual([
      { field: 'reference', message: expect.stringContaining('reference') },
      { field: 'periodTo', message: 'must not be before periodFrom' },
    ]);
    // Only what parsed is held against the rules: an impossible date is its own error, the other figures are still checked.
    const unreadable = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-30', invoiceDate: '2030-01-05', periodFrom: '2026-12-31', periodTo: '2026-02-30', amount: 'dertig' }).expect(400);
    expect(unreadable.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount', 'periodTo', 'invoiceDate']);
    const after = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: after.state, timeline: after.timeline.length }).toEqual({ state: 'confirmed', timeline: before.timeline.length });

    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-30', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    const correction = await anna
      .post(`${API}/contracts/${contract.id}/bill-corrected`, { invoiceReference: 'F-30', reference: '', invoiceDate: '2030-01-05', periodFrom: '2026-12-31', periodTo: '2026-12-01', amount: 30 })
      .expect(400);
    expect(correction.body.errors.map((e: { field: string }) => e.field)).toEqual(['reference', 'invoiceDate', 'periodTo']);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.openDisputes).toEqual([expect.objectContaining({ reference: 'F-30', periodFrom: '2026-12-01' })]);
  });

  it('escalates an unanswered dispute as a dispute, naming the energy complaints body and no reminder that never went out', async () => {
    const contract = await confirmedContract('Klaas');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-10', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 62 }).expect(200);
    const letters = await afterDisputeTerm(contract.id);
    expect(letters.map((l) => [l.kind, l.status])).toEqual([
      ['cancellation', 'sent'],
      ['dispute', 'sent'],
      ['dispute_escalation', 'sent'],
    ]);
    const text = await pdfOf(letters[2].id);
    expect(text).toContain('Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw factuur');
    expect(text).toContain('bezwaar gemaakt tegen uw factuur F-10');
    expect(text).toContain('€ 62,00');
    expect(text).toContain('de Geschillencommissie Energie');
    expect(text).not.toMatch(/herinnering|geen reactie op ons verzoek|ombudsman voor uw branche/i);

    // The owner's next step names the same body the letter names, on the same condition, and only from the day it
    // takes the case: four weeks after the complaint (complaints-bodies.ts).
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(owner.state).toBe('disputeEscalated');
    const opens = addCalendarDays(letters[2].letterDate, 28);
    expect(owner.nextStep).toMatch(new RegExp(`: Stroomtest bellen\\. Vanaf ${letterDate(opens, 'nl')} kunt u naar de Geschillencommissie Energie \\(als Stroomtest daarbij is aangesloten\\)\\.$`));
    expect((await anna.get(`${API}/contracts/${contract.id}?lang=en`).expect(200)).body.nextStep).toMatch(
      new RegExp(`: call Stroomtest\\. From ${letterDate(opens, 'en')} you can go to the Geschillencommissie Energie \\(if Stroomtest is affiliated with it\\)\\.$`),
    );
    await clockTo(t.admin, opens);
    const later = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(later.nextStep).toMatch(/^Stroomtest nu bellen of naar de Geschillencommissie Energie \(als Stroomtest daarbij is aangesloten\): geen antwoord tot en met /);
    expect(later.nextStep).not.toContain('Vanaf');
  });

  // v21 (audit92 F1): a collection stopped while our complaint about the bill runs sent the bill back to `disputed`: the same complaint went
  // a second time, and the day the complaints body takes the case moved weeks later.
  it('keeps the complaint about a bill running when the collection of that bill is stopped: no second complaint, the complaints body on the same day', async () => {
    const contract = await confirmedContract('Wim');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-21', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 62 }).expect(200);
    const complaint = (await afterDisputeTerm(contract.id)).find((l) => l.kind === 'dispute_escalation')!;
    const opens = letterDate(addCalendarDays(complaint.letterDate, 28), 'nl');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-21', amount: 80 }).expect(200);
    await t.runDue();
    const stopped = await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'agency', collection: 'suspended', note: 'dossier aangehouden' }).expect(200);
    expect(stopped.body.state).toBe('disputeEscalated');
    expect(stopped.body.nextStep).toContain(`Vanaf ${opens} kunt u naar de Geschillencommissie Energie`);
    // A month on, past every term: still the one complaint, and the complaints body from the same day.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 30 }).expect(200);
    await t.runDue();
    await t.runDue();
    const letters = await lettersOf(contract.id);
    expect(letters.filter((l) => l.kind === 'dispute_escalation')).toHaveLength(1);
    const later = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(later.state).toBe('disputeEscalated');
    expect(later.nextStep).toMatch(/^Stroomtest nu bellen of naar de Geschillencommissie Energie \(als Stroomtest daarbij is aangesloten\): geen antwoord tot en met /);
    const family = await relative(t, anna, contract.estateId, 'Maria');
    // The family reads the one complaint, never an objection waiting on a fresh answer.
    expect((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0].statusText).toContain('We hebben een klacht ingediend.');
    const familyTimeline = ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(familyTimeline.filter((line) => line.includes('we hebben een klacht ingediend'))).toHaveLength(1);
  });

  // Contract machine v5: a credit note short of the disputed amount settles only what it credits.
  it('closes only the credited part of a bill: family, owner and desk read what was credited and what is still open, the progress report too', async () => {
    const contract = await confirmedContract('Truus');
    // December in full, billed in advance: all € 24,98 bills days after the end date of 30 November.
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.98 }).expect(200);
    const credited = await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 10, note: 'CN-4411' }).expect(200);
    expect({ state: credited.body.state, waitingOn: credited.body.waitingOn, disputes: credited.body.disputes }).toEqual({
      state: 'disputeRejected',
      waitingOn: 'steward',
      disputes: [expect.objectContaining({ reference: 'F-01', disputed: expect.objectContaining({ amount: 24.98 }), credited: 10 })],
    });
    expect(credited.body.statusText).toBe('U crediteerde €\u00a010,00 van factuur F-01 (van de betwiste €\u00a024,98 staat nog €\u00a014,98 open); de contactpersoon beslist hoe het verdergaat.');
    const page = await deskPage();
    await page.goto(`${base}/desk/requests/${contract.id}`);
    expect(flat(await page.innerText('#dispute'))).toContain('U crediteerde: € 10,00; nog betwist: € 14,98');
    await page.close();

    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(owner.statusText).toMatch(/^Deels gecrediteerd door Stroomtest, de rest staat nog open: €\u00a014,98 betwist \(factuur F-01, €\u00a010,00 gecrediteerd van €\u00a024,98\); beslissing nodig uiterlijk \d+ \w+ 20\d\d\.$/);
    expect(owner.openDisputes).toEqual([expect.objectContaining({ reference: 'F-01', credited: 10 })]);
    const ownerTimeline = ((await anna.get(`${API}/estates/${contract.estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(ownerTimeline).toContain('Stroom: Creditnota van €\u00a010,00 ontvangen van Stroomtest voor factuur F-01; de overige betwiste €\u00a014,98 is niet gecrediteerd; beslissing nodig (de rest betalen of verder bezwaar maken).');

    const family = await relative(t, anna, contract.estateId, 'Maria');
    const partly = 'Stroomtest heeft €\u00a010,00 van rekening F-01 gecrediteerd; de overige €\u00a014,98 waartegen we bezwaar maakten, is niet gecrediteerd. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.';
    const portal = (await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0];
    expect(portal.statusText).toBe(partly);
    expect((await family.get(`${API}/portal/estate?lang=en`).expect(200)).body.contracts.items[0].statusText).toBe(
      'Stroomtest has credited €10.00 of bill F-01; the other €14.98 we objected to was not credited. Your contact person decides whether we pay what is still asked or object further, and will let you know.',
    );
    const familyTimeline = ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(familyTimeline).toContain(partly);
    expect(familyTimeline.filter((text) => text.includes('Stroomtest')).join('\n')).not.toMatch(/afgehandeld/);

    // The progress report to the family names what is still open, never the bill as settled.
    await anna.post(`${API}/estates/${contract.estateId}/progress-report`).expect(202);
    await t.runDue();
    const report = (await family.get(`${API}/portal/estate`).expect(200)).body.letters.items.find((l: { kind: string }) => l.kind === 'progress_report');
    const reportText = flat(await pdfText((await family.get(`${API}/portal/letters/${report.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(reportText).toContain('€ 14,98');
    expect(reportText).toContain('F-01');
    expect(reportText).not.toMatch(/volledig afgehandeld|bezwaar is afgehandeld|€ 24,98/);

    // The owner records the provider's second credit note for the rest: now the bill is closed.
    const rest = await anna.post(`${API}/contracts/${contract.id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 14.98 }).expect(200);
    expect({ state: rest.body.state, open: rest.body.openDisputes }).toEqual({ state: 'confirmed', open: [] });
  });

  it("takes the desk's word that a collection stopped only while a stop is asked, and goes back to the bill still disputed with a fresh term", async () => {
    const contract = await confirmedContract('Bep');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-02', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 }).expect(200);
    expect((await request(contract.id)).actions).not.toContain('collection-stopped');
    const early = await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, {}).expect(409);
    expect(early.headers['content-type']).toMatch(/^application\/problem\+json/);

    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-12', amount: 95 }).expect(200);
    expect((await request(contract.id)).actions).toContain('collection-stopped');
    const page = await deskPage();
    await page.goto(`${base}/desk/requests/${contract.id}`);
    await page.fill('#cs-note', 'Incasso Noord heeft het dossier gesloten');
    await page.click('form[action$="/collection-stopped"] button');
    await expect(page.textContent('[role=status]')).resolves.toContain('verwerkt');
    // The answer names the bill the collection was about, as the letter asking to stop it did.
    expect(flat(await page.innerText('ol.thread'))).toContain('U liet weten dat de incasso voor factuur F-02 van € 31,00 is gestopt: Incasso Noord heeft het dossier gesloten');
    expect(await page.locator('form[action$="/collection-stopped"]').count()).toBe(0);
    await page.close();

    // Back to the bill still disputed: the provider owes its answer again, by a fresh term.
    const { today } = (await t.runDue()).body as { today: string };
    const after = await request(contract.id);
    expect({ state: after.state, waitingOn: after.waitingOn, disputes: references(after.disputes) }).toEqual({ state: 'disputed', waitingOn: 'provider', disputes: ['F-02'] });
    expect(after.dueAt > today).toBe(true);
    const family = await relative(t, anna, contract.estateId, 'Maria');
    const familyTimeline = ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(familyTimeline).toContain('Stroomtest heeft laten weten dat de incasso is gestopt; ons bezwaar tegen rekening F-02 loopt nog.');
    const ownerTimeline = ((await anna.get(`${API}/estates/${contract.estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(ownerTimeline).toContain('Stroom: Incasso gestopt volgens Stroomtest. Factuur F-02 blijft betwist.');

    // A collection without a disputed bill, stopped as the owner heard by phone: the contract is confirmed again.
    const phoned = await confirmedContract('Door');
    await anna.post(`${API}/contracts/${phoned.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-13', amount: 40 }).expect(200);
    const stopped = await anna.post(`${API}/contracts/${phoned.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'telefonisch bevestigd' }).expect(200);
    expect(stopped.body.state).toBe('confirmed');
    const phonedFamily = await relative(t, anna, phoned.estateId, 'Maria');
    const told = ((await phonedFamily.get(`${API}/portal/timeline?lang=en&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(told).toContain('Stroomtest told us that the debt collection has stopped. This was passed on to us by phone.');

    // Both routes are described in the API documents.
    const staffDocs = (await t.anonymous.get('/api/docs-json').expect(200)).body;
    const deskDocs = (await t.anonymous.get('/api/docs/provider-json').expect(200)).body;
    expect(deskDocs.paths['/api/v1/provider-desk/requests/{id}/collection-stopped'].post.summary).toBe('Answer a collection stop: collection stopped');
    expect(staffDocs.paths['/api/v1/contracts/{id}/collection-stopped'].post.summary).toBe('Record that the debt collection stopped');
  });

  // collwho (audit78 COLL-1): the agency's answer was recorded as the provider's ("Incasso gestopt volgens Stroomtest"), and "gestopt" when it only suspended.
  it("records who answered a collection stop and what it did: the agency's suspension is the agency's, in every reader, never the provider's word", async () => {
    const contract = await confirmedContract('Noor');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-2026-771', amount: 79.5 }).expect(200);
    const stop = `${API}/contracts/${contract.id}/collection-stopped`;
    const note = 'Incassobureau Noord mailt: dossier aangehouden, geen kosten zolang het bezwaar loopt.';
    // Who and what are asked, never assumed: left out or another value is a 400 naming the field, and nothing is recorded.
    const missing = await anna.post(stop, { receivedVia: 'email', note }).expect(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['answeredBy', 'collection']);
    const wrong = await anna.post(stop, { receivedVia: 'email', answeredBy: 'bureau', collection: 'paused', note }).expect(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['answeredBy', 'collection']);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('collectionStopRequested');

    // pickwords: the form's heading, button and note say neither "gestopt" nor "de aanbieder": either may answer, either way.
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const form = page.slice(page.indexOf('id="answer-collection-stopped"'), page.indexOf('</form>', page.indexOf('id="answer-collection-stopped"')));
    expect(form).toContain('<h3>Antwoord op ons verzoek de incasso op te schorten vastleggen</h3>');
    expect(form).toMatch(/<button type="submit"[^>]*>Antwoord op ons verzoek de incasso op te schorten vastleggen<\/button>/);
    expect(form).toContain('Toelichting bij het antwoord (optioneel)');
    expect(form).toContain('Opgeschort zolang het bezwaar loopt');
    expect(form).not.toContain('gestopt</');
    expect(form).not.toContain('Hoe de aanbieder');

    await anna.post(stop, { receivedVia: 'email', answeredBy: 'agency', collection: 'suspended', note }).expect(200);
    const owner = async (lang: string) => ((await anna.get(`${API}/contracts/${contract.id}?lang=${lang}`).expect(200)).body.timeline as { event: string; summary: string }[]).find((e) => e.event === 'COLLECTION_STOPPED')!.summary;
    expect(await owner('nl')).toBe('Stroom: Incasso opgeschort volgens Incassobureau Noord (incassobureau); van Stroomtest is geen bevestiging vastgelegd. Per e-mail ontvangen.');
    expect(await owner('en')).toBe('Stroom: Collection suspended, says Incassobureau Noord (the collection agency); no confirmation from Stroomtest is recorded. Received by email.');
    const family = await relative(t, anna, contract.estateId, 'Maria');
    const familyText = async (lang: string) => ((await family.get(`${API}/portal/timeline?lang=${lang}&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(await familyText('nl')).toContain('Incassobureau Noord (incassobureau) heeft laten weten dat de incasso is opgeschort. Dit werd ons per e-mail doorgegeven.');
    expect(await familyText('en')).toContain('Incassobureau Noord (the collection agency) told us that the debt collection has been suspended. This was passed on to us by email.');
    expect((await familyText('nl')).join('\n')).not.toContain('Stroomtest heeft laten weten dat de incasso');
    // The provider's desk reads the agency's word as the agency's, not as an answer it gave.
    const thread = ((await request(contract.id)).thread as { type: string; event: string; text: string; answeredBy: string | null }[]).filter((i) => i.event === 'COLLECTION_STOPPED');
    expect(thread.map((i) => i.text)).toEqual([expect.stringMatching(/^Steward \(Anna de Boer\) legde vast wat Incassobureau Noord \(incassobureau\) per e-mail liet weten: De incasso.* is opgeschort: Incassobureau Noord mailt/)]);
    // collrest: the API says it in a field too, not only in the words.
    expect(thread.map((i) => i.answeredBy)).toEqual(['agency']);

    // The provider's own word, recorded by the owner, stays the provider's.
    const other = await confirmedContract('Olaf');
    await anna.post(`${API}/contracts/${other.id}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-2026-772', amount: 40 }).expect(200);
    await anna.post(`${API}/contracts/${other.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' }).expect(200);
    const summary = ((await anna.get(`${API}/contracts/${other.id}`).expect(200)).body.timeline as { event: string; summary: string }[]).find((e) => e.event === 'COLLECTION_STOPPED')!.summary;
    expect(summary).toBe('Stroom: Incasso gestopt volgens Stroomtest. Telefonisch ontvangen.');
    expect(((await request(other.id)).thread as { event: string; answeredBy: string | null }[]).filter((i) => i.event === 'COLLECTION_STOPPED' || i.event === 'COMPLETE').map((i) => [i.event, i.answeredBy])).toEqual([['COMPLETE', null], ['COLLECTION_STOPPED', 'provider']]);
  });

  // A provider that ignores a cancellation bills monthly: every disputed bill stays open until it is
  // itself answered (contract machine v4), and every reader sees each one.
  const DECEMBER = { reference: 'F-12', invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 };
  const JANUARY = { reference: 'F-01', invoiceDate: '2027-02-05', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 46.5 };
  const request = async (id: string) => (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body;
  const references = (bills: { reference: string }[]) => bills.map((b) => b.reference);

  /** Confirmed to end on 30 November 2026, then billed for December and for January (once January's bill has come). */
  async function twiceBilled(givenNames: string) {
    await clockTo(t.admin, JANUARY.invoiceDate);
    const contract = await confirmedContract(givenNames);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, JANUARY).expect(200);
    return contract;
  }

  it('keeps both bills open, refuses the same bill twice and an answer that names no bill, and closes each only when it is answered', async () => {
    const contract = await twiceBilled('Pieter');

    // The same invoice again is no new bill: a 422 naming `reference`, nothing changed.
    const twice = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(422);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'reference', message: 'bill F-12 is disputed already' })]);

    // The owner and the family read both bills, with the total the family need not pay.
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: owner.state, open: references(owner.openDisputes) }).toEqual({ state: 'disputed', open: ['F-12', 'F-01'] });
    expect(owner.statusText).toMatch(/^Geschil loopt: €\u00a077,50 betwist op 2 facturen: F-12 \(€\u00a031,00\) en F-01 \(€\u00a046,50\), antwoord aanbieder uiterlijk \d+ \w+ 20\d\d\.$/);
    const family = await relative(t, anna, contract.estateId, 'Maria');
    const told = (await family.get(`${API}/portal/estate?lang=en`).expect(200)).body.contracts.items[0].statusText as string;
    expect(told).toContain('(F-12 and F-01)');
    expect(told).toContain('you need not pay invoice F-12 (€31.00) and invoice F-01 (€46.50); together €77.50.');

    // The desk's API lists both bills; `dispute` stays the newest, as before.
    const listed = await request(contract.id);
    expect({ disputes: references(listed.disputes), newest: listed.dispute.reference, actions: listed.actions }).toEqual({
      disputes: ['F-12', 'F-01'],
      newest: 'F-01',
      // v11: a mistyped end date can still be corrected with the bills disputed (each bill's disputed part follows it).
      actions: ['correct-completion', 'credit-note', 'invoice-withdrawn', 'reject-dispute'],
    });

    // An answer that does not say which bill, or names one that is not open: 422 naming invoiceReference, nothing changes.
    for (const body of [{ amount: 31 }, { amount: 31, invoiceReference: 'F-99' }]) {
      const refused = await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, body).expect(422);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'invoiceReference' })]);
    }
    const unchanged = await request(contract.id);
    expect({ state: unchanged.state, disputes: references(unchanged.disputes) }).toEqual({ state: 'disputed', disputes: ['F-12', 'F-01'] });

    // The web desk shows both bills and asks which one the answer is about; crediting December leaves January.
    const page = await deskPage();
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const cards = flat(await page.innerText('#dispute'));
    expect(cards).toContain('F-12');
    expect(cards).toContain('F-01');
    expect(await page.locator('#cn-bill option').evaluateAll((options) => options.map((o) => o.getAttribute('value')))).toEqual(['', 'F-12', 'F-01']);
    await page.selectOption('#cn-bill', 'F-12');
    await page.fill('#cn-amount', '31,00');
    await page.click('form[action$="/credit-note"] button');
    await expect(page.textContent('[role=status]')).resolves.toContain('verwerkt');
    expect(flat(await page.innerText('#dispute'))).not.toContain('F-12');
    // One bill left: the answer is about it, no choice to make.
    expect(await page.locator('#cn-bill').count()).toBe(0);
    await page.close();

    const after = await request(contract.id);
    expect({ state: after.state, disputes: references(after.disputes) }).toEqual({ state: 'disputed', disputes: ['F-01'] });
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText).toContain('(factuur F-01)');
    // Both timelines name the bill still disputed, as the step left it.
    const familyTimeline = ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(familyTimeline).toContain('Stroomtest heeft een creditnota van €\u00a031,00 gestuurd voor rekening F-12; ons bezwaar tegen rekening F-01 loopt nog.');
    const ownerTimeline = ((await anna.get(`${API}/estates/${contract.estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(ownerTimeline).toContainEqual(expect.stringContaining('voor factuur F-12; factuur F-01 blijft betwist.'));

    // The desk withdraws January through its API: now the dispute is over.
    const done = await desk.post(`${API}/provider-desk/requests/${contract.id}/invoice-withdrawn`, { invoiceReference: 'F-01', note: 'ingetrokken' }).expect(200);
    expect({ state: done.body.state, disputes: done.body.disputes }).toEqual({ state: 'confirmed', disputes: [] });
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.openDisputes).toEqual([]);
  });

  it("settles every bill on the owner's word without a name, or the named one only", async () => {
    const contract = await twiceBilled('Klaas');
    const one = await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01', note: 'January accepted' }).expect(200);
    expect({ state: one.body.state, open: references(one.body.openDisputes) }).toEqual({ state: 'disputed', open: ['F-12'] });
    const unknown = await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01' }).expect(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'invoiceReference', message: 'names no open bill; open: F-12' })]);
    // The provider's rejection of one bill, recorded by the owner, keeps it open for the owner to decide.
    const held = await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', invoiceReference: 'F-12', reason: 'December was used' }).expect(200);
    expect({ state: held.body.state, open: held.body.openDisputes }).toEqual({ state: 'disputeRejected', open: [expect.objectContaining({ reference: 'F-12', rejectionReason: 'December was used' })] });
    const twiceMore = await twiceBilled('Sanne');
    const all = await anna.post(`${API}/contracts/${twiceMore.id}/dispute-resolved`, {}).expect(200);
    expect({ state: all.body.state, open: all.body.openDisputes }).toEqual({ state: 'confirmed', open: [] });
  });

  it('takes one rejection per bill from the owner as from the desk: the form offers only a bill not rejected yet, a second is refused naming it', async () => {
    const contract = await twiceBilled('Wim');
    const contractPage = async () => (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const rejectable = (html: string) => [...(html.match(/<select[^>]*id="dispute-rejected-invoiceReference"[\s\S]*?<\/select>/)?.[0] ?? '').matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', invoiceReference: 'F-12', reason: 'December was used' }).expect(200);

    // The page offers the rejection of January only; the API refuses December again, in the owner's words, and the first reason stands.
    const offered = await contractPage();
    expect(offered).toContain('<h3>Aanbieder wees ons bezwaar af</h3>');
    expect(rejectable(offered)).toEqual(['', 'F-01']);
    const again = await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', invoiceReference: 'F-12', reason: 'Nogmaals' }).expect(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({
      type: 'https://steward.example/problems/answered-already',
      detail: 'Stroomtest heeft het bezwaar tegen factuur F-12 al afgewezen; die afwijzing staat al vast en hoeft niet opnieuw. Er is niets gewijzigd.',
      errors: [expect.objectContaining({ field: 'invoiceReference' })],
    });
    const posted = await anna.post(`/app/contracts/${contract.id}/dispute-rejected`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ receivedVia: 'phone', invoiceReference: 'F-12', reason: 'Nogmaals' }).expect(409);
    expect(flat(posted.text)).toContain('De aanbieder heeft het bezwaar tegen factuur F-12 al afgewezen: die afwijzing staat al vast');
    // The desk meets the same rule for the bill the owner recorded as rejected: its form lists January only, other answers both.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-12', reason: 'Nogmaals' }).expect(409);
    const atDesk = await deskPage();
    await atDesk.goto(`${base}/desk/requests/${contract.id}`);
    const options = (select: string) => atDesk.locator(`${select} option`).evaluateAll((list) => list.map((o) => o.getAttribute('value')));
    expect(await options('#rd-bill')).toEqual(['', 'F-01']);
    expect(await options('#cn-bill')).toEqual(['', 'F-12', 'F-01']);
    await atDesk.close();
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.openDisputes).toEqual([
      expect.objectContaining({ reference: 'F-12', rejectionReason: 'December was used' }),
      expect.not.objectContaining({ rejectionReason: expect.anything() }),
    ]);

    // Once the desk rejected January too, the page no longer offers a rejection, and the owner's is refused for that bill as well.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-01', reason: 'Januari is gebruikt' }).expect(200);
    const page = await contractPage();
    expect(page).toContain('<h3>Opgelost: factuur ingetrokken, geaccepteerd of incasso gestopt</h3>');
    expect(page).not.toContain('<h3>Aanbieder wees ons bezwaar af</h3>');
    const late = await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', invoiceReference: 'F-01', reason: 'Nogmaals' }).expect(409);
    expect(late.body.detail).toContain('factuur F-01 al afgewezen');
  });

  it('complains about every unanswered bill once the dispute deadline passes', async () => {
    const letters = await afterDisputeTerm((await twiceBilled('Joost')).id);
    expect(letters.map((l) => [l.kind, l.status])).toEqual([
      ['cancellation', 'sent'],
      ['dispute', 'sent'],
      ['dispute', 'sent'],
      ['dispute_escalation', 'sent'],
    ]);
    const text = await pdfOf(letters[3].id);
    expect(text).toContain('Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw facturen');
    expect(text).toContain('Factuur F-12 van 5 januari 2027: € 31,00 voor de periode 1 december 2026 tot en met 31 december 2026.');
    expect(text).toContain('Factuur F-01 van 5 februari 2027: € 46,50 voor de periode 1 januari 2027 tot en met 31 januari 2027.');
    expect(text).toContain('samen € 77,50');
  });

  // Machine v5: a collection stop stays asked until it is said to have stopped, whatever the bills do meanwhile.
  const ownerTimelineOf = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
  const familyTimelineOf = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);

  it('keeps a collection stop the family reported when the provider holds to a bill: every reader names both bills, and the stop alerts the owner when unanswered', async () => {
    const contract = await twiceBilled('Kees');
    const family = await relative(t, anna, contract.estateId, 'Maria');
    const report = await family.post(`${API}/portal/reports`, { kind: 'collection_letter', contractId: contract.id, message: 'Brief van Incasso Noord', agency: 'Incasso Noord' }).expect(201);
    // The family's report waits for the owner, who records the collection from it.
    expect(report.body.outcome).toBeNull();
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'IN-1', amount: 77.5 }).expect(200);
    const asked = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(asked.state).toBe('collectionStopRequested');

    const rejected = await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-12', reason: 'December was used' }).expect(200);
    expect({ state: rejected.body.state, waitingOn: rejected.body.waitingOn }).toEqual({ state: 'collectionStopRequested', waitingOn: 'provider' });
    expect(rejected.body.statusText).toMatch(/^Incasso na overlijden: .*; graag schriftelijk antwoord uiterlijk \d+ \w+ 20\d\d\. Bezwaar tegen 2 facturen/);
    expect(rejected.body.statusText).toContain('factuur F-12, 1 december 2026 tot en met 31 december 2026, naar rato €\u00a031,00 en factuur F-01');
    expect(rejected.body.statusText).toContain('samen €\u00a077,50. U heeft het bezwaar tegen factuur F-12 afgewezen; de contactpersoon beslist hoe het verdergaat.');

    // The owner: the stop still asked by the same date, both bills and the one the provider holds to.
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: owner.state, dueAt: owner.dueAt }).toEqual({ state: 'collectionStopRequested', dueAt: asked.dueAt });
    expect(owner.statusText).toMatch(
      /^Opschorting incasso gevraagd bij Stroomtest, schriftelijk antwoord uiterlijk \d+ \w+ 20\d\d; €\u00a077,50 betwist op 2 facturen: F-12 \(€\u00a031,00, afgewezen: December was used\) en F-01 \(€\u00a046,50\)\.$/,
    );
    expect(owner.nextStep).toMatch(
      /: Stroomtest en het incassobureau bellen\. Over factuur F-12 \(afgewezen\) beslist u: betalen en het geschil afsluiten, of Stroomtest bellen of naar de Geschillencommissie Energie \(als Stroomtest daarbij is aangesloten\); leg de uitkomst vast\. Zolang de incassostop loopt, staat daarvoor geen termijn; die begint opnieuw \(5 werkdagen\) als Stroomtest de incasso heeft gestopt\.$/,
    );
    const today = ((await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string; statusText: string }[]).find((c) => c.contractId === contract.id);
    expect({ reason: today?.reason, statusText: today?.statusText }).toEqual({ reason: 'collection_notice', statusText: owner.statusText });
    expect(await ownerTimelineOf(contract.estateId)).toContain('Stroom: Geschil over factuur F-12 afgewezen door Stroomtest (reden: December was used); incassostop loopt nog.');

    // The family: the collection, and which bill the provider holds to and which objection still stands.
    const portal = (await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0];
    expect(portal.statusText).toBe(
      'Er kwam een brief van een incassobureau over het contract bij Stroomtest. We zetten een brief klaar met het verzoek de incasso op te schorten; u hoeft hier zelf niets aan te doen. ' +
        'Stroomtest houdt vast aan rekening F-12, waartegen we bezwaar maakten. Ons bezwaar tegen rekening F-01 loopt nog. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.',
    );
    expect(await familyTimelineOf(family)).toContain('Stroomtest wees ons bezwaar tegen rekening F-12 af; ons verzoek de incasso op te schorten loopt nog.');

    // The stop's own date passes unanswered: on the next business day the owner is alerted, the stop still asked.
    await clockTo(t.admin, addBusinessDays(asked.dueAt, 1));
    const late = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(late.state).toBe('collectionStopRequested');
    expect(await ownerTimelineOf(contract.estateId)).toContain('Stroom: Geen schriftelijk antwoord van Stroomtest op de incassostop: Stroomtest en het incassobureau bellen.');
  });

  it('disputes a bill that arrives while a collection stop is asked, and keeps the stop and its date', async () => {
    const contract = await confirmedContract('Wim');
    const asked = await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-20', amount: 60 }).expect(200);
    const billed = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-10', invoiceDate: '2026-12-01', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 }).expect(200);
    expect({ state: billed.body.state, dueAt: billed.body.dueAt }).toEqual({ state: 'collectionStopRequested', dueAt: asked.body.dueAt });
    await t.runDue();
    // The stop to provider and agency, then the dispute of the new bill.
    expect((await lettersOf(contract.id)).map((l) => l.kind)).toEqual(['cancellation', 'collection_stop', 'collection_stop', 'dispute']);
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(owner.statusText).toMatch(/^Opschorting incasso gevraagd bij Stroomtest, schriftelijk antwoord uiterlijk \d+ \w+ 20\d\d; €\u00a031,00 betwist \(factuur F-10\)\.$/);
    expect(await ownerTimelineOf(contract.estateId)).toContain('Stroom: Geschil met Stroomtest: €\u00a031,00 betwist (factuur F-10); incassostop loopt nog.');
    const family = await relative(t, anna, contract.estateId, 'Maria');
    expect((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0].statusText).toMatch(
      /^Er kwam een brief van een incassobureau over het contract bij Stroomtest\. Op \d+ \w+ 2027 hebben we schriftelijk gevraagd de incasso op te schorten; u hoeft hier zelf niets aan te doen\. U hoeft rekening F-10 niet te betalen zolang het bezwaar loopt\.$/,
    );
    expect(await familyTimelineOf(family)).toContain('Er kwam nog een rekening van Stroomtest; we hebben bezwaar gemaakt. Ons verzoek de incasso op te schorten loopt nog.');
  });
  it('adds up what the desk reads of two bills, one credited in part and one rejected, while a collection stop is asked, and names the bill each rejection was about', async () => {
    const contract = await twiceBilled('Lies');
    const family = await relative(t, anna, contract.estateId, 'Maria');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { invoiceReference: 'F-12', amount: 5 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-01', reason: 'Januari is gebruikt' }).expect(200);
    // Each reader's timeline names the bill the provider held to.
    expect(await ownerTimelineOf(contract.estateId)).toContain('Stroom: Geschil over factuur F-01 afgewezen door Stroomtest (reden: Januari is gebruikt).');
    expect(await familyTimelineOf(family)).toContain('Stroomtest wees ons bezwaar tegen rekening F-01 af.');

    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-30', amount: 90 }).expect(200);
    // € 31,00 of F-12 less € 5,00 credited, and € 46,50 of F-01: € 72,50 still disputed, as the parts say.
    const atDesk = await request(contract.id);
    expect(atDesk.state).toBe('collectionStopRequested');
    expect(atDesk.statusText).toContain(
      'factuur F-12, 1 december 2026 tot en met 31 december 2026, naar rato €\u00a031,00, waarvan €\u00a05,00 gecrediteerd en factuur F-01, 1 januari 2027 tot en met 31 januari 2027, naar rato €\u00a046,50; samen nog €\u00a072,50.',
    );
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(owner.statusText).toContain('€\u00a072,50 betwist op 2 facturen: F-12 (€\u00a026,00, €\u00a05,00 gecrediteerd van €\u00a031,00) en F-01 (€\u00a046,50, afgewezen: Januari is gebruikt)');
  });

  it("tells the provider's desk how the owner settled the bills it held to, in the desk's thread (API and page)", async () => {
    const contract = await twiceBilled('Gerrit');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-12', reason: 'December was used' }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-01', reason: 'Januari is gebruikt' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'payFromEstate' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);

    const said = ((await request(contract.id)).thread as { by: string; text: string }[]).filter((item) => item.by === 'steward').map((item) => item.text);
    expect(said).toEqual(
      expect.arrayContaining([
        'Steward sloot het bezwaar tegen factuur F-12 van €\u00a031,00 af: de factuur wordt betaald uit de nalatenschap',
        'Steward sloot het bezwaar tegen factuur F-01 van €\u00a046,50 af: u heeft de factuur alsnog ingetrokken',
      ]),
    );
    const page = await deskPage();
    await page.goto(`${base}/desk/requests/${contract.id}`);
    expect(flat(await page.innerText('ol.thread'))).toContain('Steward sloot het bezwaar tegen factuur F-12 van € 31,00 af: de factuur wordt betaald uit de nalatenschap');
    await page.close();
  });

  // Contract machine v8 (audit): a bill nobody answered keeps the contract waiting on the provider while the owner decides about another.
  it('keeps waiting on the provider for a bill it did not answer while the owner decides about one it credited in part: its term, a complaint naming only that bill, and the decision on Today', async () => {
    await clockTo(t.admin, '2027-02-05');
    const estate = await createEstate(anna, { givenNames: 'Sjaak' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-8', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R8', effectiveDate: '2026-12-31' }).expect(200);
    const bill = (reference: string, amount: number) => ({ reference, invoiceDate: '2027-02-01', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount });
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, bill('G-1', 30)).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, bill('G-2', 31)).expect(200);
    await t.runDue();

    // The desk credits € 5 of G-1 and says nothing of G-2: it still owes that answer, by a date it is shown.
    const credited = (await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 5, invoiceReference: 'G-1' }).expect(200)).body;
    expect({ state: credited.state, waitingOn: credited.waitingOn, tab: credited.tab }).toEqual({ state: 'disputed', waitingOn: 'provider', tab: 'waiting_on_you' });
    expect(credited.dueAt).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(credited.nextMove).toMatch(/^Wacht op u: antwoord uiterlijk \d+ \w+ 20\d\d\.$/);
    expect(credited.statusText).toMatch(/^Bezwaar tegen factuur G-2: .*naar rato €\u00a031,00\. Graag een creditnota .* uiterlijk \d+ \w+ 20\d\d\. U crediteerde €\u00a05,00 van factuur G-1 \(van de betwiste €\u00a030,00 staat nog €\u00a025,00 open\); de contactpersoon beslist hoe het verdergaat\.$/);

    // The owner reads both: G-2's term with the provider, and the decision on G-1; Today lists it as that decision.
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: owner.state, dueAt: owner.dueAt }).toEqual({ state: 'disputed', dueAt: credited.dueAt });
    // (Confirmed before its letter went out, so lateend2 counts the month from the death: its notice follows the dispute's line.)
    expect(owner.statusText).toMatch(/, antwoord aanbieder op factuur G-2 uiterlijk \d+ \w+ 20\d\d; beslissing nodig over factuur G-1\. De bevestigde einddatum/);
    expect(owner.nextStep).toContain('Over factuur G-1 (deels gecrediteerd) beslist u: betalen en het geschil afsluiten, of Stroomtest bellen of naar de Geschillencommissie Energie (als Stroomtest daarbij is aangesloten); leg de uitkomst vast.');
    type TodayRow = { contractId: string; reason: string; resolution: string; statusText: string; dueDate: string | null; overdue: boolean };
    const onToday = async () => ((await anna.get(`${API}/queue`).expect(200)).body.contracts as TodayRow[]).find((c) => c.contractId === contract.id);
    // The decision has no term of the owner's yet (it starts once G-2 is answered): the row carries none, not the provider's date on G-2.
    // Today's row says where the dispute stands; the later end date has its own section there.
    const disputeLine = owner.statusText.split(' De bevestigde einddatum')[0];
    expect(await onToday()).toMatchObject({ reason: 'dispute_rejected', resolution: 'decide_dispute', statusText: disputeLine, dueDate: null, overdue: false });
    const todayHtml = (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(flat(todayHtml)).toMatch(/Aanbieder houdt vast aan \(een deel van\) de rekening: uw beslissing.{0,400}beslissing nodig over factuur G-1/);
    // On the page: "your move", and the due column says when the owner's term starts instead of a date.
    const row = todayHtml.split('<tr>').find((r) => r.includes(`/app/contracts/${contract.id}?from=today#dispute`))!;
    const [, , why, due] = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => flat(m[1].replace(/<[^>]+>/g, ' ')).trim());
    expect(why).toMatch(/^Uw zet Aanbieder houdt vast aan/);
    expect(due).toBe('Uw termijn begint zodra Stroomtest op elke factuur heeft geantwoord');

    // The term passes unanswered: the complaint names G-2 only, and Today still has the decision on G-1.
    const letters = await afterDisputeTerm(contract.id);
    const complaint = letters.find((l) => l.kind === 'dispute_escalation');
    expect(complaint?.status).toBe('sent');
    const text = await pdfOf(complaint!.id);
    expect(text).toContain('bezwaar gemaakt tegen uw factuur G-2');
    expect(text).toContain('€ 31,00 voor de periode 1 januari 2027 tot en met 31 januari 2027');
    expect(text).not.toContain('G-1');
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('disputeEscalated');
    expect(await onToday()).toMatchObject({ reason: 'dispute_rejected', resolution: 'decide_dispute', dueDate: null });
    // Still unanswered after the complaint: the owner is alerted, as on any unanswered complaint.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 10 }).expect(200);
    expect(await ownerTimelineOf(estate.id)).toContain('Stroom: Geen antwoord van Stroomtest op de klacht over het geschil: bellen.');
    // partterm (audit92 F3): her call is late now: Today's row says "Te laat" with the call and the decision on G-1, never a term of hers still to start.
    const late = await onToday();
    expect(late).toMatchObject({ reason: 'dispute_rejected', overdue: true, dueDate: null });
    expect(late!.statusText).toMatch(/^Stroomtest nu bellen: geen antwoord tot en met \d+ \w+ 20\d\d\. .*Over factuur G-1 \(deels gecrediteerd\) beslist u: .*; leg de uitkomst vast\.$/);
    const lateHtml = (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const lateRow = flat(lateHtml.split('<tr>').find((r) => r.includes(`/app/contracts/${contract.id}?from=today#dispute`))!.replace(/<[^>]+>/g, ' '));
    expect(lateRow).toContain('Te laat');
    expect(lateRow).not.toContain('begint zodra');

    // The provider rejects G-2: nothing is left unanswered, the owner decides (the desk waits on Steward).
    const rejected = (await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'G-2', reason: 'Januari is gebruikt' }).expect(200)).body;
    expect({ state: rejected.state, waitingOn: rejected.waitingOn, nextMove: rejected.nextMove }).toEqual({ state: 'disputeRejected', waitingOn: 'steward', nextMove: 'Wacht op Steward: u hoeft nu niets te doen. U kunt wel nog antwoorden.' });
    // A further bill meanwhile waits on the provider, with the term its dispute letter gives.
    const further = (await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...bill('G-3', 32), invoiceDate: '2027-02-15', periodFrom: '2027-02-01', periodTo: '2027-02-28' }).expect(200)).body;
    const atDesk = await request(contract.id);
    expect({ state: atDesk.state, waitingOn: atDesk.waitingOn, dueAt: atDesk.dueAt }).toEqual({ state: 'disputed', waitingOn: 'provider', dueAt: further.dueAt });
    expect(further.dueAt).not.toBeNull();
  });

  it('complains about the older bill nobody answered, not the newer one the provider rejected (v8)', async () => {
    // The two bills disputed on different days: the complaint must be dated by F-12's own letter.
    await clockTo(t.admin, JANUARY.invoiceDate);
    const contract = await confirmedContract('Fien');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(200);
    await t.runDue();
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 3 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, JANUARY).expect(200);
    await t.runDue();
    const [first, second] = ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { kind: string; letterDate: string }[]).filter((l) => l.kind === 'dispute');
    expect(first.letterDate).not.toBe(second.letterDate);
    const rejected = (await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-01', reason: 'Januari is gebruikt' }).expect(200)).body;
    expect({ state: rejected.state, waitingOn: rejected.waitingOn }).toEqual({ state: 'disputed', waitingOn: 'provider' });
    const complaint = (await afterDisputeTerm(contract.id)).find((l) => l.kind === 'dispute_escalation')!;
    const text = await pdfOf(complaint.id);
    expect(text).toContain('bezwaar gemaakt tegen uw factuur F-12');
    // Dated by F-12's own dispute letter (each letter records its bill), not by F-01's of a month later.
    expect(text).toContain(`Op ${letterDate(first.letterDate, 'nl')} heb ik namens de nabestaanden`);
    expect(text).toContain('€ 31,00 voor de periode 1 december 2026 tot en met 31 december 2026');
    expect(text).not.toContain('F-01');
  });

  // Run last: it moves the clock a day on for the family's email.
  it('asks what happens with a bill the provider holds to and tells the family: paid from the estate, on its overview as a bill to pay', async () => {
    const contract = await confirmedContract('Henk');
    await anna.post(`${API}/estates/${contract.estateId}/family-members`, { name: 'Ria', email: 'ria@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    const family = await relative(t, anna, contract.estateId, 'Maria');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.98 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { reason: 'December was used' }).expect(200);

    // The contract page asks what happens with the bill; the API refuses the word without it, naming the field, and nothing changes.
    const contractPage = async () => (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(await contractPage()).toContain('Wat er met de rekening gebeurt');
    const missing = await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { note: 'Gebeld' }).expect(422);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'outcome' })]);
    const unknown = await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'forgiven' }).expect(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['outcome']);
    const page = await anna.post(`/app/contracts/${contract.id}/dispute-resolved`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ note: 'Gebeld' }).expect(422);
    expect(page.text).toContain('Kies wat er met de rekening gebeurt');
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('disputeRejected');

    const resolved = await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'payFromEstate', note: 'Gebeld: Stroomtest blijft erbij' }).expect(200);
    expect(resolved.body.state).toBe('confirmed');
    // The family: what happens with the bill, in plain words, in both languages.
    // A bill after the end date: the decision says so (README, afterendwords).
    const told = 'Stroomtest houdt vast aan rekening F-01 (€\u00a024,98). Deze rekening wordt betaald uit de nalatenschap. Rekening F-01 gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald.';
    expect(await familyTimelineOf(family)).toContain(told);
    expect(((await family.get(`${API}/portal/timeline?limit=200&lang=en`).expect(200)).body.items as { text: string }[]).map((e) => e.text)).toContain(
      'Stroomtest maintains bill F-01 (€24.98). This bill will be paid from the estate. Bill F-01 is for time after the end date; your contact person decided it is to be paid after all.',
    );
    // The owner: the staff timeline and the contract page say what was decided.
    expect(await ownerTimelineOf(contract.estateId)).toContain('Stroom: Geschil met Stroomtest afgesloten (door u vastgelegd): factuur F-01 (€\u00a024,98) wordt betaald uit de nalatenschap. Factuur F-01 is voor tijd na de einddatum.');
    expect(flat(await contractPage())).toMatch(/factuur F-01 \(€.24,98\) wordt betaald uit de nalatenschap/);
    // The family's overview lists it as a bill to pay from the estate (API and page).
    const overview = (await family.get(`${API}/portal/estate`).expect(200)).body;
    expect(overview.billsToPay).toEqual({ items: [expect.objectContaining({ provider: 'Stroomtest', reference: 'F-01', amount: 24.98 })], nextCursor: null });
    const portal = flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text);
    expect(portal).toContain('Te betalen uit de nalatenschap');
    expect(portal).toMatch(/Stroomtest: rekening F-01, voor tijd na de einddatum \(uw contactpersoon heeft besloten dat die toch wordt betaald\), €.24,98/);
    // The day's email says it too.
    await t.runDue();
    const before = sink.messages.length;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await sink.waitFor(before + 1);
    const news = sink.messages.find((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === 'ria@family.example');
    expect(news?.text).toContain(told);
  });

  it('tells the family which objection still stands as the step left it, also when its news is worded after a later step', async () => {
    const contract = await confirmedContract('Dirk');
    await anna.post(`${API}/estates/${contract.estateId}/family-members`, { name: 'Roos', email: 'roos@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.98 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-02', invoiceDate: '2026-11-21', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 24.98 }).expect(200);
    await t.runDue();
    // Two words of the owner in a row, before the news of the first is worded.
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01', outcome: 'alreadyPaid' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-02', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    await t.runDue();
    const before = sink.messages.length;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await sink.waitFor(before + 1);
    const news = sink.messages.find((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === 'roos@family.example');
    expect(news?.text).toContain('Ons bezwaar tegen rekening F-02 loopt nog.');
    expect(news?.text).not.toContain('de andere rekeningen');
    // The bills' news as the steps left them, then once where the contract stands now: no answer still awaited by a date.
    expect(news?.text?.match(/heeft bevestigd dat het contract eindigt/g)).toHaveLength(1);
    expect(news?.text).not.toMatch(/verwachten uiterlijk/);
  });
});
