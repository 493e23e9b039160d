import { type AnyStateMachine, createActor } from 'xstate';
import { acceptedEvents, type ContractEvent, contractMachine, contractMachineV1, contractMachineV3, projectContract, projections } from './index';

/** A contract on `machine` after `events`, as the runtime would have it. */
function contractAfter(machine: AnyStateMachine, events: ContractEvent[]) {
  const actor = createActor(machine, { input: { action: 'cancel' } }).start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

const REQUESTED: ContractEvent[] = [{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }];
const QUESTION: ContractEvent = { type: 'REQUEST_INFORMATION', message: 'Stuur de verklaring van erfrecht', documentsNeeded: ['certificate_of_inheritance'] };
const CONFIRMED: ContractEvent[] = [...REQUESTED, { type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'KPN-7', finalInvoiceAmount: 12.5 }];
const DECEMBER_BILL: ContractEvent = { type: 'INVOICE_AFTER_END', invoiceDate: '2027-01-05', amount: 31, reference: 'F-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' };

describe('contract read model (projectContract)', () => {
  it("carries the provider's open question while the contract waits on the answer", () => {
    const asked = contractAfter(contractMachine, [...REQUESTED, QUESTION]);
    expect(projectContract(asked.context, asked.value).openInformationRequest).toEqual({ message: 'Stuur de verklaring van erfrecht', documentsNeeded: ['certificate_of_inheritance'] });
  });

  it('drops the question once nobody has to answer it, though a withdrawal leaves it in the context', () => {
    const withdrawn = contractAfter(contractMachine, [...REQUESTED, QUESTION, { type: 'WITHDRAW', reason: 'Al opgezegd' }]);
    expect(withdrawn.context.openInformationRequest).not.toBeNull();
    expect(projectContract(withdrawn.context, withdrawn.value).openInformationRequest).toBeNull();
  });

  it('gives a v1 contract the same shape as a v2 one: no dispute by period, rather than missing fields', () => {
    const v1 = contractAfter(contractMachineV1, [...CONFIRMED, DECEMBER_BILL]);
    const v2 = contractAfter(contractMachine, [...CONFIRMED, DECEMBER_BILL]);
    const [old, current] = [projectContract(v1.context, v1.value), projectContract(v2.context, v2.value)];
    expect(Object.keys(old).sort()).toEqual(Object.keys(current).sort());
    expect({ openDispute: old.openDispute, disputeRejectionReason: old.disputeRejectionReason, disputes: old.disputes }).toEqual({ openDispute: null, disputeRejectionReason: null, disputes: 1 });
    expect(current.openDispute).toEqual({ reference: 'F-1', invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 31 } });
    expect({ effectiveDate: current.effectiveDate, providerReference: current.providerReference, finalInvoiceAmount: current.finalInvoiceAmount }).toEqual({ effectiveDate: '2026-11-30', providerReference: 'KPN-7', finalInvoiceAmount: 12.5 });
  });

  it('lists every open bill, oldest first, with the newest as `openDispute`; v1 has none and v3 its one bill', () => {
    const JANUARY_BILL: ContractEvent = { ...DECEMBER_BILL, reference: 'F-2', invoiceDate: '2027-02-05', periodFrom: '2027-01-01', periodTo: '2027-01-31' } as ContractEvent;
    const v4 = contractAfter(contractMachine, [...CONFIRMED, DECEMBER_BILL, JANUARY_BILL]);
    const current = projectContract(v4.context, v4.value);
    expect(current.openDisputes.map((d) => d.reference)).toEqual(['F-1', 'F-2']);
    expect(current.openDispute?.reference).toBe('F-2');
    const v3 = contractAfter(contractMachineV3, [...CONFIRMED, DECEMBER_BILL, JANUARY_BILL]);
    expect(projectContract(v3.context, v3.value).openDisputes.map((d) => d.reference)).toEqual(['F-2']);
    const v1 = contractAfter(contractMachineV1, [...CONFIRMED, DECEMBER_BILL]);
    expect(projectContract(v1.context, v1.value).openDisputes).toEqual([]);
  });

  it('is the projection the runtime uses for contracts, and the estate (which keeps no context) has none', () => {
    expect(projections).toEqual({ contract: projectContract });
  });
});

describe('accepted events', () => {
  it('lists guarded events that need a payload, which a bare "can" refuses', () => {
    const confirmed = contractAfter(contractMachine, CONFIRMED);
    expect(confirmed.can({ type: 'INVOICE_AFTER_END' } as ContractEvent)).toBe(false);
    expect(acceptedEvents(confirmed)).toEqual(['AGENCY_STOP_UNDONE', 'CLAIM_DROP_UNDONE', 'COLLECTION_NOTICE', 'COMPLETION_CORRECTED', 'DEADLINE_PASSED', 'DROP_UNDONE', 'INVOICE_AFTER_END', 'TAKE_BACK_CONFIRMATION']);
  });

  it("follows the instance's own machine version: a v1 dispute has no provider answers", () => {
    const v1 = contractAfter(contractMachineV1, [...CONFIRMED, DECEMBER_BILL]);
    const v2 = contractAfter(contractMachine, [...CONFIRMED, DECEMBER_BILL]);
    expect(acceptedEvents(v1)).toEqual(['COLLECTION_NOTICE', 'DEADLINE_PASSED', 'DISPUTE_RESOLVED', 'INVOICE_AFTER_END']);
    expect(acceptedEvents(v2)).toEqual(['AGENCY_STOP_UNDONE', 'BILL_CORRECTED', 'CLAIM_DROP_UNDONE', 'COLLECTION_NOTICE', 'COMPLETION_CORRECTED', 'CREDIT_NOTE_SENT', 'DEADLINE_PASSED', 'DISPUTE_REJECTED', 'DISPUTE_RESOLVED', 'DROP_UNDONE', 'INVOICE_AFTER_END', 'INVOICE_WITHDRAWN']);
  });

  it('is empty in a final state', () => {
    expect(acceptedEvents(contractAfter(contractMachine, [...REQUESTED, { type: 'WITHDRAW', reason: 'Al opgezegd' }]))).toEqual([]);
  });
});
