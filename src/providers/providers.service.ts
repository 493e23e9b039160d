import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { containsPattern, DEFAULT_PAGE_SIZE, listOf, Page, pageOf, Position } from '../common/paging';
import type { Actor } from '../auth/principal';
import { NotFoundProblem, ValidationProblem } from '../common/problem';
import { CreateProviderDto, UpdateProviderDto } from './provider.dto';
import { Provider } from './provider.entity';

/**
 * Which of a provider's addresses a directory change corrected: its postal address (with the name it is addressed to), its e-mail
 * address; `postalAddress` the postal address itself (a letter posted to the old one may not have arrived: README, printaddress);
 * `channel` the channel it changed to, if it did: the letters waiting on the old one go by the new one (README, printaddress).
 */
export interface AddressesCorrected {
  post: boolean;
  email: boolean;
  postalAddress: boolean;
  channel: Provider['channel'] | null;
}

/** A directory correction, told in its transaction, with the administrator who made it, to whoever holds letters made to the old address (the letters module, README postfix). */
export type AddressCorrectionListener = (manager: EntityManager, provider: Provider, corrected: AddressesCorrected, by: Actor) => Promise<void>;

/** What a change of the contact point or the channel corrects: the name heads both the envelope and the e-mail, so it counts for both, as a change of channel does. */
export function addressesCorrected(
  before: Pick<Provider, 'contactPointName' | 'contactPointEmail' | 'contactPointPostalAddress' | 'channel'>,
  after: typeof before,
): AddressesCorrected {
  const name = before.contactPointName !== after.contactPointName;
  const channel = before.channel !== after.channel ? after.channel : null;
  const postalAddress = sameAddress(before.contactPointPostalAddress, after.contactPointPostalAddress) === false;
  return {
    post: name || postalAddress || channel !== null,
    email: name || (before.contactPointEmail ?? null) !== (after.contactPointEmail ?? null) || channel !== null,
    postalAddress,
    channel,
  };
}

/** Field by field: the stored address comes back from jsonb in its own key order, the corrected one in the request's. */
function sameAddress(a: Provider['contactPointPostalAddress'], b: Provider['contactPointPostalAddress']): boolean {
  if (!a || !b) return !a && !b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a as unknown as Record<string, unknown>)[k] === (b as unknown as Record<string, unknown>)[k]);
}

/** The provider directory as filtered (cursorbind); the scorecards page through it unfiltered. */
export const providersList = (filter: { category?: string; q?: string }) => listOf('providers', filter.category, filter.q);

@Injectable()
export class ProvidersService {
  private tellLetters: AddressCorrectionListener | null = null;

  constructor(
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** The letters module registers here (letters hang off providers, not the other way round). */
  onAddressCorrected(listener: AddressCorrectionListener): void {
    this.tellLetters = listener;
  }

  /** The whole directory, by name: the statement matcher and the family's report form choose from all of it. */
  list(filter: { q?: string } = {}): Promise<Provider[]> {
    return this.search(filter).getMany();
  }

  /** The providers with these ids (a page's worth, e.g. those a page of statement findings names). */
  withIds(ids: string[]): Promise<Provider[]> {
    return ids.length ? this.providers.findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  /** One page of the directory in name order (the unique index on `lower(name)`); `after` is a decoded PROVIDERS_CURSOR. */
  async page(filter: { category?: string; q?: string; after?: Position | null }, limit = DEFAULT_PAGE_SIZE): Promise<Page<Provider>> {
    const query = this.search(filter);
    if (filter.category) query.andWhere('p.category = :category', { category: filter.category });
    if (filter.after) query.andWhere('lower(p.name) > :afterName', { afterName: filter.after[0] });
    // The cursor is PostgreSQL's lower(), so it compares exactly as the index orders.
    const { raw, entities } = await query.addSelect('lower(p.name)', 'cursor_name').limit(limit + 1).getRawAndEntities<{ cursor_name: string }>();
    return pageOf(
      providersList(filter),
      entities.map((provider, i) => ({ provider, at: raw[i].cursor_name })),
      limit,
      (row) => [row.at],
      (row) => row.provider,
    );
  }

  private search(filter: { q?: string }) {
    const query = this.providers.createQueryBuilder('p').orderBy('lower(p.name)', 'ASC');
    if (filter.q) query.andWhere('p.name ILIKE :q', { q: containsPattern(filter.q) });
    return query;
  }

  /** Locks the provider's row for the rest of the caller's transaction (serialises changes to what hangs off it, e.g. its webhook endpoints). */
  async lock(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT 1 FROM providers WHERE id = $1 FOR UPDATE', [id]);
  }

  async get(id: string): Promise<Provider> {
    const provider = await this.providers.findOneBy({ id });
    if (!provider) throw new NotFoundProblem();
    return provider;
  }

  create(dto: CreateProviderDto): Promise<Provider> {
    const provider = this.providers.create(this.apply(new Provider(), { ...dto, language: dto.language ?? 'nl' }));
    return this.providers.save(provider);
  }

  /**
   * A directory change. A corrected address reaches the letters made to the old one that have not left yet, in the same
   * transaction (README, postfix), told as the administrator's (`by`, README printaddress): the provider's row is locked first, so
   * two corrections at once are told one after the other.
   */
  async update(id: string, dto: UpdateProviderDto, by: Actor): Promise<Provider> {
    return this.db.transaction(async (manager) => {
      await this.lock(manager, id);
      const provider = await manager.findOneBy(Provider, { id });
      if (!provider) throw new NotFoundProblem();
      const before = { ...provider };
      const saved = await manager.save(this.apply(provider, dto));
      const corrected = addressesCorrected(before, saved);
      if (corrected.post || corrected.email) {
        if (!this.tellLetters) throw new Error('Nobody holds the letters to a corrected address: PrintBatchesService registers with onAddressCorrected at start-up.');
        await this.tellLetters(manager, saved, corrected, by);
      }
      return saved;
    });
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
    throw new ValidationProblem([{ field: 'contactPoint.email', message: 'is required when the channel is email', rule: 'required' }]);
  }
  if (provider.channel === 'post' && !provider.contactPointPostalAddress) {
    throw new ValidationProblem([{ field: 'contactPoint.postalAddress', message: 'is required when the channel is post', rule: 'required' }]);
  }
}
