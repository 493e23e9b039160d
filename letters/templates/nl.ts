import { euros, letterDate } from '../dates';
import { contractLines, type Facts, type Words } from './words';

const act = (f: Facts) => (f.input.contract?.action === 'transfer' ? 'over te zetten' : 'te beëindigen');
const actNoun = (f: Facts) => (f.input.contract?.action === 'transfer' ? 'de tenaamstelling' : 'de beëindiging');
const contractOf = (f: Facts) => `het contract ${f.description} met klantnummer ${f.accountNumber}`;
const death = (f: Facts) => `${f.deceasedFull}, geboren op ${f.dateOfBirth}, is op ${f.dateOfDeath} overleden. Het laatste woonadres was ${f.deceasedAddress}.`;
const firstLetter = (f: Facts) => `Op ${f.previousLetterDate} heb ik u namens de nabestaanden van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, gevraagd ${contractOf(f)} ${act(f)}.`;

export const nl: Words = {
  titles: {
    cancellation: 'Opzegging na overlijden',
    transfer: 'Verzoek tot tenaamstelling na overlijden',
    information_supplied: 'Aanvullende informatie',
    reminder: 'Herinnering',
    escalation: 'Klacht: geen reactie op ons verzoek',
    dispute: 'Bezwaar tegen factuur na einddatum',
    collection_stop: 'DRINGEND: stop incasso',
    withdrawal: 'Intrekking van ons verzoek',
    progress_report: 'Voortgangsverslag',
    final_report: 'Eindverslag',
  },
  yourReference: 'Uw kenmerk',
  ourReference: 'Ons kenmerk',
  subjectLabel: 'Betreft',
  enclosuresLabel: 'Bijlagen',
  greetingOrganisation: 'Geachte heer, mevrouw,',
  greetingPerson: (name) => `Beste ${name},`,
  closing: 'Met vriendelijke groet,',
  role: 'Nabestaandenspecialist',
  phone: 'Telefoon (direct)',
  email: 'E-mail',
  attention: 't.a.v.',
  deliveredVia: 'Verzonden via',
  subject: (kind, f) =>
    kind === 'final_report'
      ? `Eindverslag afwikkeling contracten van ${f.deceasedFull}`
      : kind === 'progress_report'
        ? `Voortgang afwikkeling contracten van ${f.deceasedFull}`
        : `${nl.titles[kind]}: ${f.description}, klantnummer ${f.accountNumber}, van ${f.deceasedFull}`,
  body: (kind, f) => {
    switch (kind) {
      case 'cancellation':
        return [
          death(f),
          `Namens de nabestaanden van ${f.deceasedFormal} regel ik de afwikkeling van de lopende contracten. Ik verzoek u ${contractOf(f)} te beëindigen per ${f.endDate}.`,
          `Wilt u na de einddatum geen kosten meer in rekening brengen, een eventueel tegoed terugbetalen en mij de einddatum en de eindafrekening schriftelijk bevestigen${f.dueDate ? `, graag uiterlijk ${f.dueDate}` : ''}?`,
        ];
      case 'transfer':
        return [
          death(f),
          `De contracthouder is overleden en kan daarom niet zelf tekenen. Namens de nabestaanden verzoek ik u ${contractOf(f)} per ${f.endDate} over te zetten op naam van ${f.input.newHolder?.name} (${f.input.newHolder?.relation}).`,
          `Wilt u de tenaamstelling schriftelijk aan mij bevestigen${f.dueDate ? `, graag uiterlijk ${f.dueDate}` : ''}?`,
        ];
      case 'information_supplied':
        return [
          `U vroeg om aanvullende informatie over ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}${f.input.informationMessage ? `: "${f.input.informationMessage}"` : ''}.`,
          `Hierbij stuur ik u de gevraagde gegevens. Ik verzoek u ${actNoun(f)} nu af te ronden en mij die${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te bevestigen.`,
        ];
      case 'reminder':
        return [
          firstLetter(f),
          'Ik heb nog geen antwoord van u ontvangen. Voor de nabestaanden is het belangrijk dat dit snel geregeld is.',
          `Ik verzoek u ${actNoun(f)}${f.dueDate ? ` uiterlijk ${f.dueDate}` : ' zo spoedig mogelijk'} schriftelijk te bevestigen.`,
        ];
      case 'escalation':
        return [
          firstLetter(f),
          'Ondanks mijn herinnering heb ik nog steeds geen antwoord ontvangen. Hierbij dien ik daarom een klacht in.',
          `Ik verzoek u deze zaak met voorrang te behandelen en ${actNoun(f)}${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} te bevestigen. Blijft een reactie uit, dan leg ik de klacht voor aan de geschillencommissie of ombudsman voor uw branche.`,
        ];
      case 'dispute':
        return [
          `${f.deceasedFull} is op ${f.dateOfDeath} overleden. U heeft bevestigd dat ${contractOf(f)} is beëindigd per ${f.effectiveDate ?? f.endDate}.`,
          `Toch ontvingen de nabestaanden uw factuur ${f.input.invoice?.reference} van ${f.input.invoice ? nl.date(f.input.invoice.invoiceDate) : ''} voor een bedrag van ${f.input.invoice ? nl.money(f.input.invoice.amount) : ''}. Deze factuur gaat over de periode na de einddatum en is daarom niet verschuldigd.`,
          `Ik verzoek u de factuur in te trekken, een eventuele incasso te stoppen en mij dit${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te bevestigen.`,
        ];
      case 'collection_stop': {
        const c = f.input.collection;
        return [
          `De nabestaanden van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, ontvingen een incassobrief${c?.agency ? ` van ${c.agency}` : ''}${c?.reference ? ` met kenmerk ${c.reference}` : ''}${c?.amount ? ` voor ${nl.money(c.amount)}` : ''} over ${contractOf(f)}.`,
          `Dit contract is beëindigd per ${f.effectiveDate ?? f.endDate}. Een vordering over de periode daarna is niet terecht.`,
          'Ik verzoek u de incasso per direct te stoppen, geen kosten in rekening te brengen en de nabestaanden hierover niet meer te benaderen. Wilt u dit vandaag nog schriftelijk bevestigen?',
        ];
      }
      case 'withdrawal':
        return [firstLetter(f), 'Dit verzoek trek ik hierbij in. U hoeft er niets meer mee te doen.'];
      case 'progress_report':
        return [
          `Graag laat ik u weten hoe het staat met de afwikkeling van de contracten van ${f.deceasedFull}, overleden op ${f.dateOfDeath}.`,
          ...contractLines(f),
          'In het familieportaal ziet u per contract steeds wat er nu gebeurt en wanneer. U hoeft zelf niets te doen; ik houd alles in de gaten.',
          'Komt er een rekening of een brief op naam van uw dierbare, stuur die dan naar mij door of meld die in het portaal. Heeft u vragen, bel of mail mij gerust.',
        ];
      case 'final_report':
        return [
          `Met deze brief rond ik de afwikkeling van de contracten van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, af. Hieronder leest u wat er met elk contract is gebeurd.`,
          ...contractLines(f),
          'Komt er toch nog een rekening of een brief op naam van uw dierbare, stuur die dan naar mij door. Ik handel het voor u af.',
          'Ik wens u veel sterkte in de komende tijd.',
        ];
    }
  },
  correspondence: (f) =>
    `Wilt u alle verdere correspondentie hierover aan mij richten, ${f.ownerName}, ${f.ownerAddress} of per e-mail aan ${f.ownerEmail}, en niet meer aan het adres van de overledene?`,
  enclosed: 'De benodigde documenten vindt u in de bijlagen.',
  thanks: 'Dank u voor uw medewerking in deze moeilijke periode voor de familie.',
  asSoonAsPossible: (dateOfDeath) => `${dateOfDeath} (de datum van overlijden), of anders zo spoedig mogelijk`,
  date: (iso) => letterDate(iso, 'nl'),
  money: (amount) => euros(amount, 'nl'),
};
