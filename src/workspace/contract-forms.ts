import { ClassConstructor } from 'class-transformer';
import { EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import { contractMachine, ContractState } from '../../workflows';
import { ValidationProblem } from '../common/problem';
import {
  AcknowledgeDto,
  CollectionNoticeDto,
  CompleteDto,
  InvoiceAfterEndDto,
  NoteDto,
  providerAnswerEvent,
  ReasonDto,
  RejectDto,
  RequestInformationDto,
} from '../contracts/contract-events.dto';
import type { Contract } from '../contracts/contract.entity';
import { invoiceAfterEndProblem } from '../contracts/contracts.service';
import type { WorkflowInstance } from '../runtime/workflow-instance.entity';

/** A form on the contract page: the API's body DTO and the workflow event it becomes. */
export interface ContractForm {
  event: string;
  body: ClassConstructor<object>;
  toEvent(dto: object): AnyEventObject;
  /** A provider's answer recorded by the owner (a letter or call): checked like the desk's. */
  providerAnswer?: boolean;
  /** A rule that needs the contract's data, checked in the event's transaction (as `ContractsService.fire` does). */
  check?(dto: object): (manager: EntityManager, contract: Contract, instance: WorkflowInstance) => Promise<void>;
  numberFields?: string[];
  arrayFields?: string[];
}

const note = (type: string) => (dto: object) => ({ type, note: (dto as NoteDto).note ?? null });

/** Named like the API's paths (`POST /contracts/:id/<name>`). */
export const CONTRACT_FORMS: Record<string, ContractForm> = {
  acknowledge: { event: 'ACKNOWLEDGE', body: AcknowledgeDto, toEvent: (dto) => providerAnswerEvent('acknowledged', dto), providerAnswer: true },
  complete: { event: 'COMPLETE', body: CompleteDto, toEvent: (dto) => providerAnswerEvent('completed', dto), providerAnswer: true, numberFields: ['finalInvoiceAmount'] },
  'request-information': {
    event: 'REQUEST_INFORMATION',
    body: RequestInformationDto,
    toEvent: (dto) => providerAnswerEvent('information_requested', dto),
    providerAnswer: true,
    arrayFields: ['documentsNeeded'],
  },
  reject: { event: 'REJECT', body: RejectDto, toEvent: (dto) => providerAnswerEvent('rejected', dto), providerAnswer: true },
  'information-supplied': { event: 'INFORMATION_SUPPLIED', body: NoteDto, toEvent: note('INFORMATION_SUPPLIED') },
  amend: { event: 'AMEND', body: NoteDto, toEvent: note('AMEND') },
  'dispute-resolved': { event: 'DISPUTE_RESOLVED', body: NoteDto, toEvent: note('DISPUTE_RESOLVED') },
  'invoice-after-end': {
    event: 'INVOICE_AFTER_END',
    body: InvoiceAfterEndDto,
    toEvent: (dto) => ({ type: 'INVOICE_AFTER_END', ...dto }),
    // Bills up to the end date are payable: the same rule as the API's.
    check: (dto) => async (_manager, _contract, instance) => {
      const problem = invoiceAfterEndProblem(instance, (dto as InvoiceAfterEndDto).invoiceDate);
      if (problem) throw new ValidationProblem([problem]);
    },
    numberFields: ['amount'],
  },
  'collection-notice': { event: 'COLLECTION_NOTICE', body: CollectionNoticeDto, toEvent: (dto) => ({ type: 'COLLECTION_NOTICE', ...dto }), numberFields: ['amount'] },
  withdraw: { event: 'WITHDRAW', body: ReasonDto, toEvent: (dto) => ({ type: 'WITHDRAW', reason: (dto as ReasonDto).reason }) },
};

/** The forms a state offers, read from the machine itself so there is no second table of allowed events. */
export function formsFor(state: string): string[] {
  const node = contractMachine.states[state as ContractState] as { ownEvents: string[] } | undefined;
  const accepted = node?.ownEvents ?? [];
  return Object.keys(CONTRACT_FORMS).filter((name) => accepted.includes(CONTRACT_FORMS[name].event));
}
