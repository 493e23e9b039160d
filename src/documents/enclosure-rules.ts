import type { FieldError } from '../common/problem';
import { isCurrent, latestVersion, type Versioned } from './document-audience';
import { BANK_STATEMENT, DOCUMENT_KINDS, DocumentKind } from './document.entity';
import type { FollowingDocument } from '../../workflows';

/**
 * Kinds that never go to a provider, whoever asks. A will sets out the whole distribution of the
 * estate; a provider's need (who may act for the heirs) is met by the certificate of inheritance or
 * the executor's appointment, so a request for a will is answered in words, never with the will.
 * A bank statement shows every payment of the deceased, to anyone: no provider needs that.
 */
export const NEVER_ENCLOSED_KINDS: readonly DocumentKind[] = ['will', BANK_STATEMENT];

const neverEnclosed = (kind: string) => (NEVER_ENCLOSED_KINDS as readonly string[]).includes(kind);

/**
 * What a provider may ask for as a document (the desk's form and API, the owner recording its question): every kind
 * but those never sent. A provider that asks about a will is answered in words; it is not offered as a thing to ask for.
 */
export const ASKABLE_KINDS = DOCUMENT_KINDS.filter((kind) => !neverEnclosed(kind));

/**
 * A question that asks for a kind never sent (a will) is refused, naming `documentsNeeded`: otherwise the answer
 * would go out as "the information asked for" without it. The certificate of inheritance names the heirs.
 */
export function askedKindsProblems(documentsNeeded: readonly string[]): FieldError[] {
  return askedNeverSent(documentsNeeded).map((kind) => ({
    field: 'documentsNeeded',
    message: `Steward never sends a ${kind.replace(/_/g, ' ')} to a provider; a certificate of inheritance (verklaring van erfrecht) names the heirs: ask for that`,
    rule: 'neverAsked',
    limit: kind,
  }));
}

/** The kinds a question asked for that are never sent (a will asked before the desk stopped offering it): the answer says so. */
export function askedNeverSent(asked: readonly string[]): string[] {
  return [...new Set(asked)].filter(neverEnclosed);
}

/** What the rules need to know about a document. */
export interface EnclosableDocument extends Versioned {
  id: string;
  estateId: string;
  kind: DocumentKind;
  uploadedByType: string;
  createdAt: Date;
  /** Who in the family it is meant for (`DocumentAudience`); `owner`: her working paper or one she keeps to herself. */
  audience?: string;
  /** familyupload: when the owner took a relative's upload into the estate as a kind; null or absent: she did not. */
  takenAt?: Date | null;
}

/**
 * familyupload (audit103 F3): a relative's upload stays the owner's to read until she takes it into the estate as a kind
 * (`POST /family-reports/:id/document`); then it counts as any document of the estate.
 */
const familyOnly = (document: Pick<EnclosableDocument, 'uploadedByType' | 'takenAt'>): boolean => document.uploadedByType === 'family' && !document.takenAt;

/**
 * Whether a document may be enclosed at all. What a relative uploads with a report (a photo of
 * another provider's bill) is for the case owner, never for a provider; an old version or a withdrawn
 * document travels with no new letter.
 */
export function mayEnclose(document: Pick<EnclosableDocument, 'kind' | 'uploadedByType' | 'takenAt' | 'supersededById' | 'withdrawnAt'>): boolean {
  return isCurrent(document) && !familyOnly(document) && !NEVER_ENCLOSED_KINDS.includes(document.kind);
}

