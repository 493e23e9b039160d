import { API, createEstate, TINY_PDF } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * familyupload2: what a relative sent is named for what it was used for, everywhere she reads it. Maria (nl) and Noor (en) each
 * report „Iets anders" with a file; Anna takes Maria's as the certificate of inheritance and Noor's as the death certificate. Their
 * timelines and their daily e-mails say it in the words of their report lists; a later correction of the kind moves the audience
 * the take gave with it, unless Anna chose the audience herself, and her estate page says who sees it after the correction.
 */
describe('what a relative sent, named for what it was used for', () => {
  let t: TestApp;
  let anna: Specialist;
  let sink: SmtpSink;

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
  });
  afterAll(() => t.close());

  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const portalPage = async (family: Session, path: string) => text((await t.anonymous.get(path).set('Cookie', `steward_family=${family.token}`).expect(200)).text);

  it('her timeline and her daily e-mail say what her file was used for (nl/en); a kind corrected takes the audience along', async () => {
    const estate = await createEstate(anna);
    const member = async (name: string, email: string, language: 'nl' | 'en') => {
      const { accessCode } = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation: 'dochter', isHeir: true, isRepresentative: false, language }).expect(201)).body as { accessCode: string };
      return t.as((await t.anonymous.post(`${API}/portal/access`, { code: accessCode }).expect(200)).body.accessToken);
    };
    const [mariaMail, noorMail] = ['maria-used@family.example', 'noor-used@family.example'];
    const maria = await member('Maria de Vries', mariaMail, 'nl');
    const noor = await member('Noor de Vries', noorMail, 'en');
    const send = async (who: Session, file: string) =>
      (await who.post(`${API}/portal/reports`).field('kind', 'other').field('message', 'Hier is het papier van de notaris.').attach('file', TINY_PDF, file).expect(201)).body as { id: string; documentId: string };
    const [mariasReport, noorsReport] = [await send(maria, 'erfrecht.pdf'), await send(noor, 'akte.pdf')];
    // The news of the reports goes out first.
    await nextFamilyDigest(t.admin, sink, mariaMail, familyDigests(sink, mariaMail).length);

    await anna.post(`${API}/family-reports/${mariasReport.id}/document`, { kind: 'certificate_of_inheritance' }).expect(200);
    await anna.post(`${API}/family-reports/${noorsReport.id}/document`, { kind: 'death_certificate' }).expect(200);

    // Her timeline, as on her phone: the same sentence as under her report, not „de melding afgehandeld".
    const mariasTimeline = await portalPage(maria, '/family/timeline');
    expect(mariasTimeline).toContain('Uw document is gebruikt voor het dossier: Anna de Boer heeft het opgenomen als verklaring van erfrecht.');
    expect(mariasTimeline).not.toContain('de melding afgehandeld');
    const noorsTimeline = await portalPage(noor, '/family/timeline');
    expect(noorsTimeline).toContain('Your document has been used for the file: Anna de Boer has taken it in as the death certificate.');
    expect(noorsTimeline).not.toContain('dealt with the report');

    // Her daily e-mail says it once, in the same words; the other's file, which she may see too, as a relative's (familyupload3).
    const [mariasMail, noorsMail] = [(await nextFamilyDigest(t.admin, sink, mariaMail, familyDigests(sink, mariaMail).length)).replace(/\s+/g, ' '), familyDigests(sink, noorMail).at(-1)!.text!.replace(/\s+/g, ' ')];
    expect(mariasMail).toContain('Uw document is gebruikt voor het dossier: Anna de Boer heeft het opgenomen als verklaring van erfrecht.');
    expect(mariasMail).toContain('Een document dat een familielid stuurde, is opgenomen in het dossier als overlijdensakte.');
    expect(mariasMail).not.toContain('death certificate');
    expect(noorsMail).toContain('Your document has been used for the file: Anna de Boer has taken it in as the death certificate.');
    expect(noorsMail).toContain('A document a family member sent has been taken into the file as the certificate of inheritance.');
    expect(noorsMail).not.toContain('verklaring van erfrecht');

    // Anna corrects Maria's file to the death certificate it really is: the audience the take gave (the heirs) follows the kind to the whole family.
    const corrected = (await anna.patch(`${API}/documents/${mariasReport.documentId}`, { kind: 'death_certificate' }).expect(200)).body as { kind: string; audience: string };
    expect(corrected).toEqual(expect.objectContaining({ kind: 'death_certificate', audience: 'family' }));
    // One she chose herself stays hers: Noor's set to herself alone, then corrected to a certificate of inheritance, stays with her.
    await anna.patch(`${API}/documents/${noorsReport.documentId}`, { audience: 'owner' }).expect(200);
    expect((await anna.patch(`${API}/documents/${noorsReport.documentId}`, { kind: 'certificate_of_inheritance' }).expect(200)).body).toEqual(expect.objectContaining({ kind: 'certificate_of_inheritance', audience: 'owner' }));

    // On her estate page she corrects Maria's file back to the certificate of inheritance: the page says who sees it now, and its row too.
    const cookie = `steward_app=${anna.token}`;
    const moved = await anna.post(`/app/estates/${estate.id}/documents/${mariasReport.documentId}/kind`).set('Cookie', cookie).type('form').send({ kind: 'certificate_of_inheritance' }).expect(303);
    const page = (await anna.get(moved.headers.location).set('Cookie', cookie).expect(200)).text;
    expect(text(page)).toContain('De soort is gecorrigeerd; de wijziging staat in de tijdlijn. Wie het nu ziet: De erfgenamen en de gemachtigde.');
    expect(text(page)).toContain('Een andere soort neemt mee wie het ziet, tenzij u dat zelf koos.');
    const seenBy = (documentId: string) => text(page.match(new RegExp(`<tr data-document="${documentId}"[^>]*><td>[\\s\\S]*?</td><td data-label="Wie ziet het">([\\s\\S]*?)</td>`))![1]).trim();
    expect(seenBy(mariasReport.documentId)).toBe('De erfgenamen en de gemachtigde');
    expect(seenBy(noorsReport.documentId)).toBe('Alleen ik (vaste contactpersoon)');
  });

  it('familyupload3: a relative who may see her file reads what it was taken in as, and each later correction of its kind; one who may not reads nothing of it', async () => {
    const estate = await createEstate(anna);
    const member = async (name: string, email: string, language: 'nl' | 'en', isHeir: boolean) => {
      const { accessCode } = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, email, relation: isHeir ? 'dochter' : 'neef', isHeir, isRepresentative: false, language }).expect(201)).body as { accessCode: string };
      return t.as((await t.anonymous.post(`${API}/portal/access`, { code: accessCode }).expect(200)).body.accessToken);
    };
    // Maria sends the file; Noor is an heir as she is; Piet is no heir: the certificate of inheritance is not his to see.
    const [mariaMail, noorMail, pietMail] = ['maria-kind@family.example', 'noor-kind@family.example', 'piet-kind@family.example'];
    const maria = await member('Maria de Vries', mariaMail, 'nl', true);
    const noor = await member('Noor de Vries', noorMail, 'en', true);
    const piet = await member('Piet de Vries', pietMail, 'nl', false);
    const report = (await maria.post(`${API}/portal/reports`).field('kind', 'other').field('message', 'Hier is het papier van de notaris.').attach('file', TINY_PDF, 'notaris.pdf').expect(201)).body as { id: string; documentId: string };
    await nextFamilyDigest(t.admin, sink, mariaMail, familyDigests(sink, mariaMail).length);
    const mails = (to: string) => familyDigests(sink, to).map((m) => m.text!.replace(/\s+/g, ' '));
    // The same day's email to another relative, waited for as `nextFamilyDigest` waits (the clock is moved once a day, by the first).
    const arrived = async (to: string, had: number) => {
      const until = Date.now() + 15_000;
      while (familyDigests(sink, to).length <= had && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      return mails(to).slice(had).join(' ');
    };
    const before = { maria: mails(mariaMail).length, noor: mails(noorMail).length, piet: mails(pietMail).length };

    await anna.post(`${API}/family-reports/${report.id}/document`, { kind: 'certificate_of_inheritance' }).expect(200);
    expect(await portalPage(noor, '/family/timeline')).toContain('A document a family member sent has been taken into the file as the certificate of inheritance.');
    const pietsTimeline = await portalPage(piet, '/family/timeline');
    expect(pietsTimeline).toMatch(/Uw vaste contactpersoon heeft de melding van een familielid \(gemeld op [^)]+\) afgehandeld\./);
    expect(pietsTimeline).not.toContain('verklaring van erfrecht');
    await nextFamilyDigest(t.admin, sink, noorMail, before.noor);
    expect(await arrived(noorMail, before.noor)).toContain('A document a family member sent has been taken into the file as the certificate of inheritance.');
    expect(mails(pietMail).join(' ')).not.toContain('erfrecht');

    // Corrected to the death certificate: the whole family sees it now, and each reads the correction, Maria as hers.
    await anna.patch(`${API}/documents/${report.documentId}`, { kind: 'death_certificate' }).expect(200);
    expect(await portalPage(maria, '/family/timeline')).toContain('De soort van uw document is gecorrigeerd: het is nu opgenomen als overlijdensakte.');
    expect(await portalPage(noor, '/family/timeline')).toContain('The kind of a document a family member sent has been corrected: it is now taken in as the death certificate.');
    expect(await portalPage(piet, '/family/timeline')).toContain('De soort van een document dat een familielid stuurde, is gecorrigeerd: het is nu opgenomen als overlijdensakte.');
    const afterTake = { maria: mails(mariaMail).length, noor: mails(noorMail).length, piet: mails(pietMail).length };
    expect(await nextFamilyDigest(t.admin, sink, mariaMail, afterTake.maria)).toContain('De soort van uw document is gecorrigeerd: het is nu opgenomen als overlijdensakte.');
    expect(await arrived(noorMail, afterTake.noor)).toContain('The kind of a document a family member sent has been corrected: it is now taken in as the death certificate.');
    expect(await arrived(pietMail, afterTake.piet)).toContain('De soort van een document dat een familielid stuurde, is gecorrigeerd: het is nu opgenomen als overlijdensakte.');

    // Back to the certificate of inheritance: out of Piet's reach again, he is not told what it became; the heirs are.
    await anna.patch(`${API}/documents/${report.documentId}`, { kind: 'certificate_of_inheritance' }).expect(200);
    const afterDeath = { maria: mails(mariaMail).length, noor: mails(noorMail).length, piet: mails(pietMail).length };
    expect(await nextFamilyDigest(t.admin, sink, mariaMail, afterDeath.maria)).toContain('De soort van uw document is gecorrigeerd: het is nu opgenomen als verklaring van erfrecht.');
    expect(await arrived(noorMail, afterDeath.noor)).toContain('The kind of a document a family member sent has been corrected: it is now taken in as the certificate of inheritance.');
    expect(mails(pietMail).slice(afterDeath.piet).join(' ')).not.toContain('erfrecht');
    const pietNow = await portalPage(piet, '/family/timeline');
    expect(pietNow).not.toContain('verklaring van erfrecht');
    expect(pietNow).not.toContain('is gecorrigeerd: het is nu opgenomen');
    expect(pietNow).toMatch(/Uw vaste contactpersoon heeft de melding van een familielid \(gemeld op [^)]+\) afgehandeld\./);
  });
});
