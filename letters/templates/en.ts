import { euros, letterDate } from '../dates';
import { withinDeliberationPeriod } from '../legal';
import { confirmedEnd, contractLines, type Facts, lastSent, type Words } from './words';

const act = (f: Facts) => (f.input.contract?.action === 'transfer' ? 'transfer' : 'end');
const actNoun = (f: Facts) => (f.input.contract?.action === 'transfer' ? 'the transfer' : 'the cancellation');
const contractOf = (f: Facts) => `the contract ${f.description} with account number ${f.accountNumber}`;
const death = (f: Facts) => `${f.deceasedFull}, born on ${f.dateOfBirth}, died on ${f.dateOfDeath}. The last home address was ${f.deceasedAddress}.`;
/** Named only when the provider's category has one; never a vague "the ombudsman for your sector". */
const complaintsBody = (f: Facts) => (f.input.complaintsBody ? ` If I receive no adequate answer, I will take the matter to ${f.input.complaintsBody}.` : '');
const firstLetter = (f: Facts) => `On ${f.previousLetterDate}, on behalf of the family of ${f.deceasedFull}, who died on ${f.dateOfDeath}, I asked you to ${act(f)} ${contractOf(f)}.`;

export const en: Words = {
  titles: {
    cancellation: 'Cancellation following a death',
    transfer: 'Request to transfer a contract following a death',
    information_supplied: 'Further information',
    reminder: 'Reminder',
    escalation: 'Complaint: no answer to our request',
    dispute: 'Dispute of an invoice after the end date',
    dispute_escalation: 'Complaint: no answer to our dispute of your invoice',
    collection_stop: 'URGENT: suspend debt collection',
    withdrawal: 'Withdrawal of our request',
    progress_report: 'Progress report',
    final_report: 'Final report',
  },
  yourReference: 'Your reference',
  ourReference: 'Our reference',
  subjectLabel: 'Subject',
  enclosuresLabel: 'Enclosures',
  greetingOrganisation: 'Dear Sir or Madam,',
  greetingPerson: (name) => `Dear ${name},`,
  closing: 'Kind regards,',
  role: 'Bereavement specialist',
  phone: 'Direct phone',
  email: 'Email',
  attention: 'For the attention of',
  deliveredVia: 'Sent via',
  subject: (kind, f) =>
    kind === 'final_report'
      ? `Final report on the contracts of ${f.deceasedFull}`
      : kind === 'progress_report'
        ? `Progress on the contracts of ${f.deceasedFull}`
        : `${en.titles[kind]}: ${f.description}, account number ${f.accountNumber}, of ${f.deceasedFull}`,
  body: (kind, f) => {
    switch (kind) {
      case 'cancellation':
        return [
          death(f),
          `On behalf of the family of ${f.deceasedFormal} I am arranging the contracts that were still running. Please end ${contractOf(f)} as of ${f.endDate}.`,
          `Please do not charge anything after the end date, refund any credit, and confirm the end date and the final invoice to me in writing${f.dueDate ? `, by ${f.dueDate} at the latest` : ''}.`,
        ];
      case 'transfer':
        return [
          death(f),
          `The account holder has died and therefore cannot sign. On behalf of the family, please transfer ${contractOf(f)} as of ${f.endDate} to ${f.input.newHolder?.name} (${f.input.newHolder?.relation}).`,
          `Please confirm the transfer to me in writing${f.dueDate ? `, by ${f.dueDate} at the latest` : ''}.`,
        ];
      case 'information_supplied':
        return [
          `You asked for further information about ${contractOf(f)} of ${f.deceasedFull}, who died on ${f.dateOfDeath}${f.input.informationMessage ? `: "${f.input.informationMessage}"` : ''}.`,
          ...(f.input.informationAnswer ? [`My answer: "${f.input.informationAnswer}"`] : []),
          `Please now complete ${actNoun(f)} and confirm it to me in writing${f.dueDate ? ` by ${f.dueDate}` : ''}.`,
        ];
      case 'reminder':
        return [
          firstLetter(f),
          'I have not yet received your answer. For the family it matters that this is settled soon.',
          `Please confirm ${actNoun(f)} in writing${f.dueDate ? ` by ${f.dueDate}` : ' as soon as possible'}.`,
        ];
      case 'escalation': {
        const reminded = lastSent(f, 'reminder');
        return [
          firstLetter(f),
          reminded
            ? `On ${reminded} I sent you a reminder. I have not received an answer to that either. I am therefore filing a complaint.`
            : 'I have not yet received your answer. I am therefore filing a complaint.',
          `Please handle this with priority and confirm ${actNoun(f)}${f.dueDate ? ` by ${f.dueDate}` : ''}.${complaintsBody(f)}`,
        ];
      }
      case 'dispute': {
        const i = f.input.invoice;
        const end = confirmedEnd(f);
        return [
          `${f.deceasedFull} died on ${f.dateOfDeath}.${end ? ` You confirmed that ${contractOf(f)} ended on ${end}.` : ''}`,
          `Your invoice ${i?.reference} dated ${i && en.date(i.invoiceDate)} covers ${i && en.date(i.periodFrom)} to ${i && en.date(i.periodTo)} inclusive and amounts to ${i && en.money(i.amount)}. Of this, ${i && en.money(i.disputed.amount)} covers ${i && en.date(i.disputed.from)} to ${i && en.date(i.disputed.to)}, after the end date. I dispute that part; it is not owed. I do not dispute the part up to and including the end date.`,
          `Please send a credit note or a corrected final bill for ${i && en.money(i.disputed.amount)}, or withdraw the invoice, and let me know in writing${f.dueDate ? ` by ${f.dueDate}` : ''}.`,
        ];
      }
      case 'dispute_escalation': {
        const i = f.input.invoice;
        return [
          `On ${lastSent(f, 'dispute')}, on behalf of the family of ${f.deceasedFull}, who died on ${f.dateOfDeath}, I disputed your invoice ${i?.reference} for ${contractOf(f)}: ${i && en.money(i.disputed.amount)} for ${i && en.date(i.disputed.from)} to ${i && en.date(i.disputed.to)}, after the end date of ${confirmedEnd(f)} that you confirmed.`,
          'I have not received an answer to that dispute. I am therefore filing a complaint.',
          `Please send a credit note or a corrected final bill for that amount, or withdraw the invoice${f.dueDate ? `, by ${f.dueDate}` : ''}.${complaintsBody(f)}`,
        ];
      }
      case 'collection_stop': {
        const c = f.input.collection;
        const end = confirmedEnd(f);
        return [
          `The family of ${f.deceasedFull}, who died on ${f.dateOfDeath}, received a debt-collection letter${c?.agency ? ` from ${c.agency}` : ''}${c?.reference ? ` with reference ${c.reference}` : ''}${c?.amount ? ` for ${en.money(c.amount)}` : ''} about ${contractOf(f)}.${end ? ` You confirmed that this contract ended on ${end}.` : ''}`,
          ...(withinDeliberationPeriod(f.input.deceased.dateOfDeath, f.input.letterDate)
            ? ['During three months after the death, no recourse can be taken against assets of an estate that has not been accepted unconditionally by all heirs (Article 4:185(1) of the Dutch Civil Code).']
            : []),
          // "Demand" (aanmaning), not "reminder": the letter rules read "reminder" as a claim that we sent one.
          'A consumer owes collection costs only after a written demand, after default, to pay within fourteen days, stating the consequences of not paying and the costs (Article 6:96(6) of the Dutch Civil Code). Without such a demand to the heirs no collection costs are owed.',
          `Please suspend the collection, waive the collection costs and do not contact the family about it again. Please confirm this to me in writing${f.dueDate ? ` by ${f.dueDate}` : ' within fourteen days'}.${c?.copyTo ? ` A copy of this letter goes to ${c.copyTo}.` : ''}`,
          'This letter does not acknowledge the claim, nor does it accept the estate.',
        ];
      }
      case 'withdrawal':
        return [firstLetter(f), 'I hereby withdraw this request. You do not need to do anything further.'];
      case 'progress_report':
        return [
          `I would like to let you know where the handling of the contracts of ${f.deceasedFull}, who died on ${f.dateOfDeath}, stands.`,
          ...contractLines(f),
          'In the family portal you can always see, per contract, what happens next and when. You do not need to do anything yourself; I am keeping an eye on everything.',
          'Should a bill or a letter addressed to your loved one arrive, please send it on to me or report it in the portal. If you have any questions, do call or email me.',
        ];
      case 'final_report':
        return [
          `With this letter I complete the handling of the contracts of ${f.deceasedFull}, who died on ${f.dateOfDeath}. Below you can read what happened to each contract.`,
          ...contractLines(f),
          'Should a bill or a letter addressed to your loved one still arrive, please send it on to me. I will take care of it for you.',
          'I wish you strength in the time ahead.',
        ];
    }
  },
  correspondence: (f) =>
    `Please address all further correspondence about this to me, ${f.ownerName}, ${f.ownerAddress} or by email to ${f.ownerEmail}, and no longer to the address of the deceased.`,
  enclosed: 'Please find the required documents enclosed.',
  thanks: 'Thank you for your help at this difficult time for the family.',
  asSoonAsPossible: (dateOfDeath) => `${dateOfDeath} (the date of death), or otherwise as soon as possible`,
  date: (iso) => letterDate(iso, 'en'),
  money: (amount) => euros(amount, 'en'),
};
