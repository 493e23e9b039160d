import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorOf, StaffPrincipal } from '../auth/principal';
import { ProblemException, ValidationProblem } from '../common/problem';
import { ContractsService } from '../contracts/contracts.service';
import { AmendDto, amendEvent } from '../contracts/contract-events.dto';
import { EstateDocument } from './document.entity';
import { DocumentsService } from './documents.service';
import { Enclosure } from './enclosure.entity';
import { askedKindMissing, askedNeverSent, askedNotEnclosed, emptyAnswerProblem, enclosureProblems, followsLaterProblems, type OtherAnswer, otherItemsAnswered, sentVersions } from './enclosure-rules';
import { SentDocuments } from './sent-documents';
import { Clock } from '../clock/clock';
import { LANGUAGES } from '../../workflows/wording';
import { OWNER_DOCUMENT_KINDS } from '../words';
import type { ContractEvent, FollowingDocument } from '../../workflows';
import { ownerWords } from '../words';
import { askedKindNamed, listed } from '../../workflows/wording';
import { deleted } from '../database/deleted';
import { readAll } from '../database/reads';

/** A provider request whose enclosures are asked: its contract and estate. */
export interface EnclosureRequest {
  contractId: string;
  estateId: string;
}

/** A document kind as an owner may write it, in every language of the workspace (`followsLaterProblems`). */
const kindNames = (kind: string): string[] => LANGUAGES.flatMap((lang) => OWNER_DOCUMENT_KINDS[lang][kind] ?? []);

/**
 * Which documents go to which provider request. A document reaches a provider only because a letter to it
 * carried it (the first letter the directory's required documents) or the owner attached it (`SentDocuments`).
 */
