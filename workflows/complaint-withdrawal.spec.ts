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

  it('does not read a short number into any reason', () => {
    expect(rejectionAboutNumber('Akte ontbreekt sinds 12 november', '12')).toBe(false);
  });
});
