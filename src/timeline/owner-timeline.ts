import type { SumsLeft } from '../estates/estate-workflow.service';
import { askedInstead, type ContractProjection, type EstateState, longDate, noticeChangesListed, ownerBrpCheckedText, ownerChangeText, ownerEstateStatusText, type RequestAsked } from '../../workflows';
import { type Lang, OWNER_DOCUMENT_KINDS, ownerWords } from '../words';
import { billerOfWords, money } from '../../workflows/wording';
import { letterDate, subjectIn, titleIn } from '../../letters';
import { awaitingPost, type LateNoticeCorrection, letterNotSent, NOTICE_CORRECTED_LATE, type StepLetters, storedContractStep } from './contract-step';

import { ownerStepText } from './after-end';
import type { AfterEndMoved } from '../bills/owed-bills';
import { ownerBillPaymentText } from './bill-payments';
import { ownerCorrectionEntryText } from './corrections';
import { remadeOf } from '../words/remade-for';
import { DROP_DAY_CORRECTED, type DropDayCorrection } from './drop-days';
import { COMMITTEE_DECISION_CORRECTED, type DecisionCorrection } from './decision-corrections';
import { appointmentSaid, HANDOVER_APPOINTMENT_GIVEN, type HandoverAppointmentGiven } from '../contracts/handover-appointment';
import { DECISION_CORRECTED } from '../../workflows/committee-wording';
import { violationText } from '../workspace/owner-reasons';
import type { Readdressed } from '../words/readdressed';

/**
 * The staff timeline in the reader's language. Each entry stores one sentence, written when the event
 * happened (in English, contract steps in Dutch): that is the record, and history is never rewritten.
 * Entries also carry language-neutral data in `details` (names, kinds, reasons, counts, a letter's
 * title and channel, a contract step's projection), and this says them again in the reader's words.
 *
 * Older entries were written before their details held everything. They are said again from what
 * they did store — the event, the state reached, the actor's name and whatever details they had (a
 * document's kind, a report's kind and outcome, an audience) — leaving out what only the stored
 * sentence held (a file's name, a family member's name, the family's message): that is never read
 * back out of the English. Only an entry with nothing to say it from (a handover or contract
 * correction without its names, an event this file does not know) is shown as stored; a letter's
 * SHA-256 checksum is then left out: it proves which PDF went out, which the letter and the API
 * keep, and means nothing to a person reading the history.
 */
export interface TimelineFacts {
  event: string;
  /** Who did it, as recorded: the family member who reported, the staff member who acted. */
  actorName: string;
  /** Of which kind (`staff`, `family`, `provider`, `system`): a collection stop's answerer is told by it (`StoredStep.actorType`). */
  actorType?: string;
  contractId: string | null;
  fromState: string | null;
  toState: string | null;
  summary: string;
  details: Record<string, unknown>;
}

