import { ownersMove, queuePlace } from './queue-order';

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

describe("a row ranks as the owner's move when its badge says so (ownersMove)", () => {
  const says = { letter: undefined, brp: false, lateMove: false, decisionBeside: false };

  it("ranks a held bill's decision beside a disputed bill, and a letter held back or waiting for the post, with her moves", () => {
    const rows = [
      { name: 'reminder', state: 'reminded' as const, dueDate: '2026-12-01', says },
      { name: 'held bill beside a disputed one', state: 'disputed' as const, dueDate: '2026-12-20', says: { ...says, decisionBeside: true } },
      { name: 'complaint held back', state: 'escalated' as const, dueDate: '2026-12-02', says: { ...says, letter: 'heldBack' as const } },
      { name: 'request waiting for the post', state: 'requested' as const, dueDate: '2026-12-03', says: { ...says, letter: 'awaitingPost' as const } },
      { name: 'ready to send', state: 'ready' as const, dueDate: null, says },
    ];
    const place = (row: (typeof rows)[number]) => queuePlace(row.state, row.dueDate, null, ownersMove(row.state, row.says));
    const order = rows
      .map((row) => ({ name: row.name, key: `${place(row).rank}|${place(row).term}` }))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((row) => row.name);
    expect(order).toEqual(['complaint held back', 'request waiting for the post', 'held bill beside a disputed one', 'ready to send', 'reminder']);
  });

  it('leaves a disputed bill the provider has not answered, with its letter out, waiting on the provider', () => {
    expect(ownersMove('disputed', says)).toBe(false);
    // A letter by post only waits for the post in a state whose words say it reached the provider.
    expect(ownersMove('collectionStopRequested', { ...says, letter: 'awaitingPost' })).toBe(false);
  });
});
