import { ownerTimelineText } from '../timeline/owner-timeline';
import { familyEventText } from '../portal/portal.service';
import { providerWords } from '../words';
import { deskActions } from '../provider-desk/desk-rules';
import { HANDOVER_APPOINTMENT_GIVEN, type HandoverAppointmentGiven, sameAppointment } from './handover-appointment';

describe('rentkeys2: the handover appointment given, or changed, as each reader reads it', () => {
  const appointment = { on: '2027-01-29', time: '10:00', place: 'Keizersgracht 112, Amsterdam', bring: 'alle sleutels', note: 'Bel aan.' };
  const given: HandoverAppointmentGiven = { providerName: 'Eigen Haard', description: 'Huur woning', appointment, previous: null };
  const changed: HandoverAppointmentGiven = { ...given, appointment: { ...appointment, time: 'middag', bring: undefined, note: undefined }, previous: appointment };
  const entry = (details: HandoverAppointmentGiven) => ({ event: HANDOVER_APPOINTMENT_GIVEN, actorName: 'Desk', contractId: 'c', fromState: null, toState: null, summary: 'stored', details: { ...details } });

  it("says it in the owner's history, nl and en: given, and changed with the day and time it replaced", () => {
    expect(ownerTimelineText(entry(given), 'nl')).toBe('Huur woning: Eigen Haard gaf de afspraak voor de oplevering van de woning: 29 januari 2027, 10:00, Keizersgracht 112, Amsterdam. Meenemen: alle sleutels. Bel aan.');
    expect(ownerTimelineText(entry(changed), 'nl')).toBe('Huur woning: Eigen Haard wijzigde de afspraak voor de oplevering van de woning (was 29 januari 2027, 10:00): 29 januari 2027, middag, Keizersgracht 112, Amsterdam.');
    expect(ownerTimelineText(entry(given), 'en')).toBe('Huur woning: Eigen Haard gave the appointment for handing over the home: 29 January 2027, 10:00, Keizersgracht 112, Amsterdam. Bring: alle sleutels. Bel aan.');
    expect(ownerTimelineText(entry(changed), 'en')).toBe('Huur woning: Eigen Haard changed the appointment for handing over the home (was 29 January 2027, 10:00): 29 January 2027, middag, Keizersgracht 112, Amsterdam.');
  });

  it("tells the family the day and to bring the keys, nl and en", () => {
    expect(familyEventText(HANDOVER_APPOINTMENT_GIVEN, { ...given }, 'nl')).toBe('Eigen Haard gaf de afspraak voor de oplevering van de woning: 29 januari 2027, 10:00, Keizersgracht 112, Amsterdam. Neem de sleutels mee: alle sleutels. Bel aan.');
    expect(familyEventText(HANDOVER_APPOINTMENT_GIVEN, { ...changed }, 'nl')).toBe('Eigen Haard wijzigde de afspraak voor de oplevering van de woning (was 29 januari 2027, 10:00): 29 januari 2027, middag, Keizersgracht 112, Amsterdam. Neem de sleutels mee.');
    expect(familyEventText(HANDOVER_APPOINTMENT_GIVEN, { ...changed }, 'en')).toBe('Eigen Haard changed the appointment for handing over the home (was 29 January 2027, 10:00): 29 January 2027, middag, Keizersgracht 112, Amsterdam. Bring the keys.');
  });

  it("words the desk's thread line in its language, and lists the answer while it may be given", () => {
    expect(providerWords('nl').request.handoverThread('29 januari 2027, 10:00, Kerkstraat 1.', false)).toBe('U gaf de afspraak voor de oplevering: 29 januari 2027, 10:00, Kerkstraat 1.');
    expect(providerWords('en').request.handoverThread('29 January 2027, 10:00, Kerkstraat 1.', true)).toBe('You changed the handover appointment: 29 January 2027, 10:00, Kerkstraat 1.');
    expect(deskActions(['correct-completion'], undefined, true)).toEqual(['correct-completion', 'handover-appointment']);
    expect(deskActions(['correct-completion'], undefined)).toEqual(['correct-completion']);
  });

  it('is the same appointment given again when every field says the same, an empty optional field as one left out', () => {
    expect(sameAppointment(appointment, { ...appointment })).toBe(true);
    expect(sameAppointment({ ...appointment, note: undefined }, { ...appointment, note: '' } as never)).toBe(true);
    expect(sameAppointment(appointment, { ...appointment, time: '11:00' })).toBe(false);
    expect(sameAppointment(null, appointment)).toBe(false);
  });
});
