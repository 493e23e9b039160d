import { euros, letterDate } from '../dates';
import { withinDeliberationPeriod } from '../legal';
import { confirmedEnd, contractLines, type Facts, lastSent, type Words } from './words';

const act = (f: Facts) => (f.input.contract?.action === 'transfer' ? 'over te zetten' : 'te beëindigen');
const actNoun = (f: Facts) => (f.input.contract?.action === 'transfer' ? 'de tenaamstelling' : 'de beëindiging');
const contractOf = (f: Facts) => `het contract ${f.description} met klantnummer ${f.accountNumber}`;
const death = (f: Facts) => `${f.deceasedFull}, geboren op ${f.dateOfBirth}, is op ${f.dateOfDeath} overleden. Het laatste woonadres was ${f.deceasedAddress}.`;
/** Named only when the provider's category has one; never a vague "the ombudsman for your sector". */
const complaintsBody = (f: Facts) => (f.input.complaintsBody ? ` Blijft een passende reactie uit, dan leg ik de zaak voor aan ${f.input.complaintsBody}.` : '');
const firstLetter = (f: Facts) => `Op ${f.previousLetterDate} heb ik u namens de nabestaanden van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, gevraagd ${contractOf(f)} ${act(f)}.`;

export const nl: Words = {
  titles: {
    cancellation: 'Opzegging na overlijden',
    transfer: 'Verzoek tot tenaamstelling na overlijden',
    information_supplied: 'Aanvullende informatie',
    reminder: 'Herinnering',
    escalation: 'Klacht: geen reactie op ons verzoek',
    dispute: 'Bezwaar tegen factuur na einddatum',
    dispute_escalation: 'Klacht: geen reactie op ons bezwaar tegen uw factuur',
    collection_stop: 'DRINGEND: incasso opschorten',
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
          ...(f.input.informationAnswer ? [`Mijn antwoord: "${f.input.informationAnswer}"`] : []),
          `Ik verzoek u ${actNoun(f)} nu af te ronden en mij die${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te bevestigen.`,
        ];
      case 'reminder':
        return [
          firstLetter(f),
          'Ik heb nog geen antwoord van u ontvangen. Voor de nabestaanden is het belangrijk dat dit snel geregeld is.',
          `Ik verzoek u ${actNoun(f)}${f.dueDate ? ` uiterlijk ${f.dueDate}` : ' zo spoedig mogelijk'} schriftelijk te bevestigen.`,
        ];
      case 'escalation': {
        const reminded = lastSent(f, 'reminder');
        return [
          firstLetter(f),
          reminded
            ? `Op ${reminded} heb ik u een herinnering gestuurd. Ook daarop heb ik geen antwoord ontvangen. Hierbij dien ik daarom een klacht in.`
            : 'Ik heb nog geen antwoord van u ontvangen. Hierbij dien ik daarom een klacht in.',
          `Ik verzoek u deze zaak met voorrang te behandelen en ${actNoun(f)}${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} te bevestigen.${complaintsBody(f)}`,
        ];
      }
      case 'dispute': {
        const i = f.input.invoice;
        const end = confirmedEnd(f);
        return [
          `${f.deceasedFull} is op ${f.dateOfDeath} overleden.${end ? ` U heeft bevestigd dat ${contractOf(f)} is beëindigd per ${end}.` : ''}`,
          `Uw factuur ${i?.reference} van ${i && nl.date(i.invoiceDate)} betreft de periode ${i && nl.date(i.periodFrom)} tot en met ${i && nl.date(i.periodTo)} en bedraagt ${i && nl.money(i.amount)}. Daarvan betreft ${i && nl.money(i.disputed.amount)} de periode ${i && nl.date(i.disputed.from)} tot en met ${i && nl.date(i.disputed.to)}, na de einddatum. Tegen dat deel maak ik bezwaar; het is niet verschuldigd. Tegen het deel tot en met de einddatum maak ik geen bezwaar.`,
          `Ik verzoek u voor ${i && nl.money(i.disputed.amount)} een creditnota of een gecorrigeerde eindafrekening te sturen, of de factuur in te trekken, en mij dit${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te laten weten.`,
        ];
      }
      case 'dispute_escalation': {
        const i = f.input.invoice;
        return [
          `Op ${lastSent(f, 'dispute')} heb ik namens de nabestaanden van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, bezwaar gemaakt tegen uw factuur ${i?.reference} voor ${contractOf(f)}: ${i && nl.money(i.disputed.amount)} voor de periode ${i && nl.date(i.disputed.from)} tot en met ${i && nl.date(i.disputed.to)}, na de einddatum ${confirmedEnd(f)} die u heeft bevestigd.`,
          'Op dat bezwaar heb ik geen antwoord ontvangen. Hierbij dien ik daarom een klacht in.',
          `Ik verzoek u${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} voor dat bedrag een creditnota of gecorrigeerde eindafrekening te sturen, of de factuur in te trekken.${complaintsBody(f)}`,
        ];
      }
      case 'collection_stop': {
        const c = f.input.collection;
        const end = confirmedEnd(f);
        return [
          `De nabestaanden van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, ontvingen een incassobrief${c?.agency ? ` van ${c.agency}` : ''}${c?.reference ? ` met kenmerk ${c.reference}` : ''}${c?.amount ? ` voor ${nl.money(c.amount)}` : ''} over ${contractOf(f)}.${end ? ` U heeft bevestigd dat dit contract is beëindigd per ${end}.` : ''}`,
          ...(withinDeliberationPeriod(f.input.deceased.dateOfDeath, f.input.letterDate)
            ? ['Gedurende drie maanden na het overlijden kan op goederen van een nalatenschap die niet door alle erfgenamen zuiver is aanvaard geen verhaal worden genomen (artikel 4:185 lid 1 BW).']
            : []),
          'Incassokosten zijn voor een consument pas verschuldigd nadat hij na verzuim schriftelijk is aangemaand binnen veertien dagen te betalen, met vermelding van de gevolgen van niet betalen en de kosten (artikel 6:96 lid 6 BW). Zonder zo’n aanmaning aan de erfgenamen zijn geen incassokosten verschuldigd.',
          `Ik verzoek u de incasso op te schorten, de incassokosten te laten vervallen en de nabestaanden hierover niet meer te benaderen. Wilt u mij dit${f.dueDate ? ` uiterlijk ${f.dueDate}` : ' binnen veertien dagen'} schriftelijk bevestigen?${c?.copyTo ? ` Een afschrift van deze brief gaat naar ${c.copyTo}.` : ''}`,
          'Deze brief houdt geen erkenning van de vordering of aanvaarding van de nalatenschap in.',
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
