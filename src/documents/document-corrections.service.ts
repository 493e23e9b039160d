import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, StaffPrincipal } from '../auth/principal';
import { NotFoundProblem, ProblemException } from '../common/problem';
import { ContractsService } from '../contracts/contracts.service';
import { EstatesService } from '../estates/estates.service';
import { ProvidersService } from '../providers/providers.service';
import { TimelineService } from '../timeline/timeline.service';
import { ownerWords } from '../words';
import { EstateDocument } from './document.entity';
import { correctionRecipients } from './enclosure-rules';
import { SentDocuments } from './sent-documents';

/** A provider that had the earlier version of a corrected document and has not been sent the corrected one. */
export interface CorrectionRecipient {
  contractId: string;
  providerName: string;
  /** The earlier version its letters carried, which the letter names. */
  replacedId: string;
}

/**
 * docreplace (audit75 F-9): a corrected version of a document that went to providers reaches each of them only by a short letter
 * the owner confirms ("Op … stuurde ik u … Daarin stond een fout; hierbij de gecorrigeerde versie."): nothing goes without her
 * word, and until such a letter carries it a provider's desk keeps what it was sent (`sentVersions`). GDPR art. 16 and art. 19:
 * a rectification is communicated to each recipient to whom the data were disclosed — and only to a recipient.
 */
@Injectable()
export class DocumentCorrectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contracts: ContractsService,
    private readonly estates: EstatesService,
    private readonly providers: ProvidersService,
    private readonly timeline: TimelineService,
    private readonly sent: SentDocuments,
  ) {}

  /** Who would get the correction letter for this corrected version (`documentId`, the newer one): the offer the owner confirms. */
  offer(principal: StaffPrincipal, documentId: string): Promise<{ document: EstateDocument; replaced: EstateDocument; recipients: CorrectionRecipient[] }> {
    return this.db.transaction((manager) => this.offerIn(manager, principal, documentId, false));
  }

  /** She confirms: one letter to each provider that had the earlier version, carrying the corrected one; 409 when there is none to send. */
  send(principal: StaffPrincipal, documentId: string): Promise<{ recipients: CorrectionRecipient[] }> {
    return this.db.transaction(async (manager) => {
      const { document, replaced, recipients } = await this.offerIn(manager, principal, documentId, true);
      if (!recipients.length) throw new ProblemException(409, 'nothing-to-correct', ownerWords(principal.lang).errors.details.nothingToCorrectDocument);
      for (const r of recipients) await this.contracts.sendCorrectedDocument(manager, r.contractId, document.id, r.replacedId);
      await this.timeline.append(manager, {
        estateId: document.estateId,
        actor: actorOf(principal),
        event: 'document.correction_sent',
        summary: `Corrected version ${document.fileName} sent to ${recipients.map((r) => r.providerName).join(', ')}, who had ${replaced.fileName}.`,
        details: { documentId: document.id, replacedId: replaced.id, kind: document.kind, fileName: document.fileName, providers: recipients.map((r) => r.providerName) },
      });
      return { recipients };
    });
  }

  private async offerIn(manager: EntityManager, principal: StaffPrincipal, documentId: string, lock: boolean) {
    const document = await manager.findOne(EstateDocument, { where: { id: documentId } });
    if (!document) throw new NotFoundProblem();
    await this.estates.requireAccess(principal, document.estateId, manager).catch(() => Promise.reject(new NotFoundProblem()));
    const replaced = await manager.findOne(EstateDocument, { where: { supersededById: document.id, estateId: document.estateId } });
    const words = ownerWords(principal.lang).errors.details;
    if (!replaced) throw new ProblemException(409, 'nothing-to-correct', words.notACorrection);
    if (document.withdrawnAt || document.supersededById) throw new ProblemException(409, 'document-not-current', document.withdrawnAt ? words.documentWithdrawn : words.documentReplaced);
    // Locked so two confirmations do not both send: the second finds the letters the first made.
    if (lock) await manager.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [document.id]);
    const contracts = await this.contracts.providersOf(manager, document.estateId);
    const carried = await this.sent.carriedTo(manager, contracts.map((c) => c.id));
    // Every earlier version, newest first: a provider that had the first and not the second still had a version this one corrects;
    // one she withdrew too (docdesc): a deletion request told the provider to delete it, and this is the right one.
    const earlier = [replaced];
    for (let d = await manager.findOne(EstateDocument, { where: { supersededById: replaced.id, estateId: document.estateId } }); d; d = await manager.findOne(EstateDocument, { where: { supersededById: d.id, estateId: document.estateId } })) earlier.push(d);
    const due = correctionRecipients(contracts, carried, earlier.map((d) => d.id), document.id);
    const names = new Map((await this.providers.withIds([...new Set(due.map((c) => c.providerId))])).map((p) => [p.id, p.name]));
    return { document, replaced, recipients: due.map((c) => ({ contractId: c.id, providerName: names.get(c.providerId) ?? '', replacedId: c.replacedId })) };
  }
}
