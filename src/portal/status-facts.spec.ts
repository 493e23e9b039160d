import { factsOf } from './status-facts';

describe("a family card's facts, one to a line", () => {
  it('ends a fact where a sentence ends, in Dutch and English, with a date, a quote or a question', () => {
    expect(factsOf('Zuidbank heeft niet gereageerd op ons bezwaar tegen de rekening. We hebben een klacht ingediend.')).toEqual([
      'Zuidbank heeft niet gereageerd op ons bezwaar tegen de rekening.',
      'We hebben een klacht ingediend.',
    ]);
    expect(factsOf('KPN confirmed the end date (31 December 2026). Your contact person is looking into it.')).toEqual(['KPN confirmed the end date (31 December 2026).', 'Your contact person is looking into it.']);
    expect(factsOf('Ziggo vroeg: „Welke datum?” Uw vaste contactpersoon antwoordt.')).toEqual(['Ziggo vroeg: „Welke datum?”', 'Uw vaste contactpersoon antwoordt.']);
  });

  it('does not end a fact at an abbreviation or an initial followed by a capital (o.a. KPN, t.n.v. Erven J.H. de Vries, art. 7:271 BW)', () => {
    expect(factsOf('We schreven o.a. KPN en Ziggo aan. Zij antwoorden binnen tien werkdagen.')).toEqual(['We schreven o.a. KPN en Ziggo aan.', 'Zij antwoorden binnen tien werkdagen.']);
    expect(factsOf('Het saldo gaat naar de rekening t.n.v. Erven J.H. de Vries. We wachten daarop.')).toEqual(['Het saldo gaat naar de rekening t.n.v. Erven J.H. de Vries.', 'We wachten daarop.']);
    expect(factsOf('De huur eindigt volgens art. 7:271 BW na een maand. Daarna is er niets meer te betalen.')).toEqual(['De huur eindigt volgens art. 7:271 BW na een maand.', 'Daarna is er niets meer te betalen.']);
    expect(factsOf('The balance goes to the account of the heirs of J. de Vries, i.e. Erven J.H. de Vries. We are waiting for it.')).toEqual([
      'The balance goes to the account of the heirs of J. de Vries, i.e. Erven J.H. de Vries.',
      'We are waiting for it.',
    ]);
  });

  it('keeps one fact whole', () => {
    expect(factsOf('KPN heeft de opzegging bevestigd.')).toEqual(['KPN heeft de opzegging bevestigd.']);
  });
});
