import { complaintsBodyFor } from './complaints-bodies';

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
