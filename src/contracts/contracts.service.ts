import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, StaffPrincipal } from '../auth/principal';
import { FieldError, NotFoundProblem, ValidationProblem } from '../common/problem';
import { Estate } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { FamilyMember } from '../estates/family-member.entity';
import { Provider } from '../providers/provider.entity';
import { TimelineService } from '../timeline/timeline.service';
import { CreateContractDto } from './contract.dto';
import { Contract } from './contract.entity';

@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly timeline: TimelineService,
  ) {}

  async create(principal: StaffPrincipal, estateId: string, dto: CreateContractDto): Promise<Contract> {
    return this.db.transaction(async (manager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager);
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
      await manager.save(contract);
      contract.provider = provider as Provider;
      await this.timeline.append(manager, {
        estateId: estate.id,
        contractId: contract.id,
        actor: actorOf(principal),
        event: 'contract.added',
        toState: 'draft',
        summary: `${provider!.name}: ${dto.description} (${dto.action === 'cancel' ? 'to cancel' : 'to transfer'}) added to the inventory.`,
      });
      return contract;
    });
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

  /** Loads a contract the caller may see; the estate access rule decides. */
  async requireAccess(principal: StaffPrincipal, contractId: string, manager: EntityManager = this.db.manager): Promise<Contract> {
    const contract = await manager.findOne(Contract, { where: { id: contractId }, relations: { provider: true } });
    if (!contract) throw new NotFoundProblem('contract');
    await this.estates.requireAccess(principal, contract.estateId, manager).catch(() => {
      throw new NotFoundProblem('contract');
    });
    return contract;
  }

  async listForEstate(principal: StaffPrincipal, estateId: string): Promise<Contract[]> {
    const estate = await this.estates.requireAccess(principal, estateId);
    return this.db.manager.find(Contract, { where: { estateId: estate.id }, relations: { provider: true }, order: { createdAt: 'ASC' } });
  }
}
