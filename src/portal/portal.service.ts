import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type ContractContext, type ContractState, contractChangeText, estateStatusText, type EstateState } from '../../workflows';
import type { FamilyPrincipal } from '../auth/principal';
import { DEFAULT_PAGE_SIZE, Page, Position, positionOf } from '../common/paging';
import { NotFoundProblem } from '../common/problem';
import { ContractViews } from '../contracts/contract-views.service';
import { Contract } from '../contracts/contract.entity';
import { DocumentsService } from '../documents/documents.service';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import type { FamilyMember } from '../estates/family-member.entity';
import { Letter } from '../letters/letter.entity';
import { LettersService } from '../letters/letters.service';
import { familyCorrectionEntryText, isCorrectionEvent } from '../timeline/corrections';
import { TIMELINE_CURSOR, TimelineService, TimelineView } from '../timeline/timeline.service';
import { FeedbackService } from './feedback.service';
import { FamilyReportsService } from './family-reports.service';
import type { FeedbackDto } from './portal.dto';

export type Lang = 'nl' | 'en';

/** A rating of 1 or 2 means it went badly: the family is offered a call from their owner, not only thanks. */
export const offersCallback = (score: number): boolean => score <= 2;

/** Timeline events that are the office's own business (a letter held back by the linter is fixed, then sent; one relative's data export is not the others'). */
const INTERNAL_EVENTS = new Set(['letter.blocked', 'family_member.data_exported']);

const WHAT_WE_ASKED: Record<Lang, (c: { action: string; newHolder: string | null }) => string> = {
  nl: (c) => (c.action === 'cancel' ? 'Beëindigen' : `Overzetten op naam van ${c.newHolder ?? 'de erfgenaam'}`),
  en: (c) => (c.action === 'cancel' ? 'End the contract' : `Transfer to ${c.newHolder ?? 'the heir'}`),
};

type Details = Record<string, unknown>;

/** A timeline entry as the family reads it. */
export interface FamilyTimelineItem {
  at: string;
  actor: string;
  contractId: string | null;
  text: string;
}

const EVENT_WORDS: Record<Lang, Record<string, (d: Details) => string>> = {
  nl: {
    'estate.opened': () => 'Het dossier is geopend.',
    'estate.handed_over': (d) => `Het dossier is overgedragen aan een collega: uw vaste contactpersoon is nu ${String(d.toName)}.`,
    'estate.handover_undone': (d) => `De overdracht is teruggedraaid: uw vaste contactpersoon is weer ${String(d.toName)}.`,
    'family_member.added': () => 'Een familielid is toegevoegd aan het dossier.',
    'family_member.invited': () => 'Een familielid is uitgenodigd voor dit portaal.',
    'document.uploaded': () => 'Er is een document toegevoegd aan het dossier.',
    'letter.sent': (d) => `Brief verstuurd aan ${String(d.recipient)}: ${String(d.subject)}`,
    'contract.added': () => 'Een contract is toegevoegd aan de lijst.',
    'family_report.received': () => 'Uw melding is ontvangen.',
    'family_report.handled': () => 'Uw vaste contactpersoon heeft de melding afgehandeld.',
    'family_report.callback_requested': () => 'U heeft gevraagd of uw vaste contactpersoon u belt.',
  },
  en: {
    'estate.opened': () => 'The file was opened.',
    'estate.handed_over': (d) => `The file was handed over to a colleague: your case owner is now ${String(d.toName)}.`,
    'estate.handover_undone': (d) => `The handover was undone: your case owner is ${String(d.toName)} again.`,
    'family_member.added': () => 'A family member was added to the file.',
    'family_member.invited': () => 'A family member was invited to this portal.',
    'document.uploaded': () => 'A document was added to the file.',
    'letter.sent': (d) => `Letter sent to ${String(d.recipient)}: ${String(d.subject)}`,
    'contract.added': () => 'A contract was added to the list.',
    'family_report.received': () => 'Your report was received.',
    'family_report.handled': () => 'Your contact person has dealt with the report.',
    'family_report.callback_requested': () => 'You asked your contact person to call you.',
  },
};

/** The family's words for an event of the office's own (a handover): the portal's timeline and the daily email say the same. */
export function familyEventText(event: string, details: Details, lang: Lang): string | null {
  return EVENT_WORDS[lang][event]?.(details) ?? null;
}

