import { familyWords, ownerWords, providerWords } from '../words';
import { appointmentSaid, handoverAppointmentOf, takesHandoverAppointment } from './handover-appointment';

describe('rentkeys: the handover appointment of a lease', () => {
  // Each by its rule, which the desk's API and web form word in its language (`errorText`: „Tijd of dagdeel: vul dit in.").
  it('refuses each field by its rule: a day that does not exist, one past, no time, no place', () => {
    expect(handoverAppointmentOf({ on: '2027-02-30', time: ' ', place: '' }, '2026-12-01').errors.map(({ field, rule, limit }) => ({ field, rule, limit }))).toEqual([
      { field: 'on', rule: 'date', limit: '2027-02-30' },
      { field: 'time', rule: 'required', limit: undefined },
      { field: 'place', rule: 'required', limit: undefined },
    ]);
    expect(handoverAppointmentOf({ on: '2026-11-30', time: 'ochtend', place: 'Keizersgracht 112' }, '2026-12-01').errors).toEqual([
      { field: 'on', message: 'must not be before today, 2026-12-01', rule: 'beforeToday', limit: '2026-12-01' },
    ]);
    expect(providerWords('en').errors.refusals.beforeToday!('Date of the appointment')).toBe('Date of the appointment: this date is in the past.');
  });

  it('keeps what was given, trimmed, leaving out an empty optional field', () => {
    expect(handoverAppointmentOf({ on: '2027-01-29', time: ' ochtend ', place: 'Keizersgracht 112', bring: '', note: 'Bel aan.' }, '2026-12-01')).toEqual({
      appointment: { on: '2027-01-29', time: 'ochtend', place: 'Keizersgracht 112', note: 'Bel aan.' },
      errors: [],
    });
  });

  it('is a confirmed lease\'s only', () => {
    expect(takesHandoverAppointment('housing', 'cancel', '2027-01-31')).toBe(true);
    expect(takesHandoverAppointment('housing', 'cancel', null)).toBe(false);
    expect(takesHandoverAppointment('energy', 'cancel', '2027-01-31')).toBe(false);
  });

  it('reads to the desk, the owner and the family, nl and en', () => {
    const a = { on: '2027-01-29', time: '10:00', place: 'Keizersgracht 112, Amsterdam', bring: 'alle sleutels' };
    expect(providerWords('nl').request.handoverGiven(appointmentSaid(a, '29 januari 2027', providerWords('nl').request.handoverBring))).toBe('Afspraak voor de oplevering: 29 januari 2027, 10:00, Keizersgracht 112, Amsterdam. Meenemen: alle sleutels.');
    expect(providerWords('en').request.handoverGiven(appointmentSaid(a, '29 January 2027', providerWords('en').request.handoverBring))).toBe('Handover appointment: 29 January 2027, 10:00, Keizersgracht 112, Amsterdam. Bring: alle sleutels.');
    expect(ownerWords('en').contract.handoverAppointment('Eigen Haard', appointmentSaid(a, '29 January 2027', 'Bring'))).toBe('Handover of the home to Eigen Haard: 29 January 2027, 10:00, Keizersgracht 112, Amsterdam. Bring: alle sleutels. Go yourself or ask someone to go.');
    expect(familyWords('nl').handoverGiven('29 januari 2027', 'ochtend', 'Keizersgracht 112', null)).toBe('De woning wordt opgeleverd op 29 januari 2027, ochtend, Keizersgracht 112; neem de sleutels mee.');
    expect(familyWords('en').handoverGiven('29 January 2027', '10:00', 'Keizersgracht 112', 'all keys')).toBe('The home will be handed over on 29 January 2027, 10:00, Keizersgracht 112; bring the keys: all keys.');
  });
});
