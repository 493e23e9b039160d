import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, StaffPrincipal } from '../auth/principal';
import { type Correction, type LivedWith, nobodyContinuesLease } from '../../letters';
import { Clock } from '../clock/clock';
import { containsPattern, createdAtPage, DEFAULT_PAGE_SIZE, listOf, Page, Position } from '../common/paging';
import { type FieldError, NotFoundProblem, ProblemException, ValidationProblem, WHOLE_REQUEST } from '../common/problem';
import { refuseStale } from '../common/versions';
import { parsedOf, validateInput } from '../common/validation';
import { estatesAtProviderSql, estatesWithAccountNumber } from '../contracts/contract-search';
import { estateHeadline, type RequestOnEstate } from '../contracts/request-letter.rules';
import { othersBatchText, othersBatchView } from '../letters/letter-view';
import type { InOthersBatch } from '../letters/print-batches.service';
import type { EstateState } from '../../workflows';
import { changesBetween, CORRECTION_EVENTS, ownerCorrectionSummary, type RemadeLetter } from '../timeline/corrections';
import { TimelineService } from '../timeline/timeline.service';
import { User } from '../users/user.entity';
import { CreateEstateDto, CreateFamilyMemberDto, ReopenEstateDto, UpdateEstateDto, UpdateFamilyMemberDto } from './estate.dto';
import { Estate, ESTATE_STATUSES, EstateStatus, estateVersion, fullName, livedWithOf } from './estate.entity';
import { type ContractEndDates, contractsOpenProblem, dateOfDeathCorrectionProblems, deceasedDateProblems, estateClosedProblem, estateCorrectionsForProviders, estateReference, familyAtHomeProblem, formatAccessCode, memberAtHomeProblem, newHolderCorrectionsForProviders, normaliseAccessCode, type OpenContract, referenceOf, sharesHome } from './estate.rules';
import { ownersEstateIds } from './estate-rows';
import { EstateWorkflow } from './estate-workflow.service';
import { FamilyMember, familyMemberVersion, flagsOf, roleOf } from './family-member.entity';
import { deleted } from '../database/deleted';
import { noteEstateViewed } from '../privacy/estate-views';
import { type Lang, ownerWords } from '../words';

/** Sends each provider still handling a request (only the transfers to `newHolderId`, when given) a correction letter; returns the providers told. */
/** Tells the providers of a correction (their names: `told`) and makes again the letters that waited for the post (`remade`, README queuedfix). */
export type ProviderCorrectionListener = (manager: EntityManager, estateId: string, corrections: Correction[], newHolderId?: string) => Promise<{ told: string[]; remade: RemadeLetter[] }>;

/** Each contract's end dates, for a correction of the date of death (ContractsService answers; contracts depend on estates, not the reverse). */
export type ContractEndDatesSource = (manager: EntityManager, estateId: string) => Promise<ContractEndDates[]>;

/** What the family reported that the owner has not handled yet, counted (FamilyReportsService answers: the portal depends on estates). */
export type OpenFamilyReportsSource = (manager: EntityManager, estateId: string) => Promise<number>;
/** How many of the estate's contracts have a later end date than asked that the owner has not handled (ContractsService). */
export type LaterEndDatesOpenSource = (manager: EntityManager, estateId: string) => Promise<number>;
/** The estate's contracts not finished yet, with where each stands (ContractsService). */
export type OpenContractsSource = (manager: EntityManager, estateId: string) => Promise<OpenContract[]>;
/** reqheld: the estate's contracts as its headline reads them; the contracts' module gives them (it reads the estate's letters). */
export type RequestsOnEstateSource = (estateId: string) => Promise<RequestOnEstate[]>;
/** estatepage: the letters of an estate in a colleague's downloaded, unposted batch (`PrintBatchesService.inOthersBatches`). */
export type LettersInOthersBatchesSource = (estateId: string) => Promise<InOthersBatch[]>;
/** estatepage: of a page of estates, the providers whose request letter the letter check holds, by estate (`LettersService.requestsHeldIn`). */
export type RequestsHeldSource = (estateIds: string[]) => Promise<Map<string, string[]>>;
/** An estate of the list with the providers whose request letter the letter check holds (none: `[]`). */
export type ListedEstate = Estate & { requestsHeldBy: string[] };
/** What a request without a named day asked follows (a lease ending by law): the deceased's facts before and after a correction (ContractsService holds confirmed end dates against it again). */
export type DeathFacts = Pick<Estate['deceased'], 'dateOfDeath' | 'livedWith'>;
/** Who lived there as a correction gives it: `livedWith`, else the older `livedAlone` read onto what is recorded; nothing when neither is given. */
const livedWithGiven = (dto: UpdateEstateDto, recorded: LivedWith | null): { livedWith?: LivedWith | null } =>
  dto.livedWith !== undefined ? { livedWith: dto.livedWith } : dto.livedAlone !== undefined ? { livedWith: livedWithOf(dto.livedAlone, recorded) } : {};

