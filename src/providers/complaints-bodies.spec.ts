import { complaintsBodyOpensOn, complaintsBodyFor } from './complaints-bodies';

describe('complaints bodies named in escalations', () => {
  it('names none for pensions: funds and insurers have different bodies and the category does not tell them apart', () => {
    expect(complaintsBodyFor('pension', null, 'nl')).toBeNull();
    expect(complaintsBodyFor('subscription', null, 'en')).toBeNull();
  });

  it('names the Geschillencommissie only on the condition of affiliation, Kifid without one', () => {
    expect(complaintsBodyFor('telecom', null, 'nl')).toEqual({ name: 'de Geschillencommissie Telecommunicatie', ifAffiliated: true });
    expect(complaintsBodyFor('energy', null, 'en')).toEqual({ name: 'the Geschillencommissie Energie', ifAffiliated: true });
    expect(complaintsBodyFor('bank', null, 'nl')).toEqual({ name: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', ifAffiliated: false });
  });

  it("names an insurer's body by the kind of insurance: the SKGZ for a health insurance, Kifid for life and property, none when not recorded", () => {
    expect(complaintsBodyFor('insurance', 'health', 'nl')).toEqual({ name: 'de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ)', ifAffiliated: false });
    expect(complaintsBodyFor('insurance', 'health', 'en')).toEqual({ name: 'the Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ)', ifAffiliated: false });
    expect(complaintsBodyFor('insurance', 'life', 'nl')?.name).toBe('het Klachteninstituut Financiële Dienstverlening (Kifid)');
    expect(complaintsBodyFor('insurance', 'property', 'en')?.name).toBe('the Klachteninstituut Financiële Dienstverlening (Kifid)');
    expect(complaintsBodyFor('insurance', 'unknown', 'nl')).toBeNull();
    expect(complaintsBodyFor('insurance', null, 'nl')).toBeNull();
  });
});

describe('when a complaints body takes the case after our complaint to the provider', () => {
  it('Kifid: 8 weeks after the complaint; the SKGZ: 6; a Geschillencommissie: 4; none where there is no body', () => {
    expect(complaintsBodyOpensOn('bank', null, '2027-01-08')).toBe('2027-03-05');
    expect(complaintsBodyOpensOn('insurance', 'life', '2027-01-08')).toBe('2027-03-05');
    expect(complaintsBodyOpensOn('insurance', 'health', '2027-01-08')).toBe('2027-02-19');
    expect(complaintsBodyOpensOn('insurance', 'unknown', '2027-01-08')).toBeNull();
    expect(complaintsBodyOpensOn('telecom', null, '2027-01-08')).toBe('2027-02-05');
    expect(complaintsBodyOpensOn('energy', null, '2027-01-08')).toBe('2027-02-05');
    expect(complaintsBodyOpensOn('pension', null, '2027-01-08')).toBeNull();
  });
  it('never before the term our complaint gave the provider is over: 20 business days around Christmas end after 4 weeks', () => {
    expect(complaintsBodyOpensOn('telecom', null, '2026-12-04', '2027-01-05')).toBe('2027-01-06');
    expect(complaintsBodyOpensOn('telecom', null, '2027-01-08', '2027-02-05')).toBe('2027-02-06');
    expect(complaintsBodyOpensOn('bank', null, '2027-01-08', '2027-02-05')).toBe('2027-03-05');
  });
});
