import { complaintsBodyOpensOn, complaintsBodyFor } from './complaints-bodies';

describe('complaints bodies named in escalations', () => {
  it('names none for pensions: funds and insurers have different bodies and the category does not tell them apart', () => {
    expect(complaintsBodyFor('pension', 'nl')).toBeNull();
    expect(complaintsBodyFor('subscription', 'en')).toBeNull();
  });

  it('names the Geschillencommissie only on the condition of affiliation, Kifid without one', () => {
    expect(complaintsBodyFor('telecom', 'nl')).toEqual({ name: 'de Geschillencommissie Telecommunicatie', ifAffiliated: true });
    expect(complaintsBodyFor('energy', 'en')).toEqual({ name: 'the Geschillencommissie Energie', ifAffiliated: true });
    expect(complaintsBodyFor('bank', 'nl')).toEqual({ name: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', ifAffiliated: false });
  });
});

describe('when a complaints body takes the case after our complaint to the provider', () => {
  it('Kifid: 8 weeks after the complaint; a Geschillencommissie: 4 weeks; none where the category has no body', () => {
    expect(complaintsBodyOpensOn('bank', '2027-01-08')).toBe('2027-03-05');
    expect(complaintsBodyOpensOn('insurance', '2027-01-08')).toBe('2027-03-05');
    expect(complaintsBodyOpensOn('telecom', '2027-01-08')).toBe('2027-02-05');
    expect(complaintsBodyOpensOn('energy', '2027-01-08')).toBe('2027-02-05');
    expect(complaintsBodyOpensOn('pension', '2027-01-08')).toBeNull();
  });
  it('never before the term our complaint gave the provider is over: 20 business days around Christmas end after 4 weeks', () => {
    expect(complaintsBodyOpensOn('telecom', '2026-12-04', '2027-01-05')).toBe('2027-01-06');
    expect(complaintsBodyOpensOn('telecom', '2027-01-08', '2027-02-05')).toBe('2027-02-06');
    expect(complaintsBodyOpensOn('bank', '2027-01-08', '2027-02-05')).toBe('2027-03-05');
  });
});
