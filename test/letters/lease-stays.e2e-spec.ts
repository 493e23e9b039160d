import { DataSource } from 'typeorm';
import { flat } from '../../letters/test-support';
import { addCalendarMonths } from '../../letters/legal';
import { API, createEstate, createProvider, deceased, letterText } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/** leasestays: a tenant who did not live alone — no notice goes out on the heirs' behalf on a home someone may keep (art. 7:268 BW). */
describe('a rented home where someone lived with the deceased', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const letters = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as { id: string; status: string; kind: string; violations: { rule: string; where: string }[] }[];
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);
  const web = (path: string) => anna.get(path).set('Cookie', `steward_app=${anna.token}`);
  /** Today as the owner reads it, and its HTML (for where its buttons lead). */
  const today = async () => {
    const html = (await web('/app').expect(200)).text;
    return { html, text: flat(html.replace(/<[^>]+>/g, ' ')) };
  };

  it('holds the heirs’ notice, tells the owner why and how to go on, and the partner’s portal does not read it as asked; recorded that nobody continues, the lease ends by law', async () => {
    const ymere = await createProvider(t.admin, { name: 'Ymere', category: 'housing', requiredDocuments: [] });
    const estate = await createEstate(anna, { livedAlone: false });
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ymere.id, description: 'Huur woning Keizersgracht 112', accountNumber: 'YM-555-01', action: 'cancel' }).expect(201)).body as { id: string };
    // Before the worker makes the letter, the owner is told the letter check holds it, and why (reqterm): not that it is being sent.
    const asked = (await anna.post(`${API}/contracts/${contract.id}/request`).expect(200)).body as { statusText: string };
    expect(asked.statusText).toMatch(/^Brief aan Ymere tegengehouden door de briefcontrole; nog niet verstuurd\. Waarom: iemand woonde bij de overledene die de huur kan voortzetten: /);
    await t.runDue();

    const [held] = await letters(contract.id);
    expect(held).toMatchObject({ status: 'blocked', violations: [expect.objectContaining({ rule: 'missing-data', where: 'estate.deceasedLivedWithSomeone' })] });
    await anna.get(`${API}/letters/${held.id}/pdf`).expect(404);
    // The owner's page and her notification say why, in her words, and the two true ways on.
    const page = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string };
    expect(page.statusText).toBe('Brief aan Ymere tegengehouden door de briefcontrole; nog niet verstuurd.');
    const [note] = await t.app.get(DataSource).query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'letter_blocked'`, [contract.id]);
    expect(note.message).toContain('Waarom: iemand woonde bij de overledene die de huur kan voortzetten: een medehuurder (zoals een echtgenoot of geregistreerd partner die er woont) zet haar voort; een andere huisgenoot die er zijn hoofdverblijf heeft en met de overledene een duurzame gemeenschappelijke huishouding had, zet de huur gedurende zes maanden na het overlijden voort, en langer als de rechter dat bepaalt op een vordering binnen die zes maanden (artikel 7:268 lid 1 en 2 BW). De erfgenamen zeggen dan niet op.');
    expect(note.message).toContain('Zet iemand de huur voort, trek dit verzoek dan in');
    expect(note.message).toContain('Zet niemand de huur voort, leg dan bij de overledene vast wie er woonde: „niemand” of „alleen een inwonende zonder gemeenschappelijke huishouding”');
    const contractPage = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(contractPage).toContain('iemand woonde bij de overledene die de huur kan voortzetten: een medehuurder');
    expect(contractPage).not.toContain('deceasedLivedWithSomeone');

    // A retry without a new fact holds it again: nothing goes to Ymere.
    await anna.post(`${API}/letters/${held.id}/retry`).expect(202);
    await t.runDue();
    expect((await letters(contract.id)).map((l) => l.status)).toEqual(['blocked', 'blocked']);

    // Maria, who lives there, is not told that Ymere was asked to end her home's lease.
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const shown = async (lang: string) => ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!.statusText;
    expect(await shown('nl')).toBe('We bereiden een brief aan Ymere voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.');
    expect(await shown('en')).toBe('We are preparing a letter to Ymere; your contact person will send it as soon as everything is in order.');

    // The owner records that nobody continues the lease, in the older yes/no field the API still takes: the letter that goes states the end by law, no heirs' notice.
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ livedWith: 'someone', livedAlone: false });
    expect((await anna.patch(`${API}/estates/${estate.id}`, { livedAlone: true }).expect(200)).body.deceased).toMatchObject({ livedWith: 'nobody', livedAlone: true });
    const [, again] = await letters(contract.id);
    await anna.post(`${API}/letters/${again.id}/retry`).expect(202);
    await t.runDue();
    const sent = (await letters(contract.id)).find((l) => l.status === 'sent')!;
    const text = await pdfOf(sent.id);
    expect(text).toContain('Jan de Vries woonde alleen; niemand zet de huur voort. De huurovereenkomst eindigt daarom op');
    expect(text).toContain('(artikel 7:268 lid 6 BW)');
    expect(text).not.toMatch(/Namens de erfgenamen zeg ik|7:229/);

    // F-N: the reminder does not say the landlord was asked to end the lease; the letter asked to confirm the end date.
    for (let i = 0; i < 4 && !(await letters(contract.id)).some((l) => l.kind === 'reminder'); i++) await t.admin.post(`${API}/admin/clock`, { advanceDays: 15 }).expect(200);
    const reminder = (await letters(contract.id)).find((l) => l.kind === 'reminder')!;
    const reminded = await pdfOf(reminder.id);
    expect(reminded).toContain('gevraagd de einddatum van het contract Huur woning Keizersgracht 112 met klantnummer YM-555-01 te bevestigen.');
    expect(reminded).not.toContain('te beëindigen.');
  });

  it('says a lodger’s lease ends by law as recorded, and tells the owner when someone who may continue the lease is recorded after the letter went', async () => {
    const rochdale = await createProvider(t.admin, { name: 'Rochdale', category: 'housing', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Kees', surname: 'Jansen', surnamePrefix: null, livedWith: 'lodger' });
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ livedWith: 'lodger', livedAlone: false });
    // A word outside the choices is refused, naming the field; nothing is changed.
    const refused = await anna.patch(`${API}/estates/${estate.id}`, { livedWith: 'partner' }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['livedWith']);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: rochdale.id, description: 'Huur woning', accountNumber: 'RD-9', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const [sent] = await letters(contract.id);
    expect(sent.status).toBe('sent');
    const text = await pdfOf(sent.id);
    expect(text).toContain('Wie bij Kees Jansen inwoonde, was geen medehuurder en had met de overledene geen duurzame gemeenschappelijke huishouding; niemand zet de huur voort.');
    expect(text).toContain('(artikel 7:268 lid 6 BW)');
    expect(text).not.toContain('woonde alleen');
    const page = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string; nextStep: string };
    expect((await page()).statusText).not.toContain('Let op');

    // The owner learns a son lived there in a lasting joint household (the correction form offers it): the letter that went said nobody continues the lease.
    const form = (await web(`/app/estates/${estate.id}/edit`).expect(200)).text;
    expect(form).toContain('Wie woonde er bij de overledene in de huurwoning?');
    expect(form).toContain('iemand met een duurzame gemeenschappelijke huishouding (bijvoorbeeld een volwassen kind of een vriend): die zet de huur voort');
    await anna.patch(`${API}/estates/${estate.id}`, { livedWith: 'household' }).expect(200);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ livedWith: 'household', livedAlone: false, surname: 'Jansen' });
    const told = await page();
    expect(told.statusText).toContain('Let op: de brief aan Rochdale zei dat niemand de huur voortzet, maar nu is vastgelegd dat er iemand bij de overledene woonde die de huur kan voortzetten.');
    expect(told.nextStep).toBe('Laat Rochdale dat weten: trek het verzoek in (Rochdale krijgt dan een brief dat het verzoek is ingetrokken). Wie de huur voortzet, zegt zelf op als die dat wil. Klopt het niet, corrigeer dan wie er woonde bij de overledene.');
    const contractPage = (await web(`/app/contracts/${contract.id}`).expect(200)).text;
    expect(contractPage).toContain('Let op: de brief aan Rochdale zei dat niemand de huur voortzet');
    expect(contractPage).toContain('Verzoek intrekken');
    const timeline = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { summary: string }[];
    expect(timeline.map((e) => e.summary).join('\n')).toContain('Wie er bij de overledene woonde gewijzigd van een inwonende zonder gemeenschappelijke huishouding naar iemand met een duurzame gemeenschappelijke huishouding.');
    // Today lists it too, in the same words, its button leading to the same withdrawal.
    const listed = await today();
    expect(listed.text).toContain('Huur: na de brief vastgelegd dat er iemand woonde');
    expect(listed.text).toContain(`Rochdale Huur woning Uw zet ${told.statusText.slice(told.statusText.indexOf('Let op'))} ${told.nextStep}`);
    expect(listed.html).toMatch(new RegExp(`href="/app/contracts/${contract.id}[^"]*#withdraw">Verzoek intrekken</a>`));

    // Withdrawn, the landlord has the withdrawal and the page no longer asks for it.
    await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'De zoon woonde er en zet de huur voort' }).expect(200);
    await t.runDue();
    expect((await letters(contract.id)).map((l) => l.kind)).toContain('withdrawal');
    expect((await page()).statusText).not.toContain('Let op');
    expect((await today()).text).not.toContain('Huur: na de brief vastgelegd');
  });

  it('tells the owner, on the contract and on Today, when someone who may continue the lease is recorded after the landlord confirmed its end, also once settled', async () => {
    const eigen = await createProvider(t.admin, { name: 'Eigen Haard', category: 'housing', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Riet', surname: 'Bakker', surnamePrefix: null, gender: 'female', livedWith: 'nobody' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: eigen.id, description: 'Huur flat', accountNumber: 'EH-3', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    expect((await letters(contract.id)).map((l) => l.status)).toEqual(['sent']);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'post', reference: 'EH-OK', effectiveDate: '2027-01-31' }).expect(200);
    const page = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; statusText: string; nextStep: string; workflow: { accepts: string[] } };
    expect((await page()).statusText).not.toContain('Let op');

    // Her partner turns out to have been a co-tenant: the end Eigen Haard confirmed followed a letter that said nobody continues the lease.
    await anna.patch(`${API}/estates/${estate.id}`, { livedWith: 'coTenant' }).expect(200);
    const told = await page();
    expect(told.state).toBe('confirmed');
    expect(told.workflow.accepts).not.toContain('WITHDRAW');
    expect(told.statusText).toContain('Let op: Eigen Haard bevestigde het einde van de huur na de brief die zei dat niemand de huur voortzet, maar nu is vastgelegd dat er iemand bij de overledene woonde die de huur kan voortzetten. Dat kan het bevestigde einde veranderen.');
    expect(told.nextStep).toBe('Een medehuurder zet de huur voort, en iemand die er zijn hoofdverblijf had en met de overledene een duurzame gemeenschappelijke huishouding had, gedurende zes maanden na het overlijden (artikel 7:268 lid 1 en 2 BW); het verzoek kan niet meer worden ingetrokken. Bespreek met Eigen Haard en met wie er woonde of de huur eindigt, en leg het gesprek vast. Klopt het niet, corrigeer dan wie er woonde bij de overledene.');
    const listed = await today();
    expect(listed.text).toContain('Eigen Haard Huur flat Uw zet Let op: Eigen Haard bevestigde het einde van de huur');
    expect(listed.html).toMatch(new RegExp(`href="/app/contracts/${contract.id}[^"]*#calls">Gesprek vastleggen</a>`));

    // familyrest2: settled after the quiet period, the law has not changed: still said on the page and on Today.
    for (let i = 0; i < 8 && (await page()).state === 'confirmed'; i++) await t.runDue(30);
    const settled = await page();
    expect(settled.state).toBe('settled');
    expect(settled.statusText).toContain('Let op: Eigen Haard bevestigde het einde van de huur na de brief die zei dat niemand de huur voortzet');
    expect(settled.nextStep).toContain('Bespreek met Eigen Haard en met wie er woonde of de huur eindigt, en leg het gesprek vast.');
    expect((await today()).text).toContain('Eigen Haard Huur flat Uw zet Let op: Eigen Haard bevestigde het einde van de huur');

    // Recorded back as nobody (a mistake corrected), the warning goes.
    await anna.patch(`${API}/estates/${estate.id}`, { livedWith: 'nobody' }).expect(200);
    expect((await page()).statusText).not.toContain('Let op');
    expect((await today()).text).not.toContain('Eigen Haard bevestigde het einde');
  });

  /** leaseclear (audit75 F-6): a confirmed lease flagged for someone who may continue it, for the given household, its landlord's answer recorded. */
  const confirmedLease = async (landlord: string, livedWith: string, dateOfDeath?: string) => {
    const provider = await createProvider(t.admin, { name: landlord, category: 'housing', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Lies', surname: landlord, surnamePrefix: null, gender: 'female', livedWith: 'nobody', ...(dateOfDeath && { dateOfDeath }) });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Huur woning', accountNumber: `${landlord}-1`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const day = (await t.runDue()).body.today as string;
    expect((await letters(contract.id)).map((l) => l.status)).toEqual(['sent']);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'post', reference: `${landlord}-OK`, effectiveDate: day }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}`, { livedWith }).expect(200);
    const page = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; statusText: string; nextStep: string };
    expect((await page()).statusText).toContain(`Let op: ${landlord} bevestigde het einde van de huur`);
    return { estate, contract, page, day };
  };

  it('clears the warning of a confirmed lease once the owner recorded her talk with the landlord after who lived there changed; the page says what the call recorded', async () => {
    const { estate, contract, page, day } = await confirmedLease('De Key', 'coTenant');
    const call = (body: Record<string, unknown>) => anna.post(`${API}/contracts/${contract.id}/calls`, { calledOn: day, ...body }).expect(201);
    // A call before who lived there last changed is not the talk the warning asks for: she changes it again, the warning stays.
    await call({ party: 'provider', outcome: 'Alleen het eindafrekeningsadres doorgegeven.' });
    await anna.patch(`${API}/estates/${estate.id}`, { livedWith: 'household' }).expect(200);
    expect((await page()).nextStep).toContain('Bespreek met De Key en met wie er woonde of de huur eindigt, en leg het gesprek vast.');
    expect((await today()).text).toContain('De Key Huur woning Uw zet Let op: De Key bevestigde het einde van de huur');

    // The talk recorded: the page says the call, not the warning; Today no longer lists it as her move.
    const talk = 'Met De Key en de zoon besproken: hij zet de huur niet voort; het einde blijft.';
    await call({ party: 'provider', outcome: talk });
    const cleared = await page();
    expect(cleared.statusText).toContain('Na de brief die zei dat niemand de huur voortzet, is vastgelegd dat er iemand bij de overledene woonde die de huur kan voortzetten. Gebeld op');
    expect(cleared.statusText).toContain(`met De Key: ${talk}`);
    expect(cleared.statusText).not.toContain('Let op');
    expect(cleared.nextStep).not.toContain('Bespreek met De Key');
    expect((await today()).text).not.toContain('De Key bevestigde het einde');
    const en = (await anna.get(`${API}/contracts/${contract.id}?lang=en`).expect(200)).body as { statusTexts: { en: string } };
    expect(en.statusTexts.en).toContain('After the letter that said nobody continues the lease, someone who lived with the deceased and may continue it was recorded.');

    // Withdrawn (recorded in error), the call no longer counts: the warning and Today's item are back.
    const calls = (await anna.get(`${API}/contracts/${contract.id}/calls`).expect(200)).body.items as { id: string; outcome: string }[];
    await anna.delete(`${API}/contracts/${contract.id}/calls/${calls.find((c) => c.outcome === talk)!.id}`).expect(200);
    expect((await page()).statusText).toContain('Let op: De Key bevestigde het einde van de huur');
    expect((await today()).text).toContain('De Key Huur woning Uw zet Let op: De Key bevestigde het einde van de huur');
  });

  it('asks no more of a joint household’s lease once the six months after the death passed (art. 7:268 lid 2 BW), saying so once; a co-tenant’s stays', async () => {
    const day = (await t.runDue()).body.today as string;
    const died = addCalendarMonths(day, -1);
    const household = await confirmedLease('Stadgenoot', 'household', died);
    const coTenant = await confirmedLease('Mitros', 'coTenant', died);
    expect((await today()).text).toContain('Stadgenoot Huur woning Uw zet Let op');
    // Six months and a few days after the death.
    await t.runDue(160);
    const lapsed = await household.page();
    expect(lapsed.statusText).toContain('De zes maanden na het overlijden zijn voorbij: langer zet die de huur bij Stadgenoot alleen voort als de rechter dat bepaalt op een vordering binnen die zes maanden (artikel 7:268 lid 2 BW).');
    expect(lapsed.statusText.split('zes maanden na het overlijden').length - 1).toBe(1);
    expect(lapsed.statusText).not.toContain('Let op');
    expect(lapsed.nextStep).not.toContain('Bespreek met Stadgenoot');
    const listed = (await today()).text;
    expect(listed).not.toContain('Stadgenoot bevestigde het einde');
    // A co-tenant continues as tenant (lid 1): still asked until the talk is recorded.
    expect((await coTenant.page()).statusText).toContain('Let op: Mitros bevestigde het einde van de huur');
    expect(listed).toContain('Mitros Huur woning Uw zet Let op: Mitros bevestigde het einde van de huur');
  });

  it('refuses livedAlone beside a livedWith that says otherwise, naming it, and takes the two when they agree', async () => {
    const contradicting = await anna.post(`${API}/estates`, { deceased: deceased({ livedAlone: true, livedWith: 'household' }) }).expect(400);
    expect(contradicting.headers['content-type']).toContain('application/problem+json');
    expect(contradicting.body.errors.map((e: { field: string }) => e.field)).toEqual(['deceased.livedAlone']);
    const agreeing = (await anna.post(`${API}/estates`, { deceased: deceased({ livedAlone: false, livedWith: 'lodger' }) }).expect(201)).body as { id: string; deceased: { livedWith: string } };
    expect(agreeing.deceased.livedWith).toBe('lodger');

    // A correction alike: refused naming `livedAlone`, nothing changed; agreeing, taken.
    const refused = await anna.patch(`${API}/estates/${agreeing.id}`, { livedAlone: true, livedWith: 'coTenant' }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['livedAlone']);
    expect((await anna.patch(`${API}/estates/${agreeing.id}`, { livedAlone: null, livedWith: 'nobody' }).expect(400)).body.errors.map((e: { field: string }) => e.field)).toEqual(['livedAlone']);
    expect((await anna.get(`${API}/estates/${agreeing.id}`).expect(200)).body.deceased.livedWith).toBe('lodger');
    expect((await anna.patch(`${API}/estates/${agreeing.id}`, { livedAlone: true, livedWith: 'nobody' }).expect(200)).body.deceased).toMatchObject({ livedWith: 'nobody', livedAlone: true });
  });
});