export type DeathFactsListener = (manager: EntityManager, estateId: string, before: DeathFacts, after: DeathFacts) => Promise<void>;

/** How long an unused family access code stays valid. */
export const ACCESS_CODE_VALID_DAYS = 30;

/** A family member's portal access ended: withdrawn by the owner, or their email address changed. */
export const ACCESS_ENDED_EVENT = 'family_member.access_ended';

export function hashAccessCode(code: string): string {
  return createHash('sha256').update(normaliseAccessCode(code)).digest('hex');
}

/** What an estates list is narrowed to; `after` is the decoded cursor (a CREATED_AT_CURSOR). */
export interface EstateSearch {
  status?: EstateStatus;
  q?: string;
  providerId?: string;
  after?: Position | null;
}

/** The estates list (cursorbind): whose (an administrator's is every estate) and as filtered; a cursor of another filter is refused. */
export const estatesList = (principal: StaffPrincipal, search: Omit<EstateSearch, 'after'>) =>
  listOf('estates', principal.role === 'admin' ? null : principal.userId, search.status, search.providerId, search.q?.trim() || undefined);

/** The list of an estate's family members. */
export const familyMembersOf = (estateId: string) => listOf('family-members', estateId);

/** The deceased's name as searched (the expression the trigram index is built on). */
export const ESTATE_SEARCH_NAME = (alias: string) => `steward_search_name(${alias}.deceased_given_names, ${alias}.deceased_surname_prefix, ${alias}.deceased_surname)`;

/** An estate with its case owner in one statement (findOne's relations read the id first and the row after: two). */
const withOwner = (manager: EntityManager, estateId: string) => manager.createQueryBuilder(Estate, 'e').innerJoinAndSelect('e.owner', 'owner').where('e.id = :estateId', { estateId });

