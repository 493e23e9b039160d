import { familyWords, ownerWords, untilListed } from '.';

/** audit104 F1: the part owed of a bill disputed in part runs up to the transfer of a contract taken over, never an end date, nl and en. */
describe('untilListed: the owed part of a transferred contract’s bill', () => {
  const transferred = untilListed({ untilEnd: true, transferred: true });
  it('names the transfer date for a contract taken over, the end date for any other, nothing for a whole bill', () => {
    expect(transferred).toBe('transfer');
    expect(untilListed({ untilEnd: true, transferred: false })).toBe(true);
    expect(untilListed({ untilEnd: false, transferred: true })).toBe(false);
  });
  it('reads so for the owner and the family in both languages', () => {
    expect(ownerWords('nl').contract.billOwed('VF-EA-55', '€ 114,90', false, transferred)).toBe('Factuur VF-EA-55, deel tot en met de datum van overzetting, € 114,90');
    expect(ownerWords('en').contract.billOwed('VF-EA-55', '€114.90', false, transferred)).toBe('Invoice VF-EA-55, the part up to the transfer date, €114.90');
    expect(familyWords('nl').billToPay('Vattenfall', 'VF-EA-55', '€ 114,90', false, transferred)).toBe('Vattenfall: rekening VF-EA-55, het deel tot en met de datum van de overzetting, € 114,90');
    expect(familyWords('en').billToPay('Vattenfall', 'VF-EA-55', '€114.90', false, transferred)).toBe('Vattenfall: bill VF-EA-55, the part up to the date of the transfer, €114.90');
    expect(ownerWords('nl').contract.billOwed('X-1', '€ 10,00', false, true)).toBe('Factuur X-1, deel tot en met de einddatum, € 10,00');
  });
});
