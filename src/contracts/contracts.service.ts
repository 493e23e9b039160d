import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import { disputedPart } from '../../workflows';
import { Actor, actorOf, StaffPrincipal } from '../auth/principal';
import { createdAtPage, DEFAULT_PAGE_SIZE, Page, Position } from '../common/paging';
import { FieldError, NotFoundProblem, ProblemException, ValidationProblem } from '../common/problem';
import { Estate } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { FamilyMember } from '../estates/family-member.entity';
import { Provider } from '../providers/provider.entity';
import { TimelineService } from '../timeline/timeline.service';
import type { InvoiceAfterEndDto } from './contract-events.dto';
import { CreateContractDto } from './contract.dto';
import { Contract } from './contract.entity';
import { ContractStanding, ContractWorkflow, documentKinds, missingDocuments } from './contract-workflow.service';

@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly timeline: TimelineService,
    private readonly workflow: ContractWorkflow,
  ) {}

  async create(principal: StaffPrincipal, estateId: string, dto: CreateContractDto): Promise<Contract> {
    return this.db.transaction(async (manager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager);
      return this.addToEstate(manager, estate, dto, actorOf(principal));
    });
  }

  /** Adds a contract to the inventory inside the caller's transaction (the owner's form, a family report). */
  async addToEstate(manager: EntityManager, estate: Estate, dto: CreateContractDto, actor: Actor): Promise<Contract> {
    const provider = await manager.findOneBy(Provider, { id: dto.providerId });
    await this.assertConsistent(manager, estate, dto, provider);
    const contract = manager.create(Contract, {
      estateId: estate.id,
      providerId: dto.providerId,
      description: dto.description,
      accountNumber: dto.accountNumber,
      action: dto.action,
      transferToFamilyMemberId: dto.action === 'transfer' ? dto.transferToFamilyMemberId : null,
      requestedEndDate: dto.requestedEndDate ?? null,
      state: 'draft',
    });
    const { deceased } = estate;
    // Folded by the same SQL function as the estates search, so both find the same people.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Contract)
      .values({ ...contract, deceasedSearchName: () => 'steward_search_name(:givenNames, :surnamePrefix, :surname)' })
      .setParameters({ givenNames: deceased.givenNames, surnamePrefix: deceased.surnamePrefix, surname: deceased.surname })
      .execute();
    contract.id = inserted.identifiers[0].id;
    await this.timeline.append(manager, {
      estateId: estate.id,
      contractId: contract.id,
      actor,
      event: 'contract.added',
      toState: 'draft',
      summary: `${provider!.name}: ${dto.description} (${dto.action === 'cancel' ? 'to cancel' : 'to transfer'}) added to the inventory.`,
    });
    await this.workflow.start(manager, contract, actor);
    return manager.findOneOrFail(Contract, { where: { id: contract.id }, relations: { provider: true } });
  }

  private async assertConsistent(manager: EntityManager, estate: Estate, dto: CreateContractDto, provider: Provider | null): Promise<void> {
    const problems: FieldError[] = [];
    if (!provider) problems.push({ field: 'providerId', message: 'is not a known provider' });
    if (dto.action === 'transfer') {
      const heir = await manager.findOneBy(FamilyMember, { id: dto.transferToFamilyMemberId, estateId: estate.id });
      if (!heir) problems.push({ field: 'transferToFamilyMemberId', message: 'must be a family member of this estate' });
    } else if (dto.transferToFamilyMemberId) {
      problems.push({ field: 'transferToFamilyMemberId', message: 'only applies to transfers' });
    }
    if (dto.requestedEndDate && dto.requestedEndDate < estate.deceased.dateOfDeath) {
      problems.push({ field: 'requestedEndDate', message: 'must not be before the date of death' });
    }
    if (problems.length) throw new ValidationProblem(problems);
  }

  /**
   * Applies a case owner's event to a contract in one transaction. `check` may refuse it with a
   * clear 422 before anything is written; a state that does not allow it answers 409. `after`
   * writes what belongs with the accepted transition (another module's rows) in the same transaction.
   */
  async fire(
    principal: StaffPrincipal,
    contractId: string,
    event: AnyEventObject,
    check?: (manager: EntityManager, contract: Contract, standing: ContractStanding) => Promise<void>,
    after?: (manager: EntityManager, contract: Contract) => Promise<void>,
  ) {
    return this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      const standing = (await this.workflow.lock(manager, contract.id))!;
      await check?.(manager, contract, standing);
      const applied = await this.workflow.apply(manager, contract.id, event, actorOf(principal));
      await after?.(manager, contract);
      return applied;
    });
  }

  /** Sending the request needs every document the provider requires; a provider informed through the BRP gets no letter. */
  async request(principal: StaffPrincipal, contractId: string) {
    return this.fire(principal, contractId, { type: 'REQUEST' }, async (manager, contract, standing) => {
      if (contract.provider.informedByBrp) {
        throw new ProblemException(422, 'informed-by-brp', `${contract.provider.name} learns of the death from the BRP: no letter goes out. Check with it instead (the task is on your queue).`);
      }
      if (standing.state !== 'draft') return;
      const missing = missingDocuments(contract.provider.requiredDocuments, await documentKinds(manager, contract.estateId));
      throw new ProblemException(422, 'documents-missing', `${contract.provider.name} needs: ${missing.join(', ')}. Upload them to the estate first.`, {
        errors: missing.map((kind) => ({ field: 'documents', message: `missing ${kind}` })),
        missingDocuments: missing,
      });
    });
  }

  /** A bill after the end date: disputed only if it bills days after the confirmed end date (422 otherwise). */
  reportInvoiceAfterEnd(principal: StaffPrincipal, contractId: string, dto: InvoiceAfterEndDto) {
    return this.fire(principal, contractId, { type: 'INVOICE_AFTER_END', ...dto }, async (_manager, _contract, standing) => {
      const problem = invoiceAfterEndProblem(standing.context.effectiveDate, dto);
      if (problem) throw new ValidationProblem([problem]);
    });
  }

  /** A provider's answer: the end date may not lie before the death. */
  recordProviderAnswer(principal: StaffPrincipal, contractId: string, event: AnyEventObject) {
    return this.fire(principal, contractId, event, (manager, contract) => assertEffectiveDate(manager, contract, event));
  }

  /** Loads a contract the caller may see; the estate access rule decides. */
  async requireAccess(principal: StaffPrincipal, contractId: string, manager: EntityManager = this.db.manager): Promise<Contract> {
    const contract = await manager.findOne(Contract, { where: { id: contractId }, relations: { provider: true } });
    if (!contract) throw new NotFoundProblem('contract');
    await this.estates.requireAccess(principal, contract.estateId, manager).catch(() => {
      throw new NotFoundProblem('contract');
    });
    return contract;
  }

  /** One page of the estate's contracts, oldest first (index `(estate_id, created_at, id)`); `after` is a decoded CREATED_AT_CURSOR. */
  async listForEstate(principal: StaffPrincipal, estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<Contract>> {
    const estate = await this.estates.requireAccess(principal, estateId);
    const query = this.db.manager.createQueryBuilder(Contract, 'c').where('c.estate_id = :estateId', { estateId: estate.id });
    return createdAtPage(query, 'c', after, limit, 'ASC');
  }

  /** The estate's contracts with their providers, oldest first, for a caller that has checked access already. */
  inEstate(estateId: string): Promise<Contract[]> {
    return this.db.manager.find(Contract, { where: { estateId }, relations: { provider: true }, order: { createdAt: 'ASC' } });
  }
}

/**
 * Only the days an invoice bills after the confirmed end date can be disputed; a final bill for the
 * days up to it is payable, however late it is dated.
 */
export function invoiceAfterEndProblem(effectiveDate: string | null, invoice: { periodFrom: string; periodTo: string; amount: number }): FieldError | null {
  if (invoice.periodTo < invoice.periodFrom) return { field: 'periodTo', message: 'must not be before periodFrom' };
  return effectiveDate && !disputedPart(effectiveDate, invoice)
    ? { field: 'periodTo', message: `must be after the end date ${effectiveDate}; a bill for the days up to the end date is payable` }
    : null;
}

/** A confirmed end date before the date of death is a provider's mistake we must not accept. */
export async function assertEffectiveDate(manager: EntityManager, contract: Contract, event: AnyEventObject): Promise<void> {
  if (event.type !== 'COMPLETE') return;
  const estate = await manager.findOneByOrFail(Estate, { id: contract.estateId });
  if (event.effectiveDate < estate.deceased.dateOfDeath) {
    throw new ValidationProblem([{ field: 'effectiveDate', message: `must not be before the date of death (${estate.deceased.dateOfDeath})` }]);
  }
}