@Injectable()
export class EstatesService {
  /** Tells providers with an open request of a correction to the estate's facts (ContractsService: contracts depend on estates, not the reverse). */
  private tellProviders: ProviderCorrectionListener = async () => ({ told: [], remade: [] });
  private contractEndDates: ContractEndDatesSource = async () => [];
  private openFamilyReports: OpenFamilyReportsSource = async () => 0;
  private laterEndDatesOpen: LaterEndDatesOpenSource = async () => 0;
  private openContracts: OpenContractsSource = async () => [];
  private requestsOnEstate: RequestsOnEstateSource = async () => [];
  private lettersInOthersBatches: LettersInOthersBatchesSource = async () => [];
  private requestsHeld: RequestsHeldSource = async () => new Map();
  private deathFactsCorrected: DeathFactsListener = async () => {};

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly timeline: TimelineService,
    private readonly workflow: EstateWorkflow,
  ) {}

  /**
   * The last step of the retention purge (one transaction per estate): deletes the
   * family members with their portal codes (so no code and no session opens the estate again) and
   * the estate itself. Returns how many family members there were.
   */
  async eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    const members = await deleted(manager, ['DELETE FROM family_members WHERE estate_id = $1'], [estateId]);
    await deleted(manager, ['DELETE FROM estates WHERE id = $1'], [estateId]);
    return members;
  }

  /**
   * Estates counted per status, of this owner (null: everyone's), for the dashboard; an owner's
   * through `estates_owner_idx` (owner_id, status), everyone's one status at a time through
   * `estates_status_created_idx` (one range each, never the table). `manager`: the caller's pool (a report's).
   */
  countsByStatus(manager: EntityManager, ownerId: string | null): Promise<{ label: string; count: number }[]> {
    return ownerId
      ? manager.query('SELECT status AS label, count(*)::int AS count FROM estates WHERE owner_id = $1 GROUP BY status', [ownerId])
      : manager.query('SELECT s.status AS label, (SELECT count(*)::int FROM estates e WHERE e.status = s.status) AS count FROM unnest($1::text[]) AS s(status)', [ESTATE_STATUSES]);
  }

  /** Steward's reference of each of these estates (`ST-2026-00042`), by estate id: one statement by primary key. */
  async references(estateIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; reference: string }[] = await this.db.query('SELECT id, reference FROM estates WHERE id = ANY($1::uuid[])', [estateIds]);
    return new Map(rows.map((r) => [r.id, r.reference]));
  }

  /** A family member of an estate the caller may see; anyone else's is "not found". */
  async requireFamilyMember(principal: StaffPrincipal, estateId: string, memberId: string, manager: EntityManager = this.db.manager): Promise<{ estate: Estate; member: FamilyMember }> {
    const estate = await this.requireAccess(principal, estateId, manager);
    const member = await manager.findOneBy(FamilyMember, { id: memberId, estateId: estate.id });
    if (!member) throw new NotFoundProblem();
    return { estate, member };
  }

  /**
   * The one access rule for staff: admins see every estate, a specialist only the estates they own.
   * Anything else is "not found", so ids of other estates reveal nothing.
   *
   * `lock` locks the estate's workflow for the rest of the transaction before reading the estate, so
   * the reader sees what the previous holder wrote. It is the estate's one lock: every contract
   * transition takes it first too, whereas a row lock here would be taken before it and close a circle.
   */
  async requireAccess(principal: StaffPrincipal, estateId: string, manager: EntityManager = this.db.manager, lock = false): Promise<Estate> {
    if (lock) await this.workflow.lock(manager, estateId);
    // The owner in the same statement: every staff read of an estate passes here.
    const query = withOwner(manager, estateId);
    if (principal.role !== 'admin') query.andWhere('e.ownerId = :userId', { userId: principal.userId });
    const estate = await query.getOne();
    if (!estate) throw new NotFoundProblem();
    await noteEstateViewed(estate.id);
    return estate;
  }

  /** An estate with its case owner, for callers already scoped to it (a family session, a worker). */
  findWithOwner(estateId: string, manager: EntityManager = this.db.manager): Promise<Estate> {
    return withOwner(manager, estateId).getOneOrFail();
  }

  async create(principal: StaffPrincipal, dto: CreateEstateDto): Promise<Estate> {
    const problems = deceasedDateProblems(dto.deceased, this.clock.today());
    if (problems.length) throw new ValidationProblem(problems);
    return this.db.transaction(async (manager) => {
      const owner = await this.chooseOwner(manager, principal, dto.ownerId);
      const [{ seq }] = await manager.query(`SELECT nextval('estate_reference_seq') AS seq`);
      const estate = manager.create(Estate, {
        reference: estateReference(Number(this.clock.today().slice(0, 4)), Number(seq)),
        ownerId: owner.id,
        status: 'intake',
        deceased: { ...dto.deceased, surnamePrefix: dto.deceased.surnamePrefix ?? null, nameOrder: dto.deceased.nameOrder ?? 'given_first', address: { ...dto.deceased.address }, livedWith: dto.deceased.livedWith ?? livedWithOf(dto.deceased.livedAlone ?? null, null) },
        estateAccountIban: dto.estateAccount?.iban ?? null,
        estateAccountHolder: dto.estateAccount?.holder ?? null,
      });
      await manager.save(estate);
      await this.workflow.start(manager, estate);
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor: actorOf(principal),
        event: 'estate.opened',
        toState: 'intake',
        summary: `Estate of ${fullName(estate.deceased)} opened; case owner ${owner.name}.`,
        details: { deceased: fullName(estate.deceased), ownerName: owner.name },
      });
      estate.owner = owner;
      return estate;
    });
  }

  /** A specialist opens estates for themselves; an administrator may assign any specialist. */
  private async chooseOwner(manager: EntityManager, principal: StaffPrincipal, ownerId?: string): Promise<User> {
    const id = ownerId ?? principal.userId;
    const owner = await manager.findOneBy(User, { id, active: true, role: 'specialist' });
    if (!owner || (principal.role !== 'admin' && id !== principal.userId)) {
      throw new ValidationProblem([{ field: 'ownerId', message: 'must be yourself or, for administrators, an active specialist' }]);
    }
    return owner;
  }

  /**
   * One page of the caller's estates (admins: all), newest first. `q` finds the deceased's name
   * (accents and case ignored, any part), the estate reference or an account number of a contract.
   */
  async list(principal: StaffPrincipal, search: EstateSearch = {}, limit = DEFAULT_PAGE_SIZE): Promise<Page<ListedEstate>> {
    const query = this.db.manager.createQueryBuilder(Estate, 'e').leftJoinAndSelect('e.owner', 'owner');
    if (principal.role !== 'admin') query.andWhere('e.owner_id = :userId', { userId: principal.userId });
    if (search.status) query.andWhere('e.status = :status', { status: search.status });
    if (search.providerId) query.andWhere(`e.id IN (${estatesAtProviderSql('providerId')})`, { providerId: search.providerId });
    const q = search.q?.trim();
    if (q) {
      // Every alternative is an index on estates, so PostgreSQL unites them (BitmapOr) instead of reading every estate.
      const byAccount = await estatesWithAccountNumber(this.db.manager, q);
      // The reference as typed ("st 2026 00003", "ST202600003") in its written form, which its unique index holds.
      query.andWhere(`(${ESTATE_SEARCH_NAME('e')} LIKE steward_fold(:qName) OR e.reference = :reference OR e.id = ANY(:byAccount::uuid[]))`, { qName: containsPattern(q), reference: referenceOf(q) ?? q.toUpperCase(), byAccount });
    }
    const page = await createdAtPage(estatesList(principal, search), query, 'e', search.after ?? null, limit);
    // estatepage: the page's held requests in one read for all its rows, not one per row.
    const held = await this.requestsHeld(page.items.map((e) => e.id));
    return { ...page, items: page.items.map((e) => Object.assign(e, { requestsHeldBy: held.get(e.id) ?? [] })) };
  }

  /** A new case owner; the caller holds the estate lock and records the handover (HandoversService). */
  async setOwner(manager: EntityManager, estateId: string, ownerId: string): Promise<void> {
    await manager.update(Estate, { id: estateId }, { ownerId });
  }

  onProviderCorrection(listener: ProviderCorrectionListener): void {
    this.tellProviders = listener;
  }

  onContractEndDates(source: ContractEndDatesSource): void {
    this.contractEndDates = source;
  }

  onOpenFamilyReports(source: OpenFamilyReportsSource): void {
    this.openFamilyReports = source;
  }

  onLaterEndDatesOpen(source: LaterEndDatesOpenSource): void {
    this.laterEndDatesOpen = source;
  }

  onOpenContracts(source: OpenContractsSource): void {
    this.openContracts = source;
  }

  onRequestsOnEstate(source: RequestsOnEstateSource): void {
    this.requestsOnEstate = source;
  }

  onLettersInOthersBatches(source: LettersInOthersBatchesSource): void {
    this.lettersInOthersBatches = source;
  }

  onRequestsHeld(source: RequestsHeldSource): void {
    this.requestsHeld = source;
  }

  /**
   * reqheld: where the estate stands in the owner's words, true of its requests (`estateHeadline`): the estate page's headline;
   * estatepage: with its letters in a colleague's downloaded batch, named after it and listed (`lettersInOthersBatches`).
   */
  async headline(estate: Estate, lang: Lang) {
    const status = estate.status as EstateState;
    const [requests, inOthersBatches] = await Promise.all([status === 'inProgress' ? this.requestsOnEstate(estate.id) : [], this.lettersInOthersBatches(estate.id)]);
    return { statusText: estateHeadline(lang, status, requests, inOthersBatches.map((b) => othersBatchText(lang, b))), lettersInOthersBatches: inOthersBatches.map((b) => othersBatchView(b, lang)) };
  }

  onDeathFactsCorrected(listener: DeathFactsListener): void {
    this.deathFactsCorrected = listener;
  }

  /**
   * Corrects the deceased's particulars, the estate account and who lived with the deceased, with
   * the rules of opening an estate; every change goes on the timeline (from → to), nothing when none.
   */
  async update(principal: StaffPrincipal, estateId: string, dto: UpdateEstateDto, ifMatch?: string): Promise<Estate> {
    return this.db.transaction(async (manager) => {
      const estate = await this.requireAccess(principal, estateId, manager, true);
      // versions: read under the estate's lock, so of two corrections from one version only the first applies.
      refuseStale('estate', estateVersion(estate), { version: dto.version, ifMatch }, principal.lang);
      const { address, ...names } = dto.deceased ?? {};
      const deceased = { ...estate.deceased, ...stripUndefined(names), ...(address && { address: { ...address } }), ...livedWithGiven(dto, estate.deceased.livedWith) };
      const problems = await this.deceasedCorrectionProblems(manager, estate, deceased);
      if (problems.length) throw new ValidationProblem(problems);
      // rentend: „nobody continues the lease" newly said while a relative is recorded at the home is asked again (`familyAtHomeProblem`);
      // rentrest: so is the deceased's address corrected to another home while it stands (a relative may be recorded there).
      const newly = deceased.livedWith !== estate.deceased.livedWith || !sharesHome(deceased.address, estate.deceased.address);
      if (!dto.confirmLivedWith && newly && nobodyContinuesLease(deceased.livedWith)) {
        const atHome = familyAtHomeProblem(deceased, await manager.find(FamilyMember, { where: { estateId: estate.id }, select: { name: true, address: true } }), principal.lang);
        if (atHome) throw atHome;
      }
      const account = (iban: string | null, holder: string | null) => (iban ? { iban, holder } : null);
      const changes = [
        ...changesBetween(estate.deceased as unknown as Record<string, unknown>, deceased as unknown as Record<string, unknown>),
        ...(dto.estateAccount !== undefined
          ? changesBetween({ estateAccount: account(estate.estateAccountIban, estate.estateAccountHolder) }, { estateAccount: dto.estateAccount && account(dto.estateAccount.iban, dto.estateAccount.holder) })
          : []),
      ];
      if (!changes.length) return estate;
      const before = { deceased: estate.deceased, estateAccountIban: estate.estateAccountIban, estateAccountHolder: estate.estateAccountHolder };
      if (dto.estateAccount !== undefined) {
        estate.estateAccountIban = dto.estateAccount?.iban ?? null;
        estate.estateAccountHolder = dto.estateAccount?.holder ?? null;
      }
      estate.deceased = deceased;
      await manager.update(Estate, { id: estate.id }, { estateAccountIban: estate.estateAccountIban, estateAccountHolder: estate.estateAccountHolder, deceased });
      // Providers that already work from the old facts are told, each in a correction letter.
      const corrections = estateCorrectionsForProviders(before, estate);
      const { told: toldProviders, remade: remadeLetters } = corrections.length ? await this.tellProviders(manager, estate.id, corrections) : { told: [], remade: [] };
      if (deceased.dateOfDeath !== before.deceased.dateOfDeath || deceased.livedWith !== before.deceased.livedWith) await this.deathFactsCorrected(manager, estate.id, before.deceased, deceased);
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor: actorOf(principal),
        event: CORRECTION_EVENTS.estate,
        summary: ownerCorrectionSummary(changes, undefined, toldProviders, 'en', false, remadeLetters),
        details: { changes, toldProviders, remadeLetters },
      });
      return estate;
    });
  }

  /**
   * A correction from the API, its body checked here rather than by the pipe: a refused one is answered with the
   * rules on the deceased's dates too (`withCorrectionRules`), so the owner fixes every field in one round; only
   * those rules failing stays 422 (`update`). 404 outside the caller's reach first.
   */
  async correct(principal: StaffPrincipal, estateId: string, body: unknown, ifMatch?: string): Promise<Estate> {
    const { dto, errors } = await validateInput(UpdateEstateDto, body);
    if (!errors.length) return this.update(principal, estateId, dto, ifMatch);
    throw new ValidationProblem(await this.withCorrectionRules(principal, estateId, dto, errors), 400);
  }

  /**
   * A refused correction's errors (the API's or the workspace form's) with the rules on the deceased's dates
   * (`deceasedCorrectionProblems`) on the dates that parsed, as the corrected record would hold them: what
   * `update` would refuse next, named in the same answer. 404 outside the caller's reach.
   */
  async withCorrectionRules(principal: StaffPrincipal, estateId: string, dto: UpdateEstateDto, refused: FieldError[]): Promise<FieldError[]> {
    const estate = await this.requireAccess(principal, estateId);
    const given = parsedOf(dto, refused).deceased ?? {};
    const told = new Set(refused.map((e) => e.field));
    // A date refused is not held against the other, as on a new estate (`deceasedDateProblems`).
    const date = (key: 'dateOfBirth' | 'dateOfDeath') => (told.has(`deceased.${key}`) ? undefined : (given[key] ?? estate.deceased[key]));
    const problems = await this.deceasedCorrectionProblems(this.db.manager, estate, { dateOfBirth: date('dateOfBirth'), dateOfDeath: date('dateOfDeath') });
    return [...refused, ...problems.filter((e) => !told.has(e.field))];
  }

  /** The corrected deceased's dates against today (`deceasedDateProblems`) and a new date of death against the requested and confirmed end dates. */
  private async deceasedCorrectionProblems(manager: EntityManager, estate: Estate, deceased: { dateOfBirth?: string; dateOfDeath?: string }): Promise<FieldError[]> {
    const problems = deceasedDateProblems(deceased, this.clock.today());
    if (deceased.dateOfDeath !== undefined && deceased.dateOfDeath !== estate.deceased.dateOfDeath) {
      problems.push(...dateOfDeathCorrectionProblems(deceased.dateOfDeath, await this.contractEndDates(manager, estate.id)));
    }
    return problems;
  }

  /** Whether the estate is closed, read under its lock (the estate's one lock, before any contract's), so a close or reopen at the same moment is seen. */
  async isClosed(manager: EntityManager, estateId: string): Promise<boolean> {
    await this.workflow.lock(manager, estateId);
    const [row]: { status: string }[] = await manager.query('SELECT status FROM estates WHERE id = $1', [estateId]);
    return row?.status === 'closed';
  }

  /** New work (a contract, a document, a request) on a closed estate answers 409 `estate-closed`: reopen it first (`estateClosedProblem`). */
  async assertOpen(manager: EntityManager, estateId: string, lang: Lang): Promise<void> {
    if (await this.isClosed(manager, estateId)) throw estateClosedProblem(lang);
  }

  /**
   * The owner reopens a closed estate with the reason (a contract found after closing): it settles again,
   * its retention term ends, the family is told and the timeline says who and why. Any other state: 409.
   */
  async reopen(principal: StaffPrincipal, estateId: string, dto: ReopenEstateDto): Promise<Estate> {
    return this.db.transaction(async (manager) => {
      const estate = await this.requireAccess(principal, estateId, manager, true);
      await this.workflow.reopen(manager, estate.id, dto.reason, actorOf(principal));
      return this.requireAccess(principal, estateId, manager);
    });
  }

  /** From inventory until closing; in intake (nothing listed yet) it answers 409, after closing 409 `estate-closed`. */
  async reportProgress(principal: StaffPrincipal, estateId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const estate = await this.requireAccess(principal, estateId, manager, true);
      await this.assertOpen(manager, estate.id, principal.lang);
      await this.workflow.apply(manager, estate.id, { type: 'PROGRESS_REPORT' }, actorOf(principal));
    });
  }

  /**
   * Closes a settling estate (else 409). A report of the family's the owner has not handled keeps it
   * open (409 naming how many): closing tells the family everything is done, which a letter to the
   * deceased or a collection letter nobody looked at would make untrue. So does a later end date than
   * asked that nobody handled (409 `later-end-date-open`): the days between may cost the estate money.
   * A contract not finished yet answers 409 `contracts-open` naming each (`contractsOpenProblem`), whether
   * the estate was never closed or was reopened for a late bill.
   */
  async close(principal: StaffPrincipal, estateId: string): Promise<Estate> {
    return this.db.transaction(async (manager) => {
      const estate = await this.requireAccess(principal, estateId, manager, true);
      const w = ownerWords(principal.lang).errors;
      const open = await this.openFamilyReports(manager, estate.id);
      if (open) {
        throw new ProblemException(409, 'family-reports-open', w.details.refused(w.refusals.familyReportsOpen('', String(open))), {
          errors: [{ field: WHOLE_REQUEST, message: 'family reports still open', rule: 'familyReportsOpen', limit: String(open) }],
        });
      }
      const later = await this.laterEndDatesOpen(manager, estate.id);
      if (later) {
        throw new ProblemException(409, 'later-end-date-open', w.details.refused(w.refusals.laterEndDatesOpen('', String(later))), {
          errors: [{ field: WHOLE_REQUEST, message: 'later end dates not handled', rule: 'laterEndDatesOpen', limit: String(later) }],
        });
      }
      const unfinished = contractsOpenProblem(await this.openContracts(manager, estate.id), principal.lang);
      if (unfinished) throw unfinished;
      await this.workflow.close(manager, estate.id, actorOf(principal));
      return this.requireAccess(principal, estateId, manager);
    });
  }

  /** Adds a family member and returns their portal access code; only its hash is kept. */
  async addFamilyMember(principal: StaffPrincipal, estateId: string, dto: CreateFamilyMemberDto) {
    return this.db.transaction(async (manager) => {
      const estate = await this.requireAccess(principal, estateId, manager);
      const atHome = dto.confirmLivedWith ? null : memberAtHomeProblem(estate.deceased, dto.name, dto.address, null, principal.lang);
      if (atHome) throw atHome;
      const member = manager.create(FamilyMember, {
        estateId: estate.id,
        name: dto.name,
        nameOrder: dto.nameOrder ?? 'given_first',
        email: dto.email ?? null,
        relation: dto.relation,
        language: dto.language ?? null,
        ...(dto.role ? { role: dto.role, ...flagsOf(dto.role, dto.isHeir ?? false) } : { role: roleOf(dto), isHeir: dto.isHeir, isRepresentative: dto.isRepresentative }),
        ...particulars(dto),
      });
      await manager.save(member);
      const code = await this.issueAccessCode(manager, member.id);
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor: actorOf(principal),
        event: 'family_member.added',
        summary: `${dto.name} (${dto.relation}) added${member.isHeir ? ' as heir' : ''}${member.isRepresentative ? ', representing the heirs' : ''}.`,
        details: { familyMemberId: member.id, name: member.name, relation: member.relation, isHeir: member.isHeir, isRepresentative: member.isRepresentative },
      });
      return { member, ...code };
    });
  }

  /**
   * A fresh single-use portal code for a family member; an earlier code stops working, and so do the
   * sessions opened with it (the owner's new invitation, the family's "send me a new link": a new code is
   * asked for when an old one went astray). Only its hash is kept; a withdrawn access is given back.
   */
  async issueAccessCode(manager: EntityManager, familyMemberId: string, { accessCode, accessCodeExpiresAt } = this.newAccessCode()) {
    await manager.update(FamilyMember, { id: familyMemberId }, {
      accessCodeHash: hashAccessCode(accessCode),
      accessCodeExpiresAt,
      accessCodeUsedAt: null,
      accessWithdrawnAt: null,
      // A link on its way is overtaken too: the newest code is the one that opens the portal.
      linkCodeHash: null,
      linkCodeExpiresAt: null,
      sessionVersion: () => 'session_version + 1',
    });
    return { accessCode, accessCodeExpiresAt };
  }

  /**
   * Stores a new link's code before its e-mail goes (the caller holds the member's row): from now it opens the portal beside the code
   * in use, so the e-mail never carries a code that does not work, whatever happens after the send. False when this code is the
   * one in use already (an earlier attempt of the same link went and was recorded, or redeemed): nothing to send again.
   */
  async stageLinkCode(manager: EntityManager, familyMemberId: string, { accessCode, accessCodeExpiresAt }: { accessCode: string; accessCodeExpiresAt: Date }): Promise<boolean> {
    const hash = hashAccessCode(accessCode);
    const [, staged]: [unknown, number] = await manager.query(
      `UPDATE family_members SET link_code_hash = $2, link_code_expires_at = $3 WHERE id = $1 AND access_code_hash IS DISTINCT FROM $2`,
      [familyMemberId, hash, accessCodeExpiresAt],
    );
    return staged === 1;
  }

  /**
   * The link's e-mail went: its code becomes the one in use (earlier codes and sessions end), if it is still the link on its way —
   * not when the relative opened the portal with it already, nor after the owner invited anew or ended the access meanwhile.
   */
  async issueLinkCode(manager: EntityManager, familyMemberId: string, code: { accessCode: string; accessCodeExpiresAt: Date }): Promise<void> {
    const [staged]: { id: string }[] = await manager.query(`SELECT id FROM family_members WHERE id = $1 AND link_code_hash = $2`, [familyMemberId, hashAccessCode(code.accessCode)]);
    if (staged) await this.issueAccessCode(manager, familyMemberId, code);
  }

  /**
   * A fresh code and the end of its validity, not yet anyone's: `issueAccessCode` makes it a member's (the family's new link
   * stores it beside the one in use before its e-mail goes, `stageLinkCode`). `accessCode`: the demo data's well-known code, or a
   * new link's own (`linkCode`).
   */
  newAccessCode(accessCode = formatAccessCode(randomBytes(12))): { accessCode: string; accessCodeExpiresAt: Date } {
    return { accessCode, accessCodeExpiresAt: new Date(this.clock.now().getTime() + ACCESS_CODE_VALID_DAYS * 86_400_000) };
  }

  /**
   * Redeems a portal code: the code is used up in the same statement that checks it, so it works once (two phones with one
   * code: one wins). `chosen` becomes the relative's language unless one was already chosen. Null for a code that is
   * unknown, used or expired.
   */
  async redeemAccessCode(
    accessCodeHash: string,
    now: Date,
    chosen: Lang | null,
    again?: { by: string; since: Date },
  ): Promise<{ id: string; name: string; estate_id: string; session_version: number } | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [[redeemed]]: [{ id: string; name: string; estate_id: string; session_version: number }[], number] = await this.db.query(
      // A new link's code (`stageLinkCode`) becomes the one in use as it is redeemed, ending earlier sessions as its e-mail's going would have.
      `UPDATE family_members SET access_code_used_at = $2, language = COALESCE(language, $3), access_code_hash = $1, access_code_used_by = $4,
              access_code_expires_at = CASE WHEN link_code_hash = $1 THEN link_code_expires_at ELSE access_code_expires_at END,
              session_version = session_version + CASE WHEN link_code_hash = $1 THEN 1 ELSE 0 END,
              link_code_hash = CASE WHEN link_code_hash = $1 THEN NULL ELSE link_code_hash END,
              link_code_expires_at = CASE WHEN link_code_hash = $1 THEN NULL ELSE link_code_expires_at END
        WHERE (access_code_hash = $1 AND access_code_used_at IS NULL AND access_code_expires_at > $2) OR (link_code_hash = $1 AND link_code_expires_at > $2)
        RETURNING id, name, estate_id, session_version`,
      [accessCodeHash, now, chosen, again?.by ?? null],
    );
    if (redeemed || !again) return redeemed ?? null;
    // auditmend: the same form's second tap, since `again.since`, answers as its first did; another form, or later, stays refused.
    const [before]: { id: string; name: string; estate_id: string; session_version: number }[] = await this.db.query(
      `SELECT id, name, estate_id, session_version FROM family_members WHERE access_code_hash = $1 AND access_code_used_by = $2 AND access_code_used_at > $3`,
      [accessCodeHash, again.by, again.since],
    );
    return before ?? null;
  }

  /**
   * Ends a family member's portal access: their outstanding code stops working and so do their sessions.
   * `withdrawn` (the owner's choice) also keeps "send me a new link" from them until a new invitation.
   */
  async endAccess(manager: EntityManager, familyMemberId: string, withdrawn: boolean): Promise<void> {
    await manager.update(FamilyMember, { id: familyMemberId }, {
      accessCodeHash: null,
      linkCodeHash: null,
      linkCodeExpiresAt: null,
      sessionVersion: () => 'session_version + 1',
      ...(withdrawn && { accessWithdrawnAt: this.clock.now() }),
    });
  }

  /**
   * Adds or corrects a family member's particulars, on the record (who, when, from → to). `accessEnded`:
   * a changed email address ended their portal access, so the owner invites them at the new one.
   */
  async updateFamilyMember(principal: StaffPrincipal, estateId: string, memberId: string, dto: UpdateFamilyMemberDto, ifMatch?: string): Promise<{ member: FamilyMember; accessEnded: boolean }> {
    return this.db.transaction(async (manager) => {
      // The estate's lock: a correction may lock the contracts of the member's transfers after it.
      const estate = await this.requireAccess(principal, estateId, manager, true);
      const member = await manager.findOneBy(FamilyMember, { id: memberId, estateId: estate.id });
      if (!member) throw new NotFoundProblem();
      refuseStale('family-member', familyMemberVersion(member), { version: dto.version, ifMatch }, principal.lang);
      const next = {
        name: dto.name,
        nameOrder: dto.nameOrder,
        relation: dto.relation,
        email: dto.email,
        ...(dto.role !== undefined && { role: dto.role, ...flagsOf(dto.role, member.isHeir) }),
        ...particulars(dto),
      };
      const changed = changesBetween(member as unknown as Record<string, unknown>, next);
      if (!changed.length) return { member, accessEnded: false };
      const atHome = dto.confirmLivedWith ? null : memberAtHomeProblem(estate.deceased, next.name ?? member.name, next.address, member.address, principal.lang);
      if (atHome) throw atHome;
      const update = Object.fromEntries(changed.map((c) => [c.field, c.to]));
      await manager.update(FamilyMember, { id: member.id }, update);
      // The providers of this member's transfers work from the particulars their letter gave.
      const corrections = newHolderCorrectionsForProviders(member, { ...member, ...update });
      const { told: toldProviders, remade: remadeLetters } = corrections.length ? await this.tellProviders(manager, estate.id, corrections, member.id) : { told: [], remade: [] };
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor: actorOf(principal),
        event: CORRECTION_EVENTS.familyMember,
        summary: ownerCorrectionSummary(changed, member.name, toldProviders, 'en', false, remadeLetters),
        details: { familyMemberId: member.id, changes: changed, toldProviders, about: member.name, remadeLetters },
      });
      // The old mailbox holds the code (and can ask for new links): whoever reads it must not get in.
      const accessEnded = !!member.email && changed.some((c) => c.field === 'email');
      if (accessEnded) {
        await this.endAccess(manager, member.id, false);
        await this.timeline.append(manager, {
          estateId: estate.id,
          actor: actorOf(principal),
          event: ACCESS_ENDED_EVENT,
          summary: ownerWords('en').timeline.accessEnded(member.name),
          details: { familyMemberId: member.id, name: member.name, withdrawn: false },
        });
      }
      return { member: Object.assign(member, update), accessEnded };
    });
  }

  /** The portal language a signed-in family member chose; from then on it wins over the browser's cookie (and names the digest's language). */
  async setFamilyMemberLanguage(estateId: string, familyMemberId: string, language: Lang): Promise<void> {
    await this.db.query('UPDATE family_members SET language = $3 WHERE id = $1 AND estate_id = $2', [familyMemberId, estateId, language]);
  }

  /** The family member of a session still open (no new code since it opened): the guard asks on every call. */
  async familySession(id: string, sessionVersion: number): Promise<{ id: string; estateId: string; name: string; language: string | null } | null> {
    const [member] = await this.db.query('SELECT id, estate_id AS "estateId", name, language FROM family_members WHERE id = $1 AND session_version = $2', [id, sessionVersion]);
    return member ?? null;
  }

  familyMember(familyMemberId: string, manager: EntityManager = this.db.manager): Promise<FamilyMember | null> {
    return manager.findOneBy(FamilyMember, { id: familyMemberId });
  }

  /** httpcache: one family member of an estate within the caller's reach; 404 otherwise. */
  async familyMemberOf(principal: StaffPrincipal, estateId: string, memberId: string): Promise<FamilyMember> {
    const estate = await this.requireAccess(principal, estateId);
    const member = await this.db.manager.findOneBy(FamilyMember, { id: memberId, estateId: estate.id });
    if (!member) throw new NotFoundProblem();
    return member;
  }

  /** One page of the estate's family members, oldest first (as the estate page lists them); `after` is a decoded CREATED_AT_CURSOR. */
  async familyMembersPage(principal: StaffPrincipal, estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<FamilyMember>> {
    const estate = await this.requireAccess(principal, estateId);
    return createdAtPage(familyMembersOf(estate.id), this.db.manager.createQueryBuilder(FamilyMember, 'm').where('m.estate_id = :estateId', { estateId: estate.id }), 'm', after, limit, 'ASC');
  }

  /**
   * The relatives whose portal access stands withdrawn, of the owner's estates (null: every estate), for the reports that
   * reached nobody (`LettersService.reportsToPassOn`). Few: read from `family_members_access_withdrawn_idx`.
   */
  async withdrawnRelatives(ownerId: string | null): Promise<{ id: string; estateId: string; accessWithdrawnAt: Date }[]> {
    return this.db.query(
      `SELECT m.id, m.estate_id AS "estateId", m.access_withdrawn_at AS "accessWithdrawnAt" FROM family_members m
        WHERE m.access_withdrawn_at IS NOT NULL AND ($1::uuid IS NULL OR m.estate_id = ANY(${ownersEstateIds('$1')}))`,
      [ownerId],
    );
  }

  familyMembers(estateId: string, manager: EntityManager = this.db.manager): Promise<FamilyMember[]> {
    return manager.find(FamilyMember, { where: { estateId }, order: { createdAt: 'ASC' } });
  }
}

const stripUndefined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The particulars a transfer letter needs, as given; absent fields stay as they are. */
function particulars(dto: UpdateFamilyMemberDto) {
  return {
    ...(dto.address !== undefined && { address: { ...dto.address } }),
    ...(dto.dateOfBirth !== undefined && { dateOfBirth: dto.dateOfBirth }),
    ...(dto.phone !== undefined && { phone: dto.phone }),
    ...(dto.iban !== undefined && { iban: dto.iban }),
  };
}