@Injectable()
export class EnclosuresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
    private readonly contracts: ContractsService,
    private readonly clock: Clock,
    private readonly sent: SentDocuments,
  ) {}

  /** Part of the retention purge (one transaction per estate): deletes which documents went with the estate's contracts; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM enclosures WHERE document_id IN (SELECT id FROM documents WHERE estate_id = $1)'], [estateId]);
  }

  /**
   * The owner answers what a provider asked: the chosen documents become the request's enclosures
   * in the same transaction as the transition, so a refused id (422) or a wrong state (409) leaves
   * nothing behind. Every document kind the provider asked for goes with it or, v12, is named as following
   * later (`followsLater`, a part answer); otherwise the answer is refused (422 `documents-asked`, `askedNotEnclosed`).
   */
  supplyInformation(
    principal: StaffPrincipal,
    contractId: string,
    answer: { note?: string | null; documentIds?: string[]; followsLater?: { kind: string; expectedOn?: string | null; description?: string }[]; otherAnswers?: OtherAnswer[] },
  ) {
    const documentIds = answer.documentIds ?? [];
    const followsLater: FollowingDocument[] = (answer.followsLater ?? []).map((d) => ({ kind: d.kind, expectedOn: d.expectedOn ?? null, ...(d.description && { description: d.description }) }));
    const empty = emptyAnswerProblem(answer.note, documentIds);
    if (empty) throw new ValidationProblem([empty]);
    const event: Extract<ContractEvent, { type: 'INFORMATION_SUPPLIED' }> = { type: 'INFORMATION_SUPPLIED', note: answer.note ?? null, documentIds: [...new Set(documentIds)] };
    // The day goes with the documents that follow: the owner's status says when the part went.
    if (followsLater.length) Object.assign(event, { followsLater, suppliedOn: this.clock.today() });
    return this.contracts.fire(
      principal,
      contractId,
      event,
      async (manager, contract, standing) => {
        const chosen = await this.documents.byIds(manager, documentIds);
        const asked = standing.context.openInformationRequest;
        // answerrest: each open item of her own words is its own: answered by the "overig" document she says, else still open.
        const items = otherItemsAnswered(asked?.followsLater ?? [], answer.otherAnswers, chosen, followsLater);
        const problems = [...enclosureProblems(documentIds, contract.estateId, chosen), ...followsLaterProblems(followsLater, asked?.documentsNeeded ?? [], chosen, this.clock.today(), kindNames), ...items.problems];
        if (problems.length) throw new ValidationProblem(problems);
        if (items.answers.length) event.otherAnswers = items.answers;
        if (items.stillOpen.length) Object.assign(event, { followsLater: [...followsLater, ...items.stillOpen.map(({ withdrawnOn: _, ...d }) => d)], suppliedOn: this.clock.today() });
        const missing = askedNotEnclosed(asked?.documentsNeeded ?? [], chosen, followsLater);
        if (missing.length) throw documentsAsked(principal, contract.provider.name, missing, asked?.followsLater);
        // The letter names what an earlier part answer said would follow, read here under the contract's lock.
        if (asked?.followsLater?.length) event.followUp = asked.followsLater;
        // v18: what the bank needs to release the balance, not an answer to a question of its own: the letter says so.
        if (asked?.release) event.release = true;
        // A will asked for (before the desk stopped offering it) is not sent: the letter and the desk say so.
        const notSent = askedNeverSent(asked?.documentsNeeded ?? []);
        if (notSent.length) event.notSent = notSent;
      },
      (manager, contract) => this.attach(manager, contract.id, event.documentIds ?? [], actorOf(principal)),
    );
  }

  /**
   * The owner amends a rejected request (README, familyrest2): the documents she chooses (a new or corrected one the rejection was
   * about) become the request's enclosures in the same transaction as the amend, so the request sent again carries them with her
   * answer (`requestLetterEnclosures`), and the desk serves them. The amend's event records them (README amenddoc): the request
   * sent again carries each in place of the earlier ones of its kind, and her history names them. A refused id (422) or a wrong
   * state (409) leaves nothing behind. The machine takes the amend as ever (`AMEND` keeps no documents: the enclosures are this module's).
   */
  amend(principal: StaffPrincipal, contractId: string, dto: AmendDto) {
    const documentIds = [...new Set(dto.documentIds ?? [])];
    const event = amendEvent(dto);
    return this.contracts.fire(
      principal,
      contractId,
      event,
      async (manager, contract) => {
        const chosen = await this.documents.byIds(manager, documentIds);
        const problems = enclosureProblems(documentIds, contract.estateId, chosen);
        if (problems.length) throw new ValidationProblem(problems);
        if (chosen.length) event.documents = chosen.map((d) => ({ id: d.id, kind: d.kind, fileName: d.fileName }));
      },
      (manager, contract) => this.attach(manager, contract.id, documentIds, actorOf(principal)),
    );
  }

  /**
   * The documents the provider of this request may see and open, for a caller that has checked the
   * provider's access to the request.
   */
  async forRequest(request: EnclosureRequest, manager: EntityManager = this.db.manager): Promise<EstateDocument[]> {
    return (await this.forRequests([request], manager)).get(request.contractId)!;
  }

  /** The same for a page of requests, in three reads whatever its length (by contract id). */
  async forRequests(requests: EnclosureRequest[], manager: EntityManager = this.db.manager): Promise<Map<string, EstateDocument[]>> {
    if (!requests.length) return new Map();
    const [documents, sent] = await readAll(manager, [
      () => this.documents.inEstates(requests.map((r) => r.estateId), manager),
      () => this.sent.to(manager, requests.map((r) => r.contractId)),
    ]);
    return new Map(requests.map((r) => [r.contractId, sentVersions(documents.filter((d) => d.estateId === r.estateId), sent.get(r.contractId)!)]));
  }

  /**
   * The ids of the documents this request was sent (its letters carried, the owner chose for it), for a caller that has
   * the estate's documents already (the contract page): `sentVersions` over both is what `forRequest` answers.
   */
  async sentTo(contractId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    return (await this.sent.to(manager, [contractId])).get(contractId)!;
  }

  /** The ids of the documents the owner attached to this request (a request letter sent again carries them). */
  async attachedTo(contractId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    return (await manager.find(Enclosure, { where: { contractId } })).map((a) => a.documentId);
  }

  private async attach(manager: EntityManager, contractId: string, documentIds: string[], actor: Actor): Promise<void> {
    if (!documentIds.length) return;
    // Sending a document again (a second question) keeps its first attachment.
    await manager
      .createQueryBuilder()
      .insert()
      .into(Enclosure)
      .values(documentIds.map((documentId) => ({ contractId, documentId, attachedByType: actor.type, attachedById: actor.id })))
      .orIgnore()
      .execute();
  }
}

/** 422 naming `documentIds`, the provider and each kind it asked for that the answer leaves out, in the owner's words. */
function documentsAsked(principal: StaffPrincipal, provider: string, missing: string[], promised: readonly FollowingDocument[] | undefined): ProblemException {
  const w = ownerWords(principal.lang);
  const documents = listed(missing.map((kind) => askedKindNamed(kind, promised, (k) => w.estate.documentKinds[k] ?? k, principal.lang)), principal.lang);
  return new ProblemException(422, 'documents-asked', w.errors.details.documentsAsked(provider, documents, missing.length), {
    errors: missing.map((kind) => ({ field: 'documentIds', message: askedKindMissing(kind, ownerWords('en').estate.documentKinds[kind] ?? kind.replace(/_/g, ' ')), rule: 'documentsAsked' as const, limit: kind })),
    documentsAsked: missing,
  });
}
