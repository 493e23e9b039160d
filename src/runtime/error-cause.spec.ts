import { createServer } from 'node:net';
import { createTransport } from 'nodemailer';
import { errorKind, systemCause } from './outbox.service';

/** A port nobody listens on: taken and given back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('what the log says of a failed step (audit80 SMTP-1)', () => {
  it('names the cause of a mail server that is not reachable, host and port, as the operator needs it', async () => {
    const port = await closedPort();
    const error = await createTransport({ host: '127.0.0.1', port, connectionTimeout: 2000 })
      .sendMail({ from: 'steward@steward.example', to: 'overlijden@vattenfall.example', subject: 'x', text: 'x' })
      .catch((e: unknown) => e);
    // The kind alone said only "ESOCKET Error"; the cause says what the operator fixes.
    expect(errorKind(error)).toBe('ESOCKET Error');
    expect(systemCause(error)).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('leaves out what a mail server answered: its reply may quote an address', () => {
    const refused = Object.assign(new Error('Mailbox maria@family.example temporarily unavailable'), { responseCode: 451 });
    expect(systemCause(refused)).toBeUndefined();
    expect(systemCause('a string')).toBeUndefined();
  });
});