/** A sent letter as the family's lists show it. */
const familyLetterView = (l: Letter) => ({
  id: l.id,
  contractId: l.contractId,
  kind: l.kind,
  subject: l.subject,
  recipient: l.recipient,
  letterDate: l.letterDate,
  pdfUrl: `/api/v1/portal/letters/${l.id}/pdf`,
});

/** What the family sees of their estate: everything sent and received, in plain words, nothing of other estates. */
@Injectable()
export class PortalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly views: ContractViews,
    private readonly timeline: TimelineService,
    private readonly letters: LettersService,
    private readonly documents: DocumentsService,
    private readonly feedback: FeedbackService,
    private readonly reports: FamilyReportsService,
  ) {}

  async overview(p: FamilyPrincipal, lang: Lang) {
    const estate = await this.estates.findWithOwner(p.estateId);
    const members = await this.estates.familyMembers(estate.id);
    const contracts = await this.contracts(p, lang, members);
    const viewer = members.find((m) => m.id === p.familyMemberId);
    if (!viewer) throw new NotFoundProblem('family member');
    return {
      estate: {
        reference: estate.reference,
        deceased: { fullName: fullName(estate.deceased), dateOfBirth: estate.deceased.dateOfBirth, dateOfDeath: estate.deceased.dateOfDeath },
        status: estate.status,
        statusText: estateStatusText(estate.status as EstateState, lang),
      },
      // A contact card without a photo: name, direct line, email — who to call, and only them.
      caseOwner: { name: estate.owner.name, phone: estate.owner.phone, email: estate.owner.email },
      contracts,
      letters: (await this.sentLetters(estate.id)).map(familyLetterView),
      documents: (await this.documents.visibleTo(viewer)).map((d) => ({ id: d.id, kind: d.kind, fileName: d.fileName, uploadedAt: d.createdAt.toISOString(), url: `/api/v1/documents/${d.id}` })),
      familyMember: { id: p.familyMemberId, name: p.name, role: viewer.role },
      familyMembers: members.map((m) => ({ name: m.name, relation: m.relation, isHeir: m.isHeir, isRepresentative: m.isRepresentative, role: m.role })),
      reports: await this.reports.listForFamilyMember(p),
      feedbackPrompt: (await this.feedback.milestones(p, contracts, estate.status, lang))[0] ?? null,
    };
  }

  /** A one-tap rating; the milestone must be one this family member is offered now. */
  async rate(p: FamilyPrincipal, dto: FeedbackDto) {
    const estate = await this.estates.findWithOwner(p.estateId);
    return this.feedback.rate(p, dto, await this.feedback.milestones(p, await this.contracts(p, 'nl'), estate.status, 'nl'));
  }

  /**
   * The call-back offered after a rating of 1 or 2 (CALLBACK_BELOW): the owner sees the score, the
   * comment and a number to call. Without a low rating there is nothing to answer: 404.
   */
  async requestCallback(p: FamilyPrincipal): Promise<void> {
    const rating = await this.feedback.latestOf(p);
    if (!rating || !offersCallback(rating.score)) throw new NotFoundProblem('call-back');
    const member = (await this.estates.familyMembers(p.estateId)).find((m) => m.id === p.familyMemberId);
    const comment = rating.comment ? ` Schreef: "${rating.comment}".` : '';
    await this.reports.requestCallback(p, `Gaf een ${rating.score} van 5 en wil graag gebeld worden.${comment} Telefoon: ${member?.phone ?? 'niet bekend'}.`);
  }

  /** Per contract: the provider, what we asked, where it stands, the last update, what happens next and when. */
  async contracts(p: FamilyPrincipal, lang: Lang, familyMembers?: FamilyMember[]) {
    const contracts = await this.db.manager.find(Contract, { select: { id: true }, where: { estateId: p.estateId } });
    const members = new Map((familyMembers ?? (await this.estates.familyMembers(p.estateId))).map((m) => [m.id, m.name]));
    const lastUpdates: { contract_id: string; at: Date }[] = await this.db.query(
      'SELECT contract_id, max(occurred_at) AS at FROM timeline_entries WHERE estate_id = $1 AND contract_id IS NOT NULL GROUP BY contract_id',
      [p.estateId],
    );
    const lastUpdate = new Map(lastUpdates.map((r) => [r.contract_id, new Date(r.at).toISOString()]));
    return (await this.views.summaries(contracts.map((c) => c.id), lang, 'family')).map((c) => ({
      id: c.id,
      provider: c.provider.name,
      providerId: c.provider.id,
      category: c.provider.category,
      description: c.description,
      whatWeAsked: WHAT_WE_ASKED[lang]({ action: c.action, newHolder: c.transferToFamilyMemberId ? (members.get(c.transferToFamilyMemberId) ?? null) : null }),
      state: c.state,
      statusText: c.statusText,
      lastUpdate: lastUpdate.get(c.id) ?? null,
      nextStep: c.nextStep,
      expectedDate: c.dueAt,
      effectiveDate: c.effectiveDate,
    }));
  }

  /** The estate's whole history in the family's language, oldest first: for the dossier download. */
  async familyTimeline(p: FamilyPrincipal, lang: Lang): Promise<FamilyTimelineItem[]> {
    const tell = await this.teller(p, lang);
    return (await this.timeline.list(p.estateId)).map(tell).filter((e): e is FamilyTimelineItem => e !== null);
  }

  /**
   * One page of the history, newest first; `after` is a decoded TIMELINE_CURSOR. Entries the family
   * does not see are skipped, so the timeline is read on until the page is full or the history ends.
   */
  async familyTimelinePage(p: FamilyPrincipal, lang: Lang, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<FamilyTimelineItem>> {
    const tell = await this.teller(p, lang);
    const items: FamilyTimelineItem[] = [];
    let position = after;
    for (;;) {
      // Never more rows than the page still has room for: the last read's cursor is then exactly where this page ends.
      const read = await this.timeline.page(p.estateId, position, limit - items.length);
      items.push(...read.items.map(tell).filter((e): e is FamilyTimelineItem => e !== null));
      if (!read.nextCursor || items.length === limit) return { items, nextCursor: read.nextCursor };
      position = positionOf(read.nextCursor, TIMELINE_CURSOR);
    }
  }

  /** How the family is told a timeline entry (null: not for them); contract steps told as what happened. */
  private async teller(p: FamilyPrincipal, lang: Lang): Promise<(e: TimelineView) => FamilyTimelineItem | null> {
    const contracts = await this.db.manager.find(Contract, { where: { estateId: p.estateId }, relations: { provider: true } });
    const byId = new Map(contracts.map((c) => [c.id, c]));
    const letters = new Map((await this.sentLetters(p.estateId)).map((l) => [l.id, { subject: l.subject, recipient: l.recipient }]));
    // A document's entry shows only to whom the document itself shows (canSee), so a name or a kind never leaks.
    const visible = new Set((await this.documents.visibleTo(await this.documents.viewerOf(p))).map((d) => d.id));
    return (e) => {
      if (INTERNAL_EVENTS.has(e.event) || (typeof e.details.documentId === 'string' && !visible.has(e.details.documentId))) return null;
      // Corrections are told in their own plain words (timeline/corrections.ts), each to whom it concerns.
      const text = isCorrectionEvent(e.event)
        ? familyCorrectionEntryText(e, p.familyMemberId, lang, byId.get(e.contractId ?? '')?.provider.name)
        : this.say(e, { ...e.details, ...letters.get(String(e.details.letterId)) }, byId.get(e.contractId ?? ''), lang);
      return text === null ? null : { at: e.at, actor: e.actor.type === 'system' ? 'Steward' : e.actor.name, contractId: e.contractId, text };
    };
  }

  private say(e: TimelineView, details: Details, contract: Contract | undefined, lang: Lang): string | null {
    const known = familyEventText(e.event, details, lang);
    if (known) return known;
    // A workflow step: the state it reached says what happened.
    if (e.toState && contract) return contractChangeText(e.toState as ContractState, { action: contract.action } as ContractContext, lang, contract.provider.name);
    // The estate's own steps; one that stays in its state (a progress report) shows as its letter.
    if (e.toState && !e.contractId) return e.fromState === e.toState ? null : estateStatusText(e.toState as EstateState, lang);
    return null;
  }

  /** One page of the letters sent for the estate, newest first; `after` is a decoded CREATED_AT_CURSOR. */
  async letterPage(p: FamilyPrincipal, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<ReturnType<typeof familyLetterView>>> {
    const page = await this.letters.sentInEstate(p.estateId, after, limit);
    return { ...page, items: page.items.map(familyLetterView) };
  }

  async letterPdf(p: FamilyPrincipal, letterId: string) {
    const letter = await this.letters.pdf(letterId);
    if (letter.estateId !== p.estateId) throw new NotFoundProblem('letter');
    return letter;
  }

  private async sentLetters(estateId: string): Promise<Letter[]> {
    return (await this.letters.inEstate(estateId)).filter((l) => l.status === 'sent');
  }
}
