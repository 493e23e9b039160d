import { euros, letterDate } from '../dates';
import { contractLines, type Facts, type Words } from './words';

const act = (f: Facts) => (f.input.contract?.action === 'transfer' ? 'transfer' : 'end');
const actNoun = (f: Facts) => (f.input.contract?.action === 'transfer' ? 'the transfer' : 'the cancellation');
const contractOf = (f: Facts) => `the contract ${f.description} with account number ${f.accountNumber}`;
const death = (f: Facts) => `${f.deceasedFull}, born on ${f.dateOfBirth}, died on ${f.dateOfDeath}. The last home address was ${f.deceasedAddress}.`;
const firstLetter = (f: Facts) => `On ${f.previousLetterDate}, on behalf of the family of ${f.deceasedFull}, who died on ${f.dateOfDeath}, I asked you to ${act(f)} ${contractOf(f)}.`;

export const en: Words = {
  titles: {
    cancellation: 'Cancellation following a death',
    transfer: 'Request to transfer a contract following a death',
    information_supplied: 'Further information',
    reminder: 'Reminder',
    escalation: 'Complaint: no answer to our request',
    dispute: 'Dispute of an invoice after the end date',
    collection_stop: 'URGENT: stop debt collection',
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
          `Please find the requested information enclosed. Please now complete ${actNoun(f)} and confirm it to me in writing${f.dueDate ? ` by ${f.dueDate}` : ''}.`,
        ];
      case 'reminder':
        return [
          firstLetter(f),
          'I have not yet received your answer. For the family it matters that this is settled soon.',
          `Please confirm ${actNoun(f)} in writing${f.dueDate ? ` by ${f.dueDate}` : ' as soon as possible'}.`,
        ];
      case 'escalation':
        return [
          firstLetter(f),
          'Despite my reminder I still have not received an answer. I am therefore filing a complaint.',
          `Please handle this with priority and confirm ${actNoun(f)}${f.dueDate ? ` by ${f.dueDate}` : ''}. If I receive no answer, I will take the complaint to the disputes committee or ombudsman for your sector.`,
        ];
      case 'dispute':
        return [
          `${f.deceasedFull} died on ${f.dateOfDeath}. You confirmed that ${contractOf(f)} ended on ${f.effectiveDate ?? f.endDate}.`,
          `Nevertheless the family received your invoice ${f.input.invoice?.reference} dated ${f.input.invoice ? en.date(f.input.invoice.invoiceDate) : ''} for ${f.input.invoice ? en.money(f.input.invoice.amount) : ''}. It covers the period after the end date and is therefore not owed.`,
          `Please cancel the invoice, stop any collection and confirm this to me in writing${f.dueDate ? ` by ${f.dueDate}` : ''}.`,
        ];
      case 'collection_stop': {
        const c = f.input.collection;
        return [
          `The family of ${f.deceasedFull}, who died on ${f.dateOfDeath}, received a debt-collection letter${c?.agency ? ` from ${c.agency}` : ''}${c?.reference ? ` with reference ${c.reference}` : ''}${c?.amount ? ` for ${en.money(c.amount)}` : ''} about ${contractOf(f)}.`,
          `This contract ended on ${f.effectiveDate ?? f.endDate}. A claim for the period after that date is not justified.`,
          'Please stop the collection immediately, charge no costs and do not contact the family about it again. Please confirm this in writing today.',
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