/** Why a document may not be enclosed: the API's English and the rule the owner's pages word; null when it may. */
function refusal(document: EnclosableDocument | undefined, estateId: string): Omit<FieldError, 'field'> | null {
  if (!document || document.estateId !== estateId) return { message: 'is not a document of this estate', rule: 'otherEstate' };
  if (familyOnly(document)) return { message: 'was uploaded by the family and is for the case owner only', rule: 'familyUpload' };
  if (neverEnclosed(document.kind)) return { message: `a ${document.kind.replace(/_/g, ' ')} is never sent to a provider`, rule: 'neverEnclosed', limit: document.kind };
  if (document.withdrawnAt) return { message: 'was withdrawn', rule: 'withdrawn' };
  if (document.supersededById) return { message: 'was replaced by a newer version; choose that one', rule: 'replaced' };
  return null;
}

/**
 * An answer to the provider's question says something: a written answer, a document, or both. An
 * empty one would move the request on as answered while the letter rules hold its letter back
 * (letters/rules.ts, `note`), and the question could not be answered again.
 */
export function emptyAnswerProblem(note: string | null | undefined, documentIds: readonly string[]): FieldError | null {
  return !note?.trim() && documentIds.length === 0 ? { field: 'note', message: 'write an answer or enclose a document (documentIds)', rule: 'emptyAnswer' } : null;
}

/**
 * The kinds the provider asked for that an answer does not enclose. Such an answer is refused rather
 * than sent as the information asked for (README, "An answer encloses what was asked"): its letter and
 * the desk would say the provider has what it needs and its term would start again. One the owner says follows
 * later (v12, `following`) is a part answer, which says so and keeps the question open. A kind never sent
 * to a provider (a will) is answered in words, so it is never missing.
 */
export function askedNotEnclosed(asked: readonly string[], enclosed: readonly Pick<EnclosableDocument, 'kind'>[], following: readonly FollowingDocument[] = []): string[] {
  const kinds = new Set<string>([...enclosed.map((d) => d.kind), ...following.map((d) => d.kind)]);
  return [...new Set(asked)].filter((kind) => !kinds.has(kind) && !neverEnclosed(kind));
}

/**
 * The rule's English message (the owner's API reads English, `errors[].message`) for a kind asked for and left out, the kind named as a
 * reader says it with its article: „a certificate of inheritance", „an id document"; `other` is no kind of ours, what the question says
 * (audit103: „a other" named nothing). `label`: the owner's English name of the kind (`documentKinds`).
 */
export function askedKindMissing(kind: string, label: string): string {
  const named = kind === 'other' ? 'document of another kind (see its question)' : label;
  return `the provider asked for ${/^[aeiou]/i.test(named) ? 'an' : 'a'} ${named}; enclose one`;
}

/**
 * v12: what a part answer says follows later, checked one by one: a kind the provider asked for (and that this answer
 * does not enclose, nor names twice), and a date she expects it that is not past. Each refusal names its place
 * as the whole API spells a list's item, dotted as class-validator does (`followsLater.0.expectedOn`). `kindNames`: the
 * names of a document kind as the owner may write them (every language), so her own words never name a kind this answer
 * already sends or says follows (audit73 F-J: "Volgt later: volmacht van de erfgenamen en de volmacht van de erfgenamen").
 */
export function followsLaterProblems(
  following: readonly FollowingDocument[],
  asked: readonly string[],
  enclosed: readonly Pick<EnclosableDocument, 'kind'>[],
  today: string,
  kindNames: (kind: string) => readonly string[] = () => [],
): FieldError[] {
  const enclosedKinds = new Set<string>(enclosed.map((d) => d.kind));
  return following.flatMap((d, i): FieldError[] => {
    // claimform: something of no kind of ours she still owes (the insurer's own claim form, asked in its words, not in
    // `documentsNeeded`) may follow whatever the question listed; her description names it, so it must be there.
    if (d.kind === OWN_WORDS_KIND) {
      const named = [...enclosed, ...following].filter((o) => o.kind !== OWN_WORDS_KIND).flatMap((o) => kindNames(o.kind));
      return [...describedProblems(d, i, following, named), ...pastProblems(d, i, today)];
    }
    const askedKind = asked.includes(d.kind) && !enclosedKinds.has(d.kind) && following.findIndex((o) => o.kind === d.kind) === i;
    // A will never follows: the letter would promise what is never sent.
    const kindProblem: FieldError | null = neverEnclosed(d.kind)
      ? { field: `followsLater.${i}.kind`, message: `a ${d.kind.replace(/_/g, ' ')} is never sent to a provider`, rule: 'neverEnclosed', limit: d.kind }
      : askedKind ? null : { field: `followsLater.${i}.kind`, message: 'is not a document the provider asked for that this answer leaves out', rule: 'notAsked', limit: d.kind };
    return [
      ...(kindProblem ? [kindProblem] : []),
      ...(d.description ? [{ field: `followsLater.${i}.description`, message: `is only for kind ${OWN_WORDS_KIND}`, rule: 'otherOnly' as const }] : []),
      ...pastProblems(d, i, today),
    ];
  });
}

