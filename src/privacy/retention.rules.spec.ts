import { retentionStatisticsOf } from './retention.rules';

describe('the anonymous statistics a purged estate leaves', () => {
  const facts = {
    dateOfDeath: '2026-11-02',
    openedAt: new Date('2026-11-23T08:00:00Z'),
    closedAt: new Date('2027-02-01T08:00:00Z'),
    today: '2034-02-02',
    contracts: [{ category: 'telecom', action: 'cancel', outcome: 'closed', count: 2 }],
    familyMembers: 2,
    letters: 5,
    documents: 3,
  };

  it('keeps years, counts and the days to close, nothing finer', () => {
    expect(retentionStatisticsOf(facts)).toEqual({ purgeYear: 2034, deathYear: 2026, daysToClose: 70, familyMembers: 2, letters: 5, documents: 3, contracts: facts.contracts });
  });

  it('leaves the duration out when a date is not on the timeline', () => {
    expect(retentionStatisticsOf({ ...facts, closedAt: null }).daysToClose).toBeNull();
  });
});
