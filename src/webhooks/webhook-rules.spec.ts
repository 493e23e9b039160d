import { providerWords } from '../words';
import { decryptSecret, DELIVERY_FAILURES, deliveryFailureText, encryptSecret, newWebhookSecret, WEBHOOK_RETRY, webhookEventOf, webhookUrlProblem } from './webhook-rules';

describe('webhook rules', () => {
  it("turns the provider's letters into events, and nothing else", () => {
    expect(webhookEventOf({ letterKind: 'cancellation' })).toBe('request.created');
    expect(webhookEventOf({ letterKind: 'collection_stop' })).toBe('request.collection_stopped');
    expect(webhookEventOf({ letterKind: 'collection_stop', to: 'agency' })).toBeNull();
    expect([webhookEventOf({ letterKind: 'correction' }), webhookEventOf({ letterKind: 'withdrawal' }), webhookEventOf({ letterKind: 'document_erasure' }), webhookEventOf({ letterKind: 'document_correction' })]).toEqual(['request.corrected', 'request.withdrawn', 'request.erasure_requested', 'request.document_corrected']);
    expect([webhookEventOf({ letterKind: 'reminder' }), webhookEventOf({ letterKind: 'escalation' })]).toEqual([null, null]);
  });

  it('accepts only https URLs on public addresses', () => {
    expect(webhookUrlProblem('https://hooks.kpn.example/steward', false)).toBeNull();
    expect(webhookUrlProblem('http://hooks.kpn.example/steward', false)).toBe('must start with https://');
    expect(webhookUrlProblem('https://user:pw@hooks.kpn.example/', false)).toBe('must not carry a user name or password');
    for (const internal of ['https://127.0.0.1/', 'https://localhost:8443/', 'https://10.1.2.3/', 'https://169.254.169.254/latest', 'https://[::1]/', 'https://[fd00::1]/', 'https://[::ffff:192.168.1.1]/', 'https://intranet/']) {
      expect([internal, webhookUrlProblem(internal, false)]).toEqual([internal, 'must be a public address, not a loopback, private or local one']);
    }
    expect(webhookUrlProblem('https://127.0.0.1:8443/', true)).toBeNull();
    expect(webhookUrlProblem('not a url', true)).toBe('must be an absolute URL');
  });

  it('retries a delivery for almost three days, the waits growing from seconds to ten hours', () => {
    const waits = Array.from({ length: WEBHOOK_RETRY.maxAttempts - 1 }, (_, i) => WEBHOOK_RETRY.delayMs(i + 1));
    expect(waits.slice(0, 3)).toEqual([5_000, 300_000, 1_800_000]);
    expect(waits.every((wait, i) => i === 0 || wait >= waits[i - 1])).toBe(true);
    const hours = waits.reduce((sum, wait) => sum + wait, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(60);
    expect(hours).toBeLessThanOrEqual(72);
  });

  it('keeps the secret encrypted and gives it back only with the key', () => {
    const secret = newWebhookSecret();
    const key = Buffer.alloc(32, 7);
    const stored = encryptSecret(secret, key);
    expect(stored).not.toContain(secret.slice(6));
    expect(decryptSecret(stored, key)).toBe(secret);
    expect(() => decryptSecret(stored, Buffer.alloc(32, 8))).toThrow();
  });

  it('tells a delivery’s last error in the desk’s language, from the sender’s own forms and Node’s (audit80 WH-1)', () => {
    const said = (lang: 'nl' | 'en', lastError: string) => deliveryFailureText(providerWords(lang).hooks.failures, lastError);
    expect(said('nl', DELIVERY_FAILURES.status(500))).toBe('Uw endpoint antwoordde met HTTP 500.');
    expect(said('en', DELIVERY_FAILURES.status(503))).toBe('Your endpoint answered HTTP 503.');
    expect(said('nl', DELIVERY_FAILURES.timeout(10))).toBe('Uw endpoint antwoordde niet binnen 10 seconden.');
    expect(said('nl', DELIVERY_FAILURES.url(webhookUrlProblem('http://hooks.example/x', false)!))).toMatch(/^Steward verstuurt niet naar dit adres/);
    expect(said('nl', DELIVERY_FAILURES.internal('hooks.example'))).toMatch(/intern netwerkadres/);
    expect(said('nl', 'connect ECONNREFUSED 127.0.0.1:8443')).toBe('Uw endpoint was niet bereikbaar.');
    expect(said('nl', 'getaddrinfo ENOTFOUND hooks.example')).toBe('Uw endpoint was niet bereikbaar.');
    expect(said('nl', 'socket hang up')).toBe('Uw endpoint was niet bereikbaar.');
    expect(said('nl', 'self-signed certificate')).toBe('Het certificaat van uw endpoint werd niet aanvaard.');
    expect(said('en', "Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list")).toBe('Your endpoint’s certificate was not accepted.');
    expect(said('nl', 'something nobody foresaw')).toMatch(/^Het versturen is mislukt; de technische melding staat bij deze gebeurtenis in de API/);
  });
});
