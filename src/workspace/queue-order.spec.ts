import { queuePlace } from './queue-order';

/** Today's contracts, in the order `queuePlace` gives them (rank, term, id), by name. */
const ordered = (rows: { name: string; state: Parameters<typeof queuePlace>[0]; dueDate: string | null; lateSince: string | null }[]) =>
  rows
    .map((row) => {
      const { rank, term } = queuePlace(row.state, row.dueDate, row.lateSince);
      return { name: row.name, key: [String(rank), term, row.name] };
    })
    .sort((a, b) => (a.key.join('|') < b.key.join('|') ? -1 : 1))
    .map((row) => row.name);

describe("Today's order of contracts (queuePlace)", () => {
  it("puts the owner's late rejection above twenty provider reminders that went out by themselves", () => {
    const reminders = Array.from({ length: 20 }, (_, i) => ({ name: `reminder ${String(i).padStart(2, '0')}`, state: 'reminded' as const, dueDate: '2026-12-04', lateSince: null }));
    // The runtime renewed the rejection's term on 10 December (only the owner was alerted): late since then, whatever the new term says.
    const kpn = { name: 'KPN rejected', state: 'rejected' as const, dueDate: '2026-12-28', lateSince: '2026-12-10' };
    expect(ordered([...reminders, kpn])[0]).toBe('KPN rejected');
  });

  it("orders the owner's late moves by how long they are late, then her moves by their term, then what waits on a provider", () => {
    expect(
      ordered([
        { name: 'reminder', state: 'reminded', dueDate: '2026-12-01', lateSince: null },
        { name: 'ready to send', state: 'ready', dueDate: null, lateSince: null },
        { name: 'rejection due soon', state: 'rejected', dueDate: '2026-12-20', lateSince: null },
        { name: 'call late since 5 Dec', state: 'escalated', dueDate: '2026-12-30', lateSince: '2026-12-05' },
        { name: 'rejection late since 10 Dec', state: 'rejected', dueDate: '2026-12-28', lateSince: '2026-12-10' },
        { name: 'held bill due soon', state: 'disputeRejected', dueDate: '2026-12-15', lateSince: null },
        { name: 'collection stop asked', state: 'collectionStopRequested', dueDate: '2026-12-18', lateSince: null },
      ]),
    ).toEqual([
      'call late since 5 Dec',
      'rejection late since 10 Dec',
      'held bill due soon',
      'rejection due soon',
      // The owner's move with no term comes after those with one.
      'ready to send',
      'reminder',
      'collection stop asked',
    ]);
  });
});