/** answerrest: an enclosed "overig" document named as an open item of her own words (`description`), which it answers. */
export interface OtherAnswer {
  description: string;
  /** Optional where the answer encloses one "overig" document only (the page's ticks): that one. */
  documentId?: string;
}

/**
 * answerrest: each open item of her own words (`open`: the question's `followsLater` of kind `other`) is its own. The answer
 * says which item each enclosed "overig" document is (`given`); with none said and one such item open, its "overig"
 * document is that one. An item neither answered nor said to follow again stays open (`stillOpen`: the letter says it
 * still follows, the question stays open for it) rather than dropped unsaid. Each refusal names its place
 * (`otherAnswers.0.description`): an item not open, or named twice (`notOpen`, `namedTwice`); a document not enclosed here
 * as "overig" (`notEnclosed`); several items open, an "overig" document enclosed and none named (`otherAnswers`, `whichItem`); an item open and several "overig" documents enclosed, none named (`whichDocument`).
 */
export function otherItemsAnswered(
  open: readonly FollowingDocument[],
  given: readonly OtherAnswer[] | undefined,
  enclosed: readonly Pick<EnclosableDocument, 'id' | 'kind'>[],
  following: readonly FollowingDocument[],
): { problems: FieldError[]; answers: Required<OtherAnswer>[]; stillOpen: FollowingDocument[] } {
  const same = (a: string | undefined, b: string | undefined) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
  const items = open.filter((d) => d.kind === OWN_WORDS_KIND && d.description);
  const waiting = items.filter((d) => !following.some((f) => f.kind === OWN_WORDS_KIND && same(f.description, d.description)));
  const others = enclosed.filter((d) => d.kind === OWN_WORDS_KIND);
  const problems: FieldError[] = [];
  let answers: Required<OtherAnswer>[];
  if (given?.length) {
    answers = given.flatMap((a, i) => {
      const item = waiting.find((d) => same(d.description, a.description));
      const twice = given.findIndex((o) => same(o.description, a.description)) !== i;
      const documentId = a.documentId ?? (others.length === 1 ? others[0].id : undefined);
      if (!item || twice) problems.push({ field: `otherAnswers.${i}.description`, message: twice ? 'is named twice' : 'is not an item that is still open', rule: twice ? 'namedTwice' : 'notOpen', limit: a.description });
      if (!others.some((d) => d.id === documentId)) problems.push({ field: `otherAnswers.${i}.documentId`, message: 'is not the "overig" document this answer encloses', rule: 'notEnclosed', ...(a.documentId && { limit: a.documentId }) });
      return item && !twice && documentId ? [{ description: item.description!, documentId }] : [];
    });
  } else if (others.length === 1 && waiting.length === 1) {
    answers = [{ description: waiting[0].description!, documentId: others[0].id }];
  } else {
    // Never by position: with two "overig" documents the first listed would go as her item, the other as a stray file (audit75 F-4).
    if (others.length > 1 && waiting.length) problems.push({ field: 'otherAnswers', message: 'say which enclosed "overig" document is which open item', rule: 'whichDocument' });
    else if (others.length && waiting.length > 1) problems.push({ field: 'otherAnswers', message: 'say which open item each enclosed "overig" document is', rule: 'whichItem' });
    answers = [];
  }
  return { problems, answers, stillOpen: waiting.filter((d) => !answers.some((a) => a.description === d.description)) };
}

