import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import { ContractContext, providerStatusText } from '../../workflows';
import { actorOf, ProviderPrincipal } from '../auth/principal';
import { NotFoundProblem } from '../common/problem';
import { ContractWorkflow } from '../contracts/contract-workflow.service';
import { assertEffectiveDate } from '../contracts/contracts.service';
import { Contract } from '../contracts/contract.entity';
import { DocumentsService } from '../documents/documents.service';
import { EnclosuresService } from '../documents/enclosures.service';
import { fullName } from '../estates/estate.entity';
import { IdempotencyService, requestHash } from './idempotency.service';

/** States in which the provider owes an answer. */
export const OPEN_FOR_PROVIDER = ['requested', 'reminded', 'escalated', 'acknowledged', 'disputed', 'disputeEscalated', 'collectionStopRequested'];
/** States in which the provider answers a dispute or collection stop rather than the request. */
export const DISPUTE_OPEN = ['disputed', 'disputeEscalated', 'collectionStopRequested'];
/** States before the request was sent: the provider never sees these. */
const NOT_SENT = ['draft', 'ready'];

interface RequestRow {
  id: string;
  estate_id: string;
  reference: string;
  description: string;
  account_number: string;
  action: 'cancel' | 'transfer';
  requested_end_date: string | null;
  state: string;
  due_date: string | null;
  context: Record<string, unknown>;
  given_names: string;
  surname_prefix: string | null;
  surname: string;
  date_of_birth: string;
  date_of_death: string;
  new_holder: string | null;
  owner_name: string;
  owner_email: string;
  owner_phone: string | null;
  language: 'nl' | 'en';
  provider_name: string;
  required_documents: string[];
}

/**
 * What a provider contact point sees and does. Least data: one request at a time, only what it
 * needs — never other contracts of the estate, never the family's contact details.
 */
@Injectable()
export class ProviderDeskService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly workflow: ContractWorkflow,
    private readonly idempotency: IdempotencyService,
    private readonly documents: DocumentsService,
    private readonly enclosures: EnclosuresService,
  ) {}

  async list(principal: ProviderPrincipal, status: 'open' | 'all') {
    const rows = await this.rows(this.db.manager, principal.providerId, status === 'open' ? { states: OPEN_FOR_PROVIDER } : {});
    return Promise.all(rows.map((row) => this.view(this.db.manager, row)));
  }

  async get(principal: ProviderPrincipal, contractId: string, manager: EntityManager = this.db.manager) {
    const [row] = await this.rows(manager, principal.providerId, { contractId });
    if (!row) throw new NotFoundProblem('request');
    return this.view(manager, row);
  }

  /** Applies the provider's answer to the contract workflow, idempotently per `Idempotency-Key`. */
  async act(principal: ProviderPrincipal, contractId: string, event: AnyEventObject, idempotencyKey: string | undefined, path: string) {
    const { body } = await this.idempotency.run(principal.providerId, idempotencyKey, requestHash('POST', path, event), async (manager) => {
      await this.get(principal, contractId, manager);
      const contract = await manager.findOneByOrFail(Contract, { id: contractId });
      await assertEffectiveDate(manager, contract, event);
      await this.workflow.apply(manager, contractId, event, actorOf(principal));
      return { status: 200, body: await this.get(principal, contractId, manager) };
    });
    return body;
  }

  /**
   * An enclosure of this request, and only that: any other document (not attached, a family upload,
   * the will, another provider's request) answers 404 like an unknown id. The view is logged.
   */
  async openDocument(principal: ProviderPrincipal, contractId: string, documentId: string) {
    return this.db.transaction(async (manager) => {
      const request = await this.get(principal, contractId, manager);
      if (!request.enclosures.some((d) => d.id === documentId)) throw new NotFoundProblem('document');
      return this.documents.openFor(manager, documentId, actorOf(principal));
    });
  }

  private rows(manager: EntityManager, providerId: string, filter: { states?: string[]; contractId?: string }): Promise<RequestRow[]> {
    return manager.query(
      `SELECT c.id, c.estate_id, e.reference, c.description, c.account_number, c.action, c.requested_end_date, w.state, w.due_date,
              w.snapshot->'context' AS context,
              e.deceased_given_names AS given_names, e.deceased_surname_prefix AS surname_prefix, e.deceased_surname AS surname,
              e.deceased_date_of_birth AS date_of_birth, e.deceased_date_of_death AS date_of_death,
              f.name AS new_holder, u.name AS owner_name, u.email AS owner_email, u.phone AS owner_phone,
              p.language, p.name AS provider_name, p.required_documents
         FROM contracts c
         JOIN workflow_instances w ON w.subject_type = 'contract' AND w.subject_id = c.id
         JOIN estates e ON e.id = c.estate_id
         JOIN users u ON u.id = e.owner_id
         JOIN providers p ON p.id = c.provider_id
         LEFT JOIN family_members f ON f.id = c.transfer_to_family_member_id
        WHERE c.provider_id = $1 AND NOT (w.state = ANY($2))
          AND ($3::text[] IS NULL OR w.state = ANY($3))
          AND ($4::uuid IS NULL OR c.id = $4)
        ORDER BY w.due_date NULLS LAST, c.created_at`,
      [providerId, NOT_SENT, filter.states ?? null, filter.contractId ?? null],
    );
  }

  private async view(manager: EntityManager, row: RequestRow) {
    // Asking for a kind of document attaches nothing: only what the owner attached (or the first letter carried) is shown.
    const enclosures = await this.enclosures.forRequest({ contractId: row.id, estateId: row.estate_id, requiredKinds: row.required_documents }, manager);
    const letters: { id: string; kind: string; letter_date: string }[] = await manager.query(
      `SELECT id, kind, letter_date FROM letters WHERE contract_id = $1 AND status = 'sent' ORDER BY created_at`,
      [row.id],
    );
    return {
      id: row.id,
      ourReference: row.reference,
      yourReference: (row.context.providerReference as string | null) ?? null,
      action: row.action,
      description: row.description,
      accountNumber: row.account_number,
      requestedEndDate: row.requested_end_date,
      deceased: { fullName: fullName({ givenNames: row.given_names, surnamePrefix: row.surname_prefix, surname: row.surname }), dateOfBirth: row.date_of_birth, dateOfDeath: row.date_of_death },
      newHolder: row.action === 'transfer' ? { name: row.new_holder } : null,
      state: row.state,
      statusText: providerStatusText(row.state as never, row.context as unknown as ContractContext, row.language, row.due_date),
      dispute: DISPUTE_OPEN.includes(row.state) ? ((row.context as unknown as ContractContext).openDispute ?? null) : null,
      answering: DISPUTE_OPEN.includes(row.state) ? ('dispute' as const) : ('request' as const),
      dueAt: row.due_date,
      open: OPEN_FOR_PROVIDER.includes(row.state),
      caseOwner: { name: row.owner_name, email: row.owner_email, phone: row.owner_phone },
      enclosures: enclosures.map((d) => ({ id: d.id, kind: d.kind, fileName: d.fileName, mediaType: d.mediaType })),
      letters: letters.map((l) => ({ id: l.id, kind: l.kind, date: l.letter_date })),
    };
  }
}
