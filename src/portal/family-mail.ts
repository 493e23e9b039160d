import { longDate } from '../../workflows';
import type { FamilyLetterKind } from '../../letters';
import { familyWords, type FamilyWords, type Lang } from '../words';

/** Who an email to a family member is from and about. Replies go to the contact person, so it reads as theirs. */
export interface FamilyMailPeople {
  member: { name: string };
  owner: { name: string; phone: string | null; email: string };
  organisation: string;
  deceased: string;
}

/** Contracts still running that a daily email tells nothing of: how many, and whether it tells of another contract (`others`). */
export interface StillRunning {
  count: number;
  others: boolean;
}

export interface FamilyMail {
  subject: string;
  text: string;
}

/** The frame every email to a family member shares: greeting, body, who to ask (name, phone, email) and the signature. */
function framed(w: FamilyWords['mail'], people: FamilyMailPeople, body: string[]): string {
  const { member, owner, organisation } = people;
  return [w.greeting(member.name), '', ...body, '', w.contact(owner.name, owner.phone, owner.email), '', w.regards, owner.name, organisation].join('\n');
}

/** The invitation and the new link: the magic link, the code to type instead, and until when (`validUntil`, a calendar date) it works. */
export function accessMail(lang: Lang, people: FamilyMailPeople, access: { link: string; code: string; loginUrl: string; validUntil: string }): FamilyMail {
  const w = familyWords(lang).mail;
  return {
    subject: w.accessSubject(people.deceased),
    // Last, in the other language, that the portal speaks it too (MAIL-1).
    text: `${framed(w, people, [w.accessText(people.deceased), '', access.link, '', w.accessCode(access.code, access.loginUrl), w.accessOnce(longDate(access.validUntil, lang))])}\n\n${familyWords(lang === 'nl' ? 'en' : 'nl').mail.alsoInThisLanguage}`,
  };
}

/**
 * The daily news: the lines already in the member's language, then the new documents they may see by name.
 * `billsToPay`: the member reads the estate's debts and some are still to be paid from it, so "nothing to do" would not be true.
 */
/** `stillRunning`: the contracts still running the email tells nothing of, counted in one line (none: no line). */
export function digestMail(lang: Lang, people: FamilyMailPeople, news: string[], documentNames: string[], portalUrl: string, billsToPay = false, stillRunning?: StillRunning): FamilyMail {
  const w = familyWords(lang).mail;
  return {
    subject: w.digestSubject(people.deceased),
    text: framed(w, people, [
      w.digestText(people.deceased),
      '',
      ...news.map((line) => `- ${line}`),
      ...documentNames.map((name) => `- ${w.newDocument(name)}`),
      '',
      ...(stillRunning?.count ? [w.stillRunning(stillRunning.count, stillRunning.others)] : []),
      w.inPortal(portalUrl),
      billsToPay ? w.billsToPay : w.nothingToDo,
    ]),
  };
}

/**
 * A report addressed to this relative is in the portal: a link to it (`link`, the portal's letter, behind their sign-in), not the
 * report itself. It names the estate's money and the family's affairs; in the portal it is read by whom it is for, and goes with the
 * estate in the retention purge, where a copy in a mailbox would not (README, Reports to the family: how they reach the relative).
 */
export function reportMail(lang: Lang, people: FamilyMailPeople, kind: FamilyLetterKind, link: string): FamilyMail {
  const w = familyWords(lang).mail;
  return { subject: w.reportSubject(kind, people.deceased), text: framed(w, people, [w.reportText(kind, people.deceased), '', link, '', w.reportPrivacy]) };
}
