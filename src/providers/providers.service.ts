import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundProblem, ValidationProblem } from '../common/problem';
import { CreateProviderDto, UpdateProviderDto } from './provider.dto';
import { Provider } from './provider.entity';

@Injectable()
export class ProvidersService {
  constructor(@InjectRepository(Provider) private readonly providers: Repository<Provider>) {}

  list(filter: { category?: string; q?: string } = {}): Promise<Provider[]> {
    const query = this.providers.createQueryBuilder('p').orderBy('p.name', 'ASC');
    if (filter.category) query.andWhere('p.category = :category', { category: filter.category });
    if (filter.q) query.andWhere('p.name ILIKE :q', { q: `%${filter.q.replace(/[%_\\]/g, '\\$&')}%` });
    return query.getMany();
  }

  async get(id: string): Promise<Provider> {
    const provider = await this.providers.findOneBy({ id });
    if (!provider) throw new NotFoundProblem('provider');
    return provider;
  }

  create(dto: CreateProviderDto): Promise<Provider> {
    const provider = this.providers.create(this.apply(new Provider(), dto));
    return this.providers.save(provider);
  }

  async update(id: string, dto: UpdateProviderDto): Promise<Provider> {
    const provider = await this.get(id);
    return this.providers.save(this.apply(provider, dto));
  }

  private apply(provider: Provider, dto: UpdateProviderDto): Provider {
    Object.assign(provider, {
      ...(dto.name !== undefined && { name: dto.name.trim() }),
      ...(dto.category !== undefined && { category: dto.category }),
      ...(dto.channel !== undefined && { channel: dto.channel }),
      ...(dto.slaBusinessDays !== undefined && { slaBusinessDays: dto.slaBusinessDays }),
      ...(dto.requiredDocuments !== undefined && { requiredDocuments: [...new Set(dto.requiredDocuments)] }),
      ...(dto.language !== undefined && { language: dto.language }),
      ...(dto.creditorIds !== undefined && { creditorIds: [...new Set(dto.creditorIds)] }),
      ...(dto.kvkNumber !== undefined && { kvkNumber: dto.kvkNumber || null }),
      ...(dto.informedByBrp !== undefined && { informedByBrp: dto.informedByBrp }),
      ...(dto.knownNames !== undefined && { knownNames: [...new Set(dto.knownNames.map((n) => n.trim()))] }),
      ...(dto.contactPoint !== undefined && {
        contactPointName: dto.contactPoint.name,
        contactPointEmail: dto.contactPoint.email ?? null,
        contactPointPostalAddress: dto.contactPoint.postalAddress ?? null,
      }),
    });
    assertReachable(provider);
    return provider;
  }
}

/** A provider must be reachable through the channel it is set to. */
function assertReachable(provider: Provider): void {
  if (provider.channel === 'email' && !provider.contactPointEmail) {
    throw new ValidationProblem([{ field: 'contactPoint.email', message: 'is required when the channel is email' }]);
  }
  if (provider.channel === 'post' && !provider.contactPointPostalAddress) {
    throw new ValidationProblem([{ field: 'contactPoint.postalAddress', message: 'is required when the channel is post' }]);
  }
}