/** The kind whose document follows named in the owner's own words (`description`), not by a kind of ours. */
const OWN_WORDS_KIND = 'other';

const pastProblems = (d: FollowingDocument, i: number, today: string): FieldError[] =>
  d.expectedOn && d.expectedOn < today ? [{ field: `followsLater.${i}.expectedOn`, message: 'must not be in the past', rule: 'past', limit: d.expectedOn }] : [];

/** Her words as compared: without case, a leading article or a closing stop ("De volmacht." is "volmacht"). */
const spoken = (words: string) => words.toLowerCase().trim().replace(/[.!]+$/, '').replace(/^(?:de|het|een|the|an?)\s+/, '').replace(/\s+/g, ' ');

/**
 * A thing of her own words needs them, once: the letter would otherwise say "Volgt later: document", or the same thing twice;
 * words that name a kind this answer sends or says follows (`named`; one the start of the other: "de volmacht van de erfgenamen"
 * is the "volmacht") are that kind, named twice.
 */
function describedProblems(d: FollowingDocument, i: number, following: readonly FollowingDocument[], named: readonly string[]): FieldError[] {
  if (!d.description) return [{ field: `followsLater.${i}.description`, message: 'say what follows', rule: 'describeIt' }];
  const words = spoken(d.description);
  const first = following.findIndex((o) => o.kind === d.kind && o.description !== undefined && o.description !== null && spoken(o.description) === words);
  const aKind = named.some((name) => { const kind = spoken(name); return kind === words || kind.startsWith(`${words} `) || words.startsWith(`${kind} `); });
  return first === i && !aKind ? [] : [{ field: `followsLater.${i}.description`, message: 'is named twice', rule: 'namedTwice', limit: d.description }];
}

/** The owner's chosen documents checked one by one, each refusal naming its place (`documentIds.1`). */
export function enclosureProblems(documentIds: string[], estateId: string, documents: EnclosableDocument[]): FieldError[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return documentIds.flatMap((id, i) => {
    const refused = refusal(byId.get(id), estateId);
    return refused ? [{ field: `documentIds.${i}`, ...refused }] : [];
  });
}

/**
 * What the first letter carries: the provider directory's required kinds, the newest enclosable
 * document of each (a re-issued certificate replaces the old one). Oldest first, like the letter.
 * sentonly (audit74 F-1): one the owner keeps to herself (audience `owner`, "CONCEPT … niet versturen") goes by its kind
 * only when the estate has no other of that kind (an ID copy or a power of attorney is `owner` by default); she may
 * always choose it for an answer.
 */
