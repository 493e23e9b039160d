import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import type { Session, TestApp } from '../support/test-app';

export type ListedLetter = { id: string; kind: string; channel: string; deliveryStatus: string; letterDate: string; deliveredAt: string };
export type ListedBatch = { id: string; sha256: string; letterCount: number; readdressed: { providerName: string; letters: number }[] | null };

/** A provider's post box in Tilburg, as the readdress specs correct it (README, printaddress, printwords, printrest). */
export const postBox = (street: string) => ({ street, postalCode: '5000 LA', city: 'Tilburg', country: 'NL' });

/** A day as the owner's history and the letters write it. */
export const dutch = (iso: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

/**
 * What the owner reads after a directory correction: a contract's letters, her history's lines, her print batches and a batch's PDF;
 * the batch the next day's run makes of her letters made now; and the administrator's correction of a provider's post box.
 */
export function ownerReads(app: () => TestApp, owner: () => Session) {
  const batches = async () => (await owner().get(`${API}/print-batches`).expect(200)).body.items as ListedBatch[];
  const lettersOf = async (contractId: string) => (await owner().get(`${API}/contracts/${contractId}`).expect(200)).body.letters as ListedLetter[];
  const nextBatch = async () => {
    const before = new Set((await batches()).map((b) => b.id));
    await app().runDue();
    await app().runDue(1);
    return (await batches()).find((b) => !before.has(b.id))!;
  };
  const correctPostBox = (providerId: string, contactName: string, street: string) =>
    app().admin.patch(`${API}/providers/${providerId}`, { contactPoint: { name: contactName, postalAddress: postBox(street) } }).expect(200);
  const batchPdf = async (id: string) => flat(await pdfText((await owner().get(`${API}/print-batches/${id}/pdf`).buffer(true).parse(binary).expect(200)).body));
  return {
    batches,
    lettersOf,
    timelineOf: async (estateId: string) => ((await owner().get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary),
    nextBatch,
    correctPostBox,
    /** The post box of a provider `posted` made, corrected. */
    correctPost: (providerId: string, street: string) => correctPostBox(providerId, 'Afdeling Opzeggingen', street),
    batchPdf,
    /** A request by post to a new energy provider at Postbus 90100, its batch downloaded and posted (README, printrest, printrest2). */
    posted: async (name: string, givenNames: string) => {
      const provider = await createProvider(app().admin, { name, category: 'energy', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Afdeling Opzeggingen', postalAddress: postBox('Postbus 90100') } });
      const estate = await createEstate(owner(), { givenNames });
      const contract = (await owner().post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body as { id: string };
      await owner().post(`${API}/contracts/${contract.id}/request`).expect(200);
      const batch = await nextBatch();
      expect(await batchPdf(batch.id)).toContain('Postbus 90100');
      await owner().post(`${API}/print-batches/${batch.id}/posted`, { sha256: batch.sha256 }).expect(200);
      const [letter] = await lettersOf(contract.id);
      expect(letter.deliveryStatus).toBe('posted');
      return { provider, estate, contract, letter };
    },
  };
}
