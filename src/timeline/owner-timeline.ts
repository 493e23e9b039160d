import { type ContractProjection, type ContractState, type EstateState, ownerBrpCheckedText, ownerChangeText, ownerEstateStatusText } from '../../workflows';
import { type Lang, ownerWords } from '../words';
import { ownerCorrectionEntryText } from './corrections';

/**
 * The staff timeline in the reader's language. Entries store one sentence, written when the event
 * happened (older ones in English, contract steps in Dutch); history is never rewritten. Newer entries
 * also carry language-neutral data in `details` (names, reasons, a letter's title and channel, a
 * contract step's projection), and this renders them in the reader's language. An entry without that
 * data is shown as stored, except that a letter's SHA-256 checksum is left out: it proves which PDF
 * went out, which the letter and the API keep, and means nothing to a person reading the history.
 */
export interface TimelineFacts {
  event: string;
  contractId: string | null;
  toState: string | null;
  summary: string;
  details: Record<string, unknown>;
}

/** What a contract step stores for its sentence: the contract as the owner names it, and where it stood. */
export interface ContractStepWording {
  description: string;
  providerName: string;
  projection: ContractProjection;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
/** The stored sentence of a sent letter up to its checksum ("…, SHA-256 3fa9c2…"). */
const CHECKSUM = /,? SHA-256 [0-9a-f]+…?/;

export function ownerTimelineText(entry: TimelineFacts, lang: Lang): string {
  const w = ownerWords(lang).timeline;
  const d = entry.details ?? {};
  const step = d.wording as ContractStepWording | undefined;
  if (step?.projection && entry.toState) {
    const change = entry.event === 'BRP_CHECKED' && step.projection.brpCheck
      ? ownerBrpCheckedText(step.projection.brpCheck, lang, step.providerName)
      : ownerChangeText(entry.toState as ContractState, step.projection, lang, step.providerName);
    return `${step.description}: ${change}`;
  }
  // An estate step says no more than the state it reached, so every one of them can be said again.
  if (!entry.contractId && entry.toState && /^[A-Z_]+$/.test(entry.event)) return w.estateStatus(ownerEstateStatusText(entry.toState as EstateState, lang));
  const correction = ownerCorrectionEntryText(entry, lang);
  if (correction) return correction;
  switch (entry.event) {
    case 'estate.handed_over': {
      const [to, from, reason] = [text(d.toName), text(d.fromName), text(d.reason)];
      if (to && from && reason) return w.handedOver(to, from, reason);
      break;
    }
    case 'estate.handover_undone': {
      const [back, instead] = [text(d.toName), text(d.insteadName)];
      if (back && instead) return w.handoverUndone(back, instead);
      break;
    }
    case 'letter.sent': {
      const [title, recipient, channel] = [text(d.title), text(d.recipient), text(d.channel)];
      if (title && recipient && channel) return w.letterSent(title, recipient, w.channels[channel as keyof typeof w.channels] ?? channel);
      return entry.summary.replace(CHECKSUM, '');
    }
    case 'letter.blocked': {
      const title = text(d.title);
      const violations = Array.isArray(d.violations) ? (d.violations as { rule: string; where: string }[]) : [];
      if (title) return w.letterBlocked(title, violations.map((v) => `${v.rule} (${v.where})`).join('; '));
      break;
    }
  }
  return entry.summary;
}
