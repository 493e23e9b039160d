import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { letterDate, renderTimelinePdf } from '../../letters';
import { actorOf, FamilyPrincipal } from '../auth/principal';
import { Clock, dutchDate } from '../clock/clock';
import { extensionOf, fileStem, safeFileName } from '../common/download';
import { ZipEntry, zipFileName, zipOf } from '../common/zip';
import { StewardConfig } from '../config/config';
import { readsEstateDebts } from '../documents/document-audience';
import { DocumentsService } from '../documents/documents.service';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { LettersService } from '../letters/letters.service';
import { providerLabels } from '../contracts/provider-label';
import { ContractsService } from '../contracts/contracts.service';
import { TimelineService } from '../timeline/timeline.service';
import { familyWords } from '../words';
import type { CompletionChange } from '../../workflows';
import { finalBill, firstRecorded, replacing } from '../../workflows/wording';
import { TAKEN_BACK, takenBackIds } from '../timeline/taken-back';
import { Lang, letterFileName, PortalService } from './portal.service';

/** The answers a provider gives that the confirmations file lists, in the order they were given. */
const CONFIRMATION_EVENTS = ['ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED'];

type Answer = { reference?: string; effectiveDate?: string; finalInvoiceAmount?: number | null; corrected?: CompletionChange[] };

/** "The family holds the dossier": everything sent and received about their estate, in one zip. */
@Injectable()
export class DossierService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
    private readonly estates: EstatesService,
    private readonly portal: PortalService,
    private readonly documents: DocumentsService,
    private readonly letters: LettersService,
    private readonly timeline: TimelineService,
    private readonly contracts: ContractsService,
  ) {}

  /**
   * Builds the whole zip before answering, so a failure is a clean error rather than half a download.
   * It holds the documents this family member may see (`canSee`), each counted as viewed (least data:
   * every view is logged).
   */
  async build(p: FamilyPrincipal, lang: Lang): Promise<{ fileName: string; zip: Buffer }> {
    const w = familyWords(lang).dossierParts;
    const estate = await this.estates.findWithOwner(p.estateId);
    const today = this.clock.today();
    const meta = { author: `${estate.owner.name}, ${this.config.STEWARD_ORG_NAME}`, letterDate: today, language: lang };
    const deceased = fullName(estate.deceased);

    const entries: ZipEntry[] = [];

    // Only the letters this member may read, as in the portal's list (letter-audience.ts).
    const [letters, titles] = await Promise.all([this.letters.sentWithPdfsTo(await this.documents.viewerOf(p)), this.letters.titlesIn(p.estateId, 'own')]);
    letters
      .filter((l) => l.pdf)
      .forEach((l, i) => entries.push({ name: `${w.letters}/${letterFileName(l, titles.get(l.id) ?? l.subject, i)}`, content: l.pdf! }));

    await this.db.transaction(async (manager) => {
      const visible = await this.documents.visibleTo(await this.documents.viewerOf(p, manager), manager, true);
      for (const [i, document] of visible.entries()) {
        entries.push({ name: `${w.documents}/${zipFileName(i, fileStem(document.fileName), extensionOf(document.mediaType))}`, content: document.content });
        await this.documents.logView(manager, document, actorOf(p));
      }
    });

    const timeline = await this.portal.familyTimeline(p, lang);
    const timelineLines = timeline.map((e) => `${letterDate(dutchDate(new Date(e.at)), lang)} · ${e.actor} · ${e.text}`);
    entries.push({ name: `${w.timeline}.pdf`, content: await renderTimelinePdf(`${w.timeline} – ${deceased} (${estate.reference})`, timelineLines, meta) });

    const confirmations = await this.confirmations(estate.id, lang, readsEstateDebts(await this.documents.viewerOf(p)));
    entries.push({ name: `${w.confirmations}.pdf`, content: await renderTimelinePdf(`${w.confirmations} – ${deceased}`, confirmations.length ? confirmations : [w.none], meta) });

    return { fileName: safeFileName(`${w.file} ${deceased} ${estate.reference}`, 'zip'), zip: await zipOf(entries, this.clock.now()) };
  }

  /**
   * What providers confirmed, from the workflow's own record of their answers. A correction says what it
   * replaced, and an answer a later correction replaced says so: the file is history, yet no line may
   * read as standing when it no longer does, nor one taken back (v14: recorded by mistake). The final bill's amount is the estate's debt: only a reader of
   * the debts (`readsDebts`) reads it.
   */
  private async confirmations(estateId: string, lang: Lang, readsDebts: boolean): Promise<string[]> {
    const w = familyWords(lang).dossierParts;
    const [entries, contracts] = await Promise.all([this.timeline.ofEstate(this.db.manager, estateId, [...CONFIRMATION_EVENTS, TAKEN_BACK]), this.contracts.inEstate(estateId)]);
    const labels = providerLabels(contracts);
    const actions = new Map(contracts.map((c) => [c.id, c.action]));
    const lastCorrection = new Map<string, number>();
    entries.forEach((e, i) => e.event === 'COMPLETION_CORRECTED' && lastCorrection.set(e.contractId, i));
    const takenBackOnes = takenBackIds(entries);
    const date = (v: unknown) => letterDate(String(v), lang);
    const bill = (v: unknown) => finalBill(Number(v), lang);
    return entries.flatMap((e, i) => {
      const label = labels.get(e.contractId);
      if (!label || e.event === TAKEN_BACK) return [];
      const a = e.details.event as Answer;
      const change = (field: CompletionChange['field']) => (e.event === 'COMPLETION_CORRECTED' ? a.corrected?.find((c) => c.field === field) : undefined);
      // A corrected value beside the one it replaced (`replacing`: one recorded where there was none says so).
      const shown = (field: CompletionChange['field'], value: unknown, show: (v: unknown) => string) => {
        const c = change(field);
        return c ? replacing[lang](show(value), show(c.from), firstRecorded(c)) : show(value);
      };
      const what = a.effectiveDate ? `${actions.get(e.contractId) === 'cancel' ? w.endsOn : w.transferredOn} ${shown('effectiveDate', a.effectiveDate, date)}` : w.received;
      const extra = [
        a.reference && `${w.reference} ${shown('reference', a.reference, String)}`,
        readsDebts && (a.finalInvoiceAmount || change('finalInvoiceAmount')) && `${w.finalInvoice} ${shown('finalInvoiceAmount', a.finalInvoiceAmount, (v) => (v == null ? w.nothing : bill(v)))}`,
      ].filter(Boolean);
      const replaced = e.event !== 'ACKNOWLEDGE' && (lastCorrection.get(e.contractId) ?? -1) > i;
      const takenBack = takenBackOnes.has(e.id);
      return [
        `${letterDate(dutchDate(new Date(e.at)), lang)} · ${label}: ${e.event === 'COMPLETION_CORRECTED' ? `${w.corrected}: ` : ''}${what}${extra.length ? ` (${extra.join(', ')})` : ''}${takenBack ? ` – ${w.takenBack}` : replaced ? ` – ${w.laterCorrected}` : ''}`,
      ];
    });
  }
}
