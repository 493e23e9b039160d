import { providerWords } from './index';

/** insurerwords (dropsrest's Not done): the desk's undo form of its own drop of a bank's costs names them as costs, never „factuur"; any other's keeps its invoice. */
describe("insurerwords: the desk's undo form of its own drop", () => {
  it("names a bank's own drop as its costs; an energy supplier's its invoice as before", () => {
    expect(providerWords('nl').charge.request.dropUndoneText('AB-1')).toBe('U meldde dat de kosten met kenmerk AB-1 zijn ingetrokken. Was dat een vergissing, draai het dan terug: ons bezwaar tegen de kosten loopt dan weer zoals daarvoor, en de contactpersoon, de familie en een incassobureau dat van de intrekking hoorde, horen dat.');
    expect(providerWords('en').charge.request.dropUndoneText('AB-1')).toMatch(/^You reported that the charge with reference AB-1 is withdrawn\. If that was a mistake, undo it: our objection to the charge then stands again/);
    expect(providerWords('nl').request.dropUndoneText('F-12')).toMatch(/^U meldde dat factuur F-12 is ingetrokken\. Was dat een vergissing/);
  });
});