/** What a contract step stores for its sentence: the contract as the owner names it, and where it stood. */
export interface ContractStepWording {
  description: string;
  providerName: string;
  projection: ContractProjection;
  /** What the request asked as the step was taken (an insurer's kind, a bank account's block and balance); absent on steps stored before it was (`StepAsked`). */
  asked?: RequestAsked;
  /** closewords: a settled step's refund still to come that day (confirmed, less what was received); absent when none was. */
  refundLeft?: number;
  /** famstatus: a settled step's bills of the contract still to pay from the estate that day (how many, what is left of them); absent when none were. */
  billsLeft?: SumsLeft;
  /** refusalwords: the contract took a complaint after the step (a rejection's late alert names it); absent when it did not. */
  complaintOffered?: true;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const count = (value: unknown): number | null => (typeof value === 'number' ? value : null);
/** A list of names recorded in details (the providers told); anything else reads as none. */
const names = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
/** A word from one of the catalogue's lists; a key it does not know stays as stored. */
const wordOf = (words: Record<string, string>, key: unknown): string | null => (typeof key === 'string' ? (words[key] ?? key) : null);
/** A letter's title or subject as recorded, in the reader's language (`titleIn`, `subjectIn`): the letter itself went out in the provider's. */
const said = (value: unknown, say: (recorded: string, to: Lang) => string, lang: Lang): string | null => {
  const recorded = text(value);
  return recorded ? say(recorded, lang) : null;
};
/** The stored sentence of a sent letter up to its checksum ("…, SHA-256 3fa9c2…"). */
const CHECKSUM = /,? SHA-256 [0-9a-f]+…?/;

/**
 * What each contract's request asked when it was first made, by contract id, for its steps stored before their words kept it
 * (`ContractStepWording.asked`): the provider and the action could not change once the request went out, nor an insurer's kind
 * before it could be corrected (README, insurancerest), so the kind then is the one the first correction of it took away.
 */
export type StepAsked = ReadonlyMap<string, RequestAsked>;

/**
 * `letters`: what the estate's letters say of its workflow steps (`StepLetters`); a step with a letter that
 * did not go out (held back by the letter rules, or not made yet) says so instead of "sent", and one whose
 * letter by post waits for the post says that; once posted, its words say the day. Without it (or for steps
 * recorded before steps were numbered) the step's own words.
 */
export function ownerTimelineText(entry: TimelineFacts, lang: Lang, letters?: StepLetters, firstAsked?: StepAsked): string {
  const w = ownerWords(lang).timeline;
  const d = entry.details ?? {};
  const step = d.wording as ContractStepWording | undefined;
  if (step?.projection && entry.toState) {
    const stored = storedContractStep({ ...entry, toState: entry.toState });
    if (letters && entry.contractId && letterNotSent(entry.contractId, stored.sentLetter, d.step, letters.sent)) {
      return `${step.description}: ${w.letterNotSent(step.providerName)}`;
    }
    if (letters && entry.contractId && awaitingPost(entry.contractId, stored.sentLetter, d.step, letters.awaitingPost)) {
      return `${step.description}: ${w.letterAwaitingPost(step.providerName)}`;
    }
    const asked = step.asked ?? firstAsked?.get(entry.contractId ?? '') ?? {};
    const change = entry.event === 'BRP_CHECKED' && step.projection.brpCheck
      ? ownerBrpCheckedText(step.projection.brpCheck, lang, step.providerName)
      : ownerStepText(ownerChangeText(stored, step.projection, lang, step.providerName, { ...asked, documentKinds: OWNER_DOCUMENT_KINDS, complaintOffered: step.complaintOffered }), stored, lang, askedInstead(step.projection.action, asked) === 'bank', (d.afterEndMoved as AfterEndMoved[] | undefined) ?? []);
    return `${step.description}: ${change}`;
  }
  // A reopened estate says why (the owner's reason, stored with the step); every other estate step says
  // no more than the state it reached, so every one of them can be said again.
  const reopenReason = entry.event === 'REOPEN' ? text((d.event as Record<string, unknown> | undefined)?.reason) : null;
  if (reopenReason) return w.estateReopened(reopenReason);
  if (!entry.contractId && entry.toState && /^[A-Z_]+$/.test(entry.event)) return w.estateStatus(ownerEstateStatusText(entry.toState as EstateState, lang));
  // Corrections and payments of bills owed say what was recorded, from their own details.
  const recorded = ownerCorrectionEntryText(entry, lang) ?? ownerBillPaymentText(entry, lang, billerOfWords(firstAsked?.get(entry.contractId ?? '') ?? {}));
  if (recorded) return recorded;
  const { estate, today } = ownerWords(lang);
  const documentOf = () => w.document(text(d.fileName), wordOf(estate.documentKinds, d.kind));
  switch (entry.event) {
    case NOTICE_CORRECTED_LATE: {
      const c = d as unknown as LateNoticeCorrection;
      const kind = (k: string) => estate.letterKinds[k] ?? k;
      // agencylate2: each letter by kind and day; an entry from before held nothing back and named no day.
      const wrong = c.wrong.map((l) => w.agencyLetterOn(kind(l.kind), l.on ?? null)).join(', ');
      return w.noticeCorrectedLate(`${c.providerName}, ${c.description}`, noticeChangesListed(c.event.corrected, lang), wrong, (c.held ?? []).map(kind).join(', '), c.again, c.replacing ?? true, c.nothing);
    }
    case COMMITTEE_DECISION_CORRECTED: {
      const c = d as unknown as DecisionCorrection;
      // notawords3: an entry written before it kept whose bill it was (notawords2) names it by the contract's request (`firstAsked`); the timeline is not rewritten.
      const biller = 'biller' in c ? c.biller : billerOfWords(firstAsked?.get(entry.contractId ?? '') ?? {});
      return `${c.providerName}, ${c.description}: ${DECISION_CORRECTED.owner[lang]({ ...c, biller }, c.providerName)}`;
    }
    // rentkeys2: the corporation gave the handover appointment, or changed it (the day and time it replaced).
    case HANDOVER_APPOINTMENT_GIVEN: {
      const { appointment: a, previous, providerName, description } = d as unknown as HandoverAppointmentGiven;
      const said = appointmentSaid(a, longDate(a.on, lang), ownerWords(lang).contract.handoverBring);
      return `${description}: ${w.handoverAppointmentGiven(providerName, said, previous && `${longDate(previous.on, lang)}, ${previous.time}`)}`;
    }
    case DROP_DAY_CORRECTED: {
      const c = d as unknown as DropDayCorrection;
      return w.dropDayCorrected(`${c.providerName}, ${c.description}`, c.providerName, c.bills, c.from, c.to);
    }
    case 'estate.opened':
      return w.estateOpened(text(d.deceased), text(d.ownerName));
    case 'contract.added': {
      const [provider, description] = [text(d.providerName), text(d.description)];
      // An insurer's or a bank's request is named by what it asks, as on the estate's table (`askedLabel`), not "opzeggen".
      const asked = askedInstead(String(d.action), (d.asked as RequestAsked | undefined) ?? firstAsked?.get(entry.contractId ?? '') ?? {});
      const action = (asked && estate.asks[asked]) || wordOf(estate.actions, d.action);
      return w.contractAdded(provider && description ? `${provider}: ${description}` : null, action && action.toLowerCase());
    }
    case 'document.uploaded':
      // famnews: a file its relative took back is not named again (`withWithdrawnWords`).
      return d.wordsWithdrawn ? `${w.documentAdded(documentOf())} ${w.uploadNameErased}` : w.documentAdded(documentOf());
    case 'document.replaced':
      return w.documentReplaced(documentOf(), text(d.newFileName));
    case 'document.withdrawn': {
      const reason = text(d.reason);
      return reason ? `${w.documentWithdrawn(documentOf())} ${estate.reason(reason)}` : w.documentWithdrawn(documentOf());
    }
    case 'document.taken_back':
      return w.documentTakenBack(entry.actorName, wordOf(estate.documentKinds, d.kind));
    case 'statement.withdrawn':
      return w.statementTakenBack(entry.actorName);
    case 'document.erasure_confirmed': {
      const provider = text(d.providerName);
      if (provider) return w.erasureConfirmed(provider, documentOf());
      break;
    }
    case 'document.taken': {
      const kind = wordOf(estate.documentKinds, d.kind);
      if (kind) return w.documentTaken(text(d.fileName), kind);
      break;
    }
    case 'document.corrected': {
      const [from, to] = [wordOf(estate.documentKinds, d.from), wordOf(estate.documentKinds, d.to)];
      if (from && to) return w.documentKind(text(d.fileName), from, to);
      break;
    }
    case 'document.described': {
      // docwords: words dropped because the kind was corrected away from "overig" say so, and what it is now.
      const [from, to, kind] = [text(d.from), text(d.to), d.kind !== 'other' ? wordOf(estate.documentKinds, d.kind) : null];
      return !to && from && kind ? w.descriptionDropped(text(d.fileName), from, kind) : w.documentDescribed(text(d.fileName), from, to);
    }
    case 'document.audience_changed': {
      const [from, to] = [wordOf(estate.audiences, d.from), wordOf(estate.audiences, d.to)];
      if (from && to) return w.documentAudience(documentOf(), from, to);
      break;
    }
    case 'family_report.received': {
      const kind = wordOf(today.reportKinds, d.kind);
      // relupload: her words after she withdrew the report are not said again (`withWithdrawnWords`).
      if (kind && d.wordsWithdrawn) return `${w.familyReport(entry.actorName, kind, null, wordOf(w.reportOutcomes, d.outcome))} ${w.reportWordsErased}`;
      if (kind) return w.familyReport(entry.actorName, kind, text(d.message), wordOf(w.reportOutcomes, d.outcome));
      break;
    }
    case 'family_report.corrected':
    case 'family_report.withdrawn': {
      const kind = wordOf(today.reportKinds, d.kind) ?? w.callbackKind;
      if (entry.event === 'family_report.withdrawn') return w.familyReportWithdrawn(entry.actorName, kind);
      if (d.wordsWithdrawn) return `${w.familyReportCorrected(entry.actorName, kind, names(d.changed).map((f) => w.reportFigures[f] ?? f).join(', '))} ${w.reportWordsErased}`;
      const figure = (v: unknown) => (typeof v === 'number' ? money(v, lang) : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? longDate(v, lang) : text(v));
      const changes = Object.entries((d.changes ?? {}) as Record<string, { from?: unknown; to?: unknown }>).map(([f, c]) => w.figureChanged(w.reportFigures[f] ?? f, figure(c.from), figure(c.to)));
      return w.familyReportCorrected(entry.actorName, kind, changes.join('; '));
    }
    case 'family_report.callback_requested':
      return w.callbackRequested(entry.actorName, text(d.message));
    case 'family_report.handled': {
      // A reported bill names her decision: recorded as a bill of a contract (entries from before stored the bill without), or handled without it.
      const bill = d.bill as { reference?: unknown; amount?: unknown; providerName?: unknown; description?: unknown } | undefined;
      const kind = d.kind === 'callback' ? w.callbackKind : wordOf(today.reportKinds, d.kind);
      const recorded = bill && text(bill.reference) && count(bill.amount) !== null && text(bill.providerName) ? w.reportBillRecorded(kind, text(bill.reference)!, money(count(bill.amount)!, lang), `${text(bill.providerName)} — ${text(bill.description) ?? ''}`) : null;
      // A reported collection letter whose notice she recorded (README, printwords): the collection, with the contract.
      const notice = d.collection as { agency?: unknown; reference?: unknown; providerName?: unknown; description?: unknown } | undefined;
      const collection = notice && text(notice.agency) && text(notice.reference) && text(notice.providerName) ? w.reportCollectionRecorded(kind, text(notice.agency)!, text(notice.reference)!, `${text(notice.providerName)} — ${text(notice.description) ?? ''}`) : null;
      const handled = recorded ?? collection ?? (d.decision === 'nothing_to_do' ? w.reportNotRecorded(kind) : w.reportHandled(kind));
      const reply = text(d.reply);
      return reply ? w.reportReplied(handled, reply) : handled;
    }
    case 'family_member.added': {
      const [name, relation] = [text(d.name), text(d.relation)];
      return w.memberAdded(name && relation ? `${name} (${relation}${d.isHeir ? estate.heir : ''}${d.isRepresentative ? estate.represents : ''})` : null);
    }
    case 'family_member.invited':
      return w.memberInvited(text(d.name), d.byEmail === true);
    case 'family_member.access_ended':
      return d.withdrawn === true ? w.accessWithdrawn(text(d.name)) : w.accessEnded(text(d.name));
    case 'family_member.data_exported':
      return w.dataExported(text(d.name));
    case 'statement.imported':
      return w.statementRead(count(d.transactions), count(d.recurring));
    case 'estate.handed_over': {
      const [to, from, reason] = [text(d.toName), text(d.fromName), text(d.reason)];
      if (to && from && reason) return w.handedOver(to, from, reason, names(d.toldProviders), remadeOf(d));
      break;
    }
    case 'estate.handover_undone': {
      const [back, instead] = [text(d.toName), text(d.insteadName)];
      if (back && instead) return w.handoverUndone(back, instead, names(d.toldProviders), remadeOf(d));
      break;
    }
    case 'letter.sent': {
      const [title, recipient, channel] = [said(d.title, titleIn, lang), text(d.recipient), text(d.channel)];
      // A letter that did not arrive was made, not sent: an e-mail's entry says so until it is delivered (being sent at first); one by post set apart unprinted was made anew.
      const letterId = text(d.letterId) ?? '';
      if (title && recipient && letters?.beingSent.has(letterId)) return w.letterBeingSent(title, recipient);
      if (title && recipient && letters?.notRemade.has(letterId)) return w.letterSetApartNotRemade(title, recipient, channel === 'post');
      if (title && recipient && letters?.undelivered.has(letterId)) {
        if (letters.settledBeforePost.has(letterId)) return w.letterSettledBeforePost(title, recipient, channel === 'post');
        if (letters.answeredBeforePost.has(letterId)) return w.letterAnsweredBeforePost(title, recipient, channel === 'post');
        if (letters.takenBackBeforePost.has(letterId)) return w.letterTakenBackBeforePost(title, recipient, channel === 'post');
        if (letters.collectedAgainBeforePost.has(letterId)) return w.letterCollectedAgainBeforePost(title, recipient, channel === 'post');
        if (letters.dropUndoneBeforePost.has(letterId)) return w.letterDropUndoneBeforePost(title, recipient, channel === 'post');
        const readdressed = letters.readdressed.get(letterId);
        if (readdressed) return w.letterReaddressedApart(title, recipient, readdressed, channel === 'post');
        // An e-mail set apart before it went, its provider's address corrected (README, postfix), was not sent at all.
        if (channel !== 'post') return letters.correctedBeforePost.has(letterId) ? w.letterCorrectedBeforePost(title, recipient, false) : w.letterUndelivered(title, recipient);
        return letters.correctedBeforePost.has(letterId) ? w.letterCorrectedBeforePost(title, recipient, true) : w.letterSetApart(title, recipient);
      }
      // A letter by post is printed and posted later: it went out only at its `letter.posted` entry.
      if (title && recipient && channel === 'post') return w.letterForPost(title, recipient);
      if (title && recipient && channel) return w.letterSent(title, recipient, w.channels[channel as keyof typeof w.channels] ?? channel);
      return entry.summary.replace(CHECKSUM, '');
    }
    case 'letter.passed_on': {
      const [kind, letterDate, recipient, how] = [wordOf(ownerWords(lang).estate.letterKinds, d.kind), text(d.letterDate), text(d.recipient), wordOf(ownerWords(lang).today.passedOnWays, d.how)];
      if (kind && letterDate && recipient && how) return w.reportPassedOn(kind, letterDate, recipient, how, text(d.note) ?? null, entry.actorName);
      break;
    }
    case 'letter.returned': {
      const [subject, letterDate, recipient, returnedOn] = [said(d.subject, subjectIn, lang), text(d.letterDate), text(d.recipient), text(d.returnedOn)];
      if (subject && letterDate && recipient && returnedOn) return w.letterReturned(subject, letterDate, recipient, returnedOn, text(d.reason) ?? null, entry.actorName, d.remade !== false);
      break;
    }
    case 'letter.return_checked': {
      const [letterDate, recipient] = [text(d.letterDate), text(d.recipient)];
      if (letterDate && recipient) return w.letterReturnChecked(letterDate, recipient, entry.actorName);
      break;
    }
    case 'letter.contact_named': {
      const [provider, date, kind, contact] = [text(d.recipient), text(d.letterDate), wordOf(ownerWords(lang).estate.letterKinds, d.kind), text(d.contactName)];
      if (provider && date && kind && contact) return w.contactNamedAlready(provider, date, kind, contact);
      break;
    }
    case 'letter.replaced': {
      const [title, recipient, date, by] = [said(d.title, titleIn, lang), text(d.recipient), text(d.letterDate), text(d.replacedByDate)];
      if (title && recipient && date && by) return w.letterReplaced(title, recipient, date, by);
      break;
    }
    case 'letter.not_remade': {
      const [recipient, subject, date, on] = [text(d.recipient), said(d.subject, subjectIn, lang), text(d.letterDate), text(d.movedOnOn)];
      if (recipient && subject && date && on) return w.letterNotRemade(subject, recipient, date, on);
      break;
    }
    case LETTER_READDRESSED: {
      const [description, provider, kind, date, channel, postedOn] = [text(d.description), text(d.providerName), wordOf(ownerWords(lang).estate.letterKinds, d.kind), text(d.letterDate), text(d.channel), text(d.postedOn)];
      // Entries written before printaddress have no stage: they were waiting.
      const stage = d.stage === 'downloaded' || d.stage === 'posted' ? d.stage : 'waiting';
      const changedTo = d.newChannel === 'post' || d.newChannel === 'email' || d.newChannel === 'portal' ? d.newChannel : null;
      // README printrest: a letter gone that was not made again says why; entries written before were made again.
      const notAgain = readdressedNotAgain(d.notAgain, lang);
      if (description && provider && kind && date) {
        return `${description}: ${w.letterReaddressed(provider, said(d.title, titleIn, lang), kind, letterDate(date, lang), { stage, post: channel === 'post', postedOn: postedOn ? letterDate(postedOn, lang) : null, channel: changedTo, notAgain })}`;
      }
      break;
    }
    case LETTER_WITHOUT_WITHDRAWN: {
      const [description, provider, kind, documentKind] = [text(d.description), text(d.providerName), wordOf(ownerWords(lang).estate.letterKinds, d.kind), wordOf(ownerWords(lang).estate.documentKinds, d.documentKind)];
      const stage = d.stage === 'downloaded' ? 'downloaded' : 'waiting';
      if (description && provider && kind && documentKind) return `${description}: ${w.letterWithoutWithdrawn(provider, kind, documentKind, { stage, post: d.channel === 'post' })}`;
      break;
    }
    case 'letter.posted': {
      const [recipient, subject] = [text(d.recipient), said(d.subject, subjectIn, lang)];
      // handover4: marked by the estate's new owner from his colleague's batch (the entry's actor is who marked it).
      if (recipient && subject) return w.letterPosted(recipient, subject, text(d.batchOf) ?? undefined);
      break;
    }
    case 'contract.later_end_date_handled': {
      const [provider, description, asked] = [text(d.providerName), text(d.description), text(d.asked)];
      // Entries written before the basis was stored said "gevraagd was": they read as written.
      if (provider && description && asked) return `${description}: ${laterEndDateHandledText(provider, asked, d.basis === 'law' || d.basis === 'notice' ? d.basis : 'request', text(d.note) ?? null, lang)}`;
      break;
    }
    case CORRECTION_ANSWERED: {
      const [description, provider, date] = [text(d.description), text(d.providerName), text(d.effectiveDate)];
      if (description && provider && date) return `${description}: ${correctionAnsweredText(provider, date, lang)}`;
      break;
    }
    case ANSWER_WITHDRAWN_HANDLED: {
      const [description, providerName, kind] = [text(d.description), text(d.providerName), text(d.kind)];
      if (description && providerName && kind) return `${description}: ${answerWithdrawnHandledText({ providerName, kind }, lang)}`;
      break;
    }
    case ANSWER_DOCUMENT_WITHDRAWN: {
      const [description, providerName, kind, withdrawnOn, state] = [text(d.description), text(d.providerName), text(d.kind), text(d.withdrawnOn), text(d.state)];
      if (description && providerName && kind && withdrawnOn && state) return `${description}: ${answerDocumentWithdrawnText({ providerName, kind, withdrawnOn, state }, lang)}`;
      break;
    }
    case ENDED_AGENCY_NOT_WRITTEN: {
      const [description, agency] = [text(d.description), text(d.agency)];
      if (description && agency) return `${description}: ${endedAgencyNotWrittenText(agency, d as EndedAgencyAbout, lang)}`;
      break;
    }
    case 'contract.end_date_not_told': {
      const [description, agency, effectiveDate] = [text(d.description), text(d.agency), text(d.effectiveDate)];
      if (description && agency && effectiveDate) return `${description}: ${endDateNotToldText(agency, effectiveDate, lang)}`;
      break;
    }
    case COVER_REJUDGED: {
      const [description, references] = [text(d.description), names(d.references)];
      const coverUntil = text(d.coverUntil) ?? null;
      if (description && references.length && d.shortened === true && coverUntil) return `${description}: ${coverShortenedText(coverUntil, references, lang)}`;
      if (description && references.length) return `${description}: ${coverRejudgedText(coverUntil, references, d.withdrawn === true, lang)}`;
      break;
    }
    case OBJECTION_SET_APART: {
      const [description, provider, references] = [text(d.description), text(d.providerName), names(d.references)];
      if (description && provider && references.length) return `${description}: ${objectionSetApartText(provider, references, { answered: d.answered === true, byEmail: d.byEmail === true }, lang)}`;
      break;
    }
    case 'contract.call_recorded': {
      const [description, calledOn, organisation, outcome] = [text(d.description), text(d.calledOn), text(d.organisation), text(d.outcome)];
      if (description && calledOn && organisation && outcome) return `${description}: ${callRecordedText({ calledOn, organisation, person: text(d.person), outcome }, lang)}`;
      break;
    }
    // The previous version stays here, for the owner only: the family reads the call as it stands (portal, digest).
    case 'contract.call_corrected': {
      const [description, previous, call] = [text(d.description), d.previous as RecordedCallText | undefined, d.call as RecordedCallText | undefined];
      if (description && previous && call) return `${description}: ${callRevisionText(previous, call, lang)}`;
      break;
    }
    case 'contract.call_withdrawn': {
      const [description, previous] = [text(d.description), d.previous as RecordedCallText | undefined];
      if (description && previous) return `${description}: ${callRevisionText(previous, null, lang)}`;
      break;
    }
    // refund: what reached the estate account of a refund the provider confirmed, and a receipt undone (src/refunds writes them).
    case 'refund.received':
    case 'refund.receipt_undone': {
      const [description, provider, on] = [text(d.description), text(d.providerName), text(d.receivedOn)];
      if (description && provider && on && typeof d.amount === 'number') return `${description}: ${w.refundReceived(provider, money(d.amount, lang), longDate(on, lang), entry.event === 'refund.receipt_undone')}`;
      break;
    }
    // refundclose: the provider's report at its desk that it paid: its word, not a receipt.
    case 'refund.paid_reported': {
      const [description, provider, on] = [text(d.description), text(d.providerName), text(d.paidOn)];
      if (description && provider && on && typeof d.amount === 'number') return `${description}: ${w.refundPaidReported(provider, money(d.amount, lang), longDate(on, lang), typeof d.transferReference === 'string' ? d.transferReference : undefined)}`;
      break;
    }
    // refundletter: the reminder letter the owner sent about a refund not received (src/refunds writes it).
    case 'refund.reminded': {
      const [description, provider, payBy] = [text(d.description), text(d.providerName), text(d.payBy)];
      if (description && provider && payBy && typeof d.left === 'number') return `${description}: ${w.refundReminded(provider, money(d.left, lang), longDate(payBy, lang))}`;
      break;
    }
    // paiddrop: the letter asking back a final bill paid before the provider dropped its claim (src/refunds writes it).
    case 'refund.asked_back': {
      const [description, provider, reference, payBy] = [text(d.description), text(d.providerName), text(d.reference), text(d.payBy)];
      if (description && provider && reference && payBy && typeof d.amount === 'number') return `${description}: ${w.refundAskedBack(provider, money(d.amount, lang), reference, longDate(payBy, lang))}`;
      break;
    }
    // refundtoday: the reminder made asks less than she asked when she pressed (a receipt since): what the letter asked.
    case 'refund.reminder_restated': {
      const [description, provider] = [text(d.description), text(d.providerName)];
      if (description && provider && typeof d.left === 'number' && typeof d.asked === 'number') return `${description}: ${w.refundReminderRestated(provider, money(d.left, lang), money(d.asked, lang))}`;
      break;
    }
    // refunddesk: the reminder she asked for, not made: all of the refund was recorded received before the letter was to be made.
    case 'refund.reminder_unsent': {
      const [description, provider] = [text(d.description), text(d.providerName)];
      if (description && provider) return `${description}: ${w.refundReminderUnsent(provider)}`;
      break;
    }
    case 'letter.blocked': {
      const title = said(d.title, titleIn, lang);
      const violations = Array.isArray(d.violations) ? (d.violations as { rule: string; where: string; message: string }[]) : [];
      // Each rule in the owner's words, as the contract page and Today say it, never its code or the API's English.
      if (title) return w.letterBlocked(title, violations.map((v) => violationText(lang, v)).join('; '));
      break;
    }
  }
  return entry.summary;
}

/**
 * The owner's word that a later end date is dealt with: against the day our request asked, a lease's end by law (which no
 * letter named after a corrected date of death), or the end of a consumer's notice when the request named no day.
 */
export function laterEndDateHandledText(provider: string, asked: string, basis: 'request' | 'law' | 'notice', note: string | null, lang: Lang): string {
  const w = ownerWords(lang).contract.endDate;
  return (basis === 'law' ? w.handledByLaw : basis === 'notice' ? w.handledNotice : w.handled)(provider, letterDate(asked, lang), note);
}

/** deskcorr: the provider confirmed its date again after a correction asked whether it changes: it stays (`correctionAnswered`). */
export const CORRECTION_ANSWERED = 'contract.correction_answered';

export const correctionAnsweredText = (provider: string, effectiveDate: string, lang: Lang): string => ownerWords(lang).timeline.correctionAnswered(provider, letterDate(effectiveDate, lang));

export const ANSWER_DOCUMENT_WITHDRAWN = 'contract.answer_document_withdrawn';

/** A withdrawn document the provider had as part of our answer, on a contract whose complaint or rejection stands (`ANSWER_KEPT_FROM`). */
export function answerDocumentWithdrawnText(d: { providerName: string; kind: string; withdrawnOn: string; state: string }, lang: Lang): string {
  const kind = wordOf(ownerWords(lang).estate.documentKinds, d.kind) ?? d.kind;
  return ownerWords(lang).timeline.answerDocumentWithdrawn(d.providerName, kind, letterDate(d.withdrawnOn, lang), d.state === 'complained', d.kind);
}

/** answerrest: the owner marked the note of a withdrawn answer handled (`ANSWER_WITHDRAWN_HANDLED`). */
export const ANSWER_WITHDRAWN_HANDLED = 'contract.answer_withdrawn_handled';

export function answerWithdrawnHandledText(d: { providerName: string; kind: string }, lang: Lang): string {
  return ownerWords(lang).timeline.answerWithdrawnHandled(d.providerName, wordOf(ownerWords(lang).estate.documentKinds, d.kind) ?? d.kind);
}

/**
 * reportmoney (audit95 F1, F2, F8): the staff timeline's event of an agency not written because it was told its collection ended
 * (`stopsStillCollecting`): `details` hold the agency, what it was not written about (`about`, with the end date or the bill's
 * number) and the contract's description.
 */
export const ENDED_AGENCY_NOT_WRITTEN = 'contract.ended_agency_not_written';
export type EndedAgencyAbout = ({ about: 'endDate'; effectiveDate: string } | { about: 'correction' } | { about: 'billCorrection' | 'objectionDropped'; reference: string }) & {
  /** audit97: the agency said itself that it stopped the collection (no letter told it). */
  saidItself?: true;
};

/** reportmoney: why an agency told its collection ended got no letter (`ENDED_AGENCY_NOT_WRITTEN`). */
export function endedAgencyNotWrittenText(agency: string, not: EndedAgencyAbout, lang: Lang): string {
  const { endedAgencyNotWritten, endedAgencyAbout } = ownerWords(lang).timeline;
  const about =
    not.about === 'endDate' ? endedAgencyAbout.endDate(letterDate(not.effectiveDate, lang)) : not.about === 'correction' ? endedAgencyAbout.correction : endedAgencyAbout[not.about](not.reference);
  return endedAgencyNotWritten(agency, about, not.saidItself === true);
}

/** Why an agency got no letter about a corrected end date (`contract.end_date_not_told`, `stopHearsEndDate`). */
export function endDateNotToldText(agency: string, effectiveDate: string, lang: Lang): string {
  return ownerWords(lang).timeline.endDateNotTold(agency, letterDate(effectiveDate, lang));
}

/** A letter to a provider not sent yet made again after the directory's address of the provider was corrected (README, postfix). */
export const LETTER_READDRESSED = 'letter.readdressed';

/** A `letter.readdressed` entry's `notAgain`, as stored (README, printrest). */
function readdressedNotAgain(stored: unknown, lang: Lang): Readdressed['notAgain'] {
  const value = stored as { why?: unknown; days?: unknown; title?: unknown; letterDate?: unknown; postedOn?: unknown } | null | undefined;
  if (value?.why === 'answered') return { why: 'answered' };
  if (value?.why === 'older' && typeof value.days === 'number') return { why: 'older', days: value.days };
  if (value?.why === 'followed' && typeof value.letterDate === 'string') return { why: 'followed', title: said(value.title, titleIn, lang), letterDate: letterDate(value.letterDate, lang) };
  if (value?.why === 'restored' && typeof value.letterDate === 'string' && typeof value.postedOn === 'string') return { why: 'restored', letterDate: letterDate(value.letterDate, lang), postedOn: letterDate(value.postedOn, lang) };
  return null;
}

/** coverfix: an insurer's corrected cover end took in premiums disputed as after the earlier one, or left owed ones after it (README coverfix). */
export const COVER_REJUDGED = 'contract.cover_rejudged';

/** The premiums a later cover end took in (`COVER_REJUDGED`): owed by the estate, their objection withdrawn (it had gone) or not sent. */
export function coverRejudgedText(coverUntil: string | null, references: string[], withdrawn: boolean, lang: Lang): string {
  return ownerWords(lang).timeline.coverRejudged(coverUntil && letterDate(coverUntil, lang), references, withdrawn);
}

/** The premiums recorded as owed that an earlier cover end leaves (partly) after it (`COVER_REJUDGED`, `shortened`): hers to dispute or not. */
export function coverShortenedText(coverUntil: string, references: string[], lang: Lang): string {
  return ownerWords(lang).timeline.coverShortened(letterDate(coverUntil, lang), references);
}

/** A letter not yet left made again without a document the owner withdrew (README docwithdraw, `PrintBatchesService.leaveOut`). */
export const LETTER_WITHOUT_WITHDRAWN = 'letter.without_withdrawn';

/** The owner settled bills, or recorded the provider's answer to them, while their objection still waited for the post: those letters were set apart (README, agencytold, setapartrest). */
export const OBJECTION_SET_APART = 'contract.objection_set_apart';

/** Which objections to the provider do not go out, and why (`OBJECTION_SET_APART`): the bills settled, or `answered` by the provider, before the post or the e-mail took them. */
export function objectionSetApartText(provider: string, references: string[], why: { answered: boolean; byEmail: boolean }, lang: Lang): string {
  return ownerWords(lang).timeline[why.answered ? 'objectionAnsweredSetApart' : 'objectionSetApart'](provider, references, why.byEmail);
}

/** Whom the owner spoke to about a contract, as her own words say it: "KPN (Sanne)". */
const whomCalled = (call: { organisation: string; person: string | null }): string => (call.person ? `${call.organisation} (${call.person})` : call.organisation);

type RecordedCallText = { calledOn: string; organisation: string; person: string | null; outcome: string; shared?: boolean };

/** A call the owner recorded (`contract.call_recorded`), in full for the staff: when, with whom, what came of it. */
export function callRecordedText(call: RecordedCallText, lang: Lang): string {
  return ownerWords(lang).timeline.callRecorded(letterDate(call.calledOn, lang), whomCalled(call), call.outcome);
}

/** One version of a call in a correction: as recorded, and whether the family read its outcome. */
const callVersionText = (call: RecordedCallText, lang: Lang): string => `${callRecordedText(call, lang)} (${ownerWords(lang).timeline.sharedWithFamily(call.shared === true)})`;

/** A call corrected (`now`) or withdrawn (null), for the owner only: the version before stays readable in her history. */
export function callRevisionText(previous: RecordedCallText, now: RecordedCallText | null, lang: Lang): string {
  const w = ownerWords(lang).timeline;
  return now ? w.callCorrected(callVersionText(previous, lang), callVersionText(now, lang)) : w.callWithdrawn(callVersionText(previous, lang));
}