export function requiredEnclosures<D extends EnclosableDocument>(requiredKinds: readonly string[], documents: D[]): D[] {
  const newest = new Map<string, D>();
  const kept = (d: D) => d.audience === 'owner';
  for (const d of documents) {
    if (!requiredKinds.includes(d.kind) || !mayEnclose(d)) continue;
    const current = newest.get(d.kind);
    if (!current || (kept(current) === kept(d) ? current.createdAt <= d.createdAt : kept(current))) newest.set(d.kind, d);
  }
  return [...newest.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * What the owner chose, or what a request was sent (`SentDocuments`: what its letters carried and the owner chose
 * for it), each as its newest version (a document replaced since it was sent travels as its replacement, README
 * *Versions*; a withdrawn one not at all), in the order of the estate's documents, each once.
 */
export function chosenEnclosures<D extends EnclosableDocument>(documents: D[], chosenIds: readonly string[]): D[] {
  const latest = new Set(chosenIds.map((id) => latestVersion(id, documents)?.id));
  // Checked again here, not only when chosen, so a later rule change cannot leak.
  return documents.filter((d) => latest.has(d.id) && mayEnclose(d));
}

/**
 * docreplace (audit75 F-9): what a request was sent, as its provider has it: each document its letters carried (or the owner chose
 * for it) as the newest version a letter to it carried too. A corrected version counts for a provider only once a letter took it
 * there (the correction letter she confirms); until then its desk keeps what it was sent. A withdrawn one not at all.
 */
export function sentVersions<D extends EnclosableDocument>(documents: D[], sentIds: readonly string[]): D[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const sent = new Set(sentIds);
  const had = new Set<string>();
  for (const id of sentIds) {
    // docdesc: along the whole chain of versions, so a correction letter that carried the third reaches past the second it never had.
    let newest = byId.get(id);
    for (let d = newest; d?.supersededById; ) {
      d = byId.get(d.supersededById);
      if (d && sent.has(d.id)) newest = d;
    }
    if (newest) had.add(newest.id);
  }
  // Checked again here, not only when sent, so a later rule change cannot leak; an older version it had is no less what it had.
  return documents.filter((d) => had.has(d.id) && mayEnclose({ ...d, supersededById: null }));
}

/**
 * docreplace: the contracts whose letters carried an earlier version (`earlierIds`, newest first) and none the corrected one: each gets
 * the correction letter, about the newest earlier version it had. docdesc: a withdrawn earlier version counts too — the provider was
 * asked to delete it and still needs the right one (GDPR art. 16 and 19: the rectification goes to each recipient).
 */
export function correctionRecipients<C extends { id: string }>(contracts: C[], carried: ReadonlyMap<string, readonly string[]>, earlierIds: readonly string[], correctedId: string): (C & { replacedId: string })[] {
  return contracts.flatMap((c) => {
    const had = carried.get(c.id) ?? [];
    const replacedId = earlierIds.find((id) => had.includes(id));
    return replacedId && !had.includes(correctedId) ? [{ ...c, replacedId }] : [];
  });
}

/**
 * What a provider may open of a request: its enclosures now, and each document a letter to it carried.
 * An older version it received stays what that letter carried (the letter says "Hierbij …"), until it
 * is withdrawn: then it is asked back, and no longer served.
 */
export function openableEnclosures<D extends EnclosableDocument>(current: D[], carried: D[]): D[] {
  const now = new Set(current.map((d) => d.id));
  return [...current, ...carried.filter((d) => !now.has(d.id) && d.withdrawnAt === null)];
}

/**
 * What a request letter (the first, or one sent again) encloses: the directory's required documents, then what the owner attached
 * (each once). amenddoc: what she chose with an amend of a rejected request (`amends`, each amend's ids, oldest first) takes the
 * place of the others of its kind, so the rejected verklaring does not go again beside the new one unless she chose it too; the
 * latest amend that chose one of a kind says which go. Never by "overig", whose documents are no one kind.
 */
export function requestLetterEnclosures<D extends EnclosableDocument>(requiredKinds: readonly string[], documents: D[], attachedIds: readonly string[], amends: readonly (readonly string[])[] = []): D[] {
  const chosenOfKind = new Map<string, Set<string>>();
  for (const ids of amends) {
    const chosen = chosenEnclosures(documents, ids).filter((d) => d.kind !== 'other');
    for (const kind of new Set(chosen.map((d) => d.kind))) chosenOfKind.set(kind, new Set(chosen.filter((d) => d.kind === kind).map((d) => d.id)));
  }
  const stands = (d: D) => chosenOfKind.get(d.kind)?.has(d.id) ?? true;
  const required = requiredEnclosures(requiredKinds, documents).filter(stands);
  const seen = new Set(required.map((d) => d.id));
  return [...required, ...chosenEnclosures(documents, attachedIds).filter((d) => !seen.has(d.id) && stands(d))];
}
