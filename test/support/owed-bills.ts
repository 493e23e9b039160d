import { API, createEstate } from './fixtures';
import type { Session } from './test-app';

/** December in full, billed in advance after the end date of 30 November: all of it disputed. */
export const DECEMBER = { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.98 };

/** Contracts of new estates of `owner` with `provider` (answering at `desk`) whose December bill is disputed, or owed. */
export function owedBillContracts(owner: Session, provider: { id: string }, desk: Session) {
  async function disputedContract(givenNames: string) {
    const estate = await createEstate(owner, { givenNames });
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body;
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(200);
    return { id: contract.id as string, estateId: estate.id as string, reference: estate.reference as string };
  }

  /** A bill the provider holds to, which the owner decided is paid from the estate. */
  async function owedContract(givenNames: string) {
    const contract = await disputedContract(givenNames);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { reason: 'December was used' }).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    return contract;
  }

  return { disputedContract, owedContract };
}
