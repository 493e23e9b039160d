import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { euros, letterDate, renderTimelinePdf } from '../../letters';
import { actorOf, FamilyPrincipal } from '../auth/principal';
import { Clock, dutchDate } from '../clock/clock';
import { extensionOf, fileStem } from '../common/download';
import { ZipEntry, zipFileName, zipOf } from '../common/zip';
import { StewardConfig } from '../config/config';
import { DocumentsService } from '../documents/documents.service';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { LettersService } from '../letters/letters.service';
import { providerLabel } from '../contracts/provider-label';
import { Lang, PortalService } from './portal.service';

const WORDS = {
  nl: { timeline: 'Tijdlijn', confirmations: 'Bevestigingen van aanbieders', none: 'Er zijn nog geen bevestigingen ontvangen.', file: 'Dossier', letters: 'brieven', documents: 'documenten', endsOn: 'contract eindigt op', transferredOn: 'op nieuwe naam per', received: 'ontvangst bevestigd', reference: 'kenmerk', finalInvoice: 'eindafrekening' },
  en: { timeline: 'Timeline', confirmations: 'Confirmations from providers', none: 'No confirmations have been received yet.', file: 'File', letters: 'letters', documents: 'documents', endsOn: 'contract ends on', transferredOn: 'transferred as of', received: 'receipt acknowledged', reference: 'reference', finalInvoice: 'final invoice' },
};

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
  ) {}

  /**
   * Builds the whole zip before answering, so a failure is a clean error rather than half a download.
   * It holds the documents this family member may see (`canSee`), each counted as viewed (least data:
   * every view is logged).
   */
  async build(p: FamilyPrincipal, lang: Lang): Promise<{ fileName: string; zip: Buffer }> {
    const w = WORDS[lang];
    const estate = await this.estates.findWithOwner(p.estateId);
    const today = this.clock.today();
    const meta = { author: `${estate.owner.name}, ${this.config.STEWARD_ORG_NAME}`, letterDate: today, language: lang };
    const deceased = fullName(estate.deceased);

    const entries: ZipEntry[] = [];

    // Only the letters this member may read, as in the portal's list (letter-audience.ts).
    const letters = await this.letters.sentWithPdfsTo(await this.documents.viewerOf(p));
    letters
      .filter((l) => l.pdf)
      .forEach((l, i) => entries.push({ name: `${w.letters}/${zipFileName(i, `${l.letterDate} ${l.subject}`)}.pdf`, content: l.pdf! }));

    await this.db.transaction(async (manager) => {
      const visible = await this.documents.visibleTo(await this.documents.viewerOf(p, manager), manager, true);
      for (const [i, document] of visible.entries()) {
        entries.push({ name: `${w.documents}/${zipFileName(i, fileStem(document.fileName))}.${extensionOf(document.mediaType)}`, content: document.content });
        await this.documents.logView(manager, document, actorOf(p));
      }
    });

    const timeline = await this.portal.familyTimeline(p, lang);
    const timelineLines = timeline.map((e) => `${letterDate(dutchDate(new Date(e.at)), lang)} · ${e.actor} · ${e.text}`);
    entries.push({ name: `${w.timeline}.pdf`, content: await renderTimelinePdf(`${w.timeline} – ${deceased} (${estate.reference})`, timelineLines, meta) });

    const confirmations = await this.confirmations(estate.id, lang);
    entries.push({ name: `${w.confirmations}.pdf`, content: await renderTimelinePdf(`${w.confirmations} – ${deceased}`, confirmations.length ? confirmations : [w.none], meta) });

    return { fileName: `${w.file} ${deceased} ${estate.reference}.zip`, zip: await zipOf(entries, this.clock.now()) };
  }

  /** What providers confirmed, from the workflow's own record of their answers. */
  private async confirmations(estateId: string, lang: Lang): Promise<string[]> {
    const w = WORDS[lang];
    const rows: { at: Date; provider: string; description: string; with_provider: number; action: string; to_state: string; event: { reference?: string; effectiveDate?: string; finalInvoiceAmount?: number | null } }[] = await this.db.query(
      `SELECT t.occurred_at AS at, p.name AS provider, c.description, c.action, t.to_state, t.details->'event' AS event,
              (SELECT count(*)::int FROM contracts o WHERE o.estate_id = c.estate_id AND o.provider_id = c.provider_id) AS with_provider
         FROM timeline_entries t JOIN contracts c ON c.id = t.contract_id JOIN providers p ON p.id = c.provider_id
        WHERE t.estate_id = $1 AND t.event IN ('ACKNOWLEDGE', 'COMPLETE') ORDER BY t.seq`,
      [estateId],
    );
    return rows.map((r) => {
      const what = r.event.effectiveDate
        ? `${r.action === 'cancel' ? w.endsOn : w.transferredOn} ${letterDate(r.event.effectiveDate, lang)}`
        : w.received;
      const extra = [
        r.event.reference && `${w.reference} ${r.event.reference}`,
        r.event.finalInvoiceAmount && `${w.finalInvoice} ${euros(r.event.finalInvoiceAmount, lang)}`,
      ].filter(Boolean);
      return `${letterDate(dutchDate(new Date(r.at)), lang)} · ${providerLabel(r.provider, r.description, r.with_provider)}: ${what}${extra.length ? ` (${extra.join(', ')})` : ''}`;
    });
  }
}
