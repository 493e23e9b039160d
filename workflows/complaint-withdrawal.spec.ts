import { rejectionAboutNumber, withdrawsComplaint } from './complaint-withdrawal';

describe('withdrawsComplaint: correcting the rejected number withdraws the complaint about that rejection', () => {
  const number = [{ field: 'accountNumber', from: '5550', to: '5505' }];

  it('withdraws it when the rejection named the customer number, in Dutch or English, or quoted it', () => {
    for (const reason of ['Dit klantnummer is bij ons niet bekend.', 'Klantnummer onbekend', 'Contract-nummer niet gevonden', 'Unknown customer number', 'Polisnummer klopt niet', 'Nummer 5550 kennen wij niet']) {
      expect({ reason, withdraws: withdrawsComplaint(reason, number) }).toEqual({ reason, withdraws: true });
    }
  });

  it('keeps the complaint for a correction of something else, or a rejection for another reason', () => {
    expect(withdrawsComplaint('Klantnummer onbekend', [{ field: 'description', from: 'Internet', to: 'Internet en tv' }])).toBe(false);
    expect(withdrawsComplaint('Klantnummer onbekend', [{ field: 'requestedEndDate', from: null, to: '2027-01-31' }])).toBe(false);
    expect(withdrawsComplaint('Dit is een zakelijk contract; alleen de KvK-inschrijving kan opzeggen.', number)).toBe(false);
    expect(withdrawsComplaint(null, number)).toBe(false);
  });

  it('withdraws it when the rejection says the customer is not known, in the words providers use for that', () => {
    for (const reason of [
      'Wij kennen deze klant niet.',
      'Onbekende klant',
      'Niet gevonden in onze administratie.',
      'Wij hebben deze klant niet kunnen vinden.',
      'Er is geen klant met deze gegevens bij ons bekend.',
      'Customer not found',
      'No such account',
      'We could not find this account in our records.',
      'Unknown customer',
    ]) {
      expect({ reason, withdraws: withdrawsComplaint(reason, number) }).toEqual({ reason, withdraws: true });
    }
  });

  it('keeps the complaint when the rejection is about who the customer is, or about a document not found', () => {
    for (const reason of [
      'De klant is niet de contracthouder.',
      'De overledene was niet de klant; de partner is contracthouder.',
      'De overlijdensakte is niet gevonden in onze administratie.',
      'We could not find the death certificate in our records.',
      'The customer must cancel in person.',
      'Klant heeft een zakelijk contract.',
    ]) {
      expect({ reason, withdraws: withdrawsComplaint(reason, number) }).toEqual({ reason, withdraws: false });
    }
  });

  it('does not read a short number into any reason', () => {
    expect(rejectionAboutNumber('Akte ontbreekt sinds 12 november', '12')).toBe(false);
  });
});
