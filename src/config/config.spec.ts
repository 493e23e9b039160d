import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('starts with sensible defaults on a fresh machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.STEWARD_CLOCK).toBe('system');
    expect(config.demoData).toBe(true);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.STEWARD_SATISFACTION_ALERT_BELOW).toBe(3.5);
  });

  it('reads how many proxies to trust as a hop count, or as the addresses to trust', () => {
    expect(loadConfig({}).trustProxy).toBeUndefined();
    expect(loadConfig({ STEWARD_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ STEWARD_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('takes the satisfaction alert threshold only between 1 and 5', () => {
    expect(loadConfig({ STEWARD_SATISFACTION_ALERT_BELOW: '4' }).STEWARD_SATISFACTION_ALERT_BELOW).toBe(4);
    expect(() => loadConfig({ STEWARD_SATISFACTION_ALERT_BELOW: '7' })).toThrow(/STEWARD_SATISFACTION_ALERT_BELOW must be a number between 1 and 5/);
    expect(() => loadConfig({ STEWARD_PUBLIC_URL: 'steward.example/portal' })).toThrow(/STEWARD_PUBLIC_URL must be an http\(s\) origin/);
  });

  it('names every wrong setting in one clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty', STEWARD_CLOCK: 'sundial', DATABASE_URL: 'mysql://x' })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /^(?=[\s\S]*PORT must be an integer)(?=[\s\S]*STEWARD_CLOCK must be "system" or "virtual")(?=[\s\S]*DATABASE_URL must be a postgres)/,
        ),
      }),
    );
  });

  it('refuses the virtual clock and a missing secret in production', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', STEWARD_CLOCK: 'virtual' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('STEWARD_CLOCK=virtual is refused in production');
    expect(String(error)).toContain('STEWARD_JWT_SECRET is required in production');
  });

  it('requires the organisation\'s KvK number in production, for every letter\'s footer, and a test number elsewhere', () => {
    const production = { NODE_ENV: 'production', STEWARD_JWT_SECRET: 'x'.repeat(40), STEWARD_WEBHOOK_KEY: 'ab'.repeat(32) };
    expect(() => loadConfig(production)).toThrow(/STEWARD_ORG_KVK is required in production/);
    expect(loadConfig({ ...production, STEWARD_ORG_KVK: '12345678' }).organisation.kvkNumber).toBe('12345678');
    expect(() => loadConfig({ STEWARD_ORG_KVK: '1234' })).toThrow(/STEWARD_ORG_KVK must be the 8 digits of a KvK number/);
    expect(loadConfig({}).organisation.kvkNumber).toBe('00000000');
  });

  it('requires a webhook key in production and keeps webhooks off internal addresses there', () => {
    const production = { NODE_ENV: 'production', STEWARD_JWT_SECRET: 'x'.repeat(40), STEWARD_ORG_KVK: '12345678' };
    expect(() => loadConfig(production)).toThrow(/STEWARD_WEBHOOK_KEY is required in production/);
    expect(() => loadConfig({ ...production, STEWARD_WEBHOOK_KEY: 'too-short' })).toThrow(/64 hexadecimal characters/);
    expect(() => loadConfig({ ...production, STEWARD_WEBHOOK_KEY: 'ab'.repeat(32), STEWARD_WEBHOOKS_ALLOW_PRIVATE: 'true' })).toThrow(/STEWARD_WEBHOOKS_ALLOW_PRIVATE is refused in production/);
    expect(loadConfig({ ...production, STEWARD_WEBHOOK_KEY: 'ab'.repeat(32) }).webhookKey).toEqual(Buffer.alloc(32, 0xab));
    expect(loadConfig({}).webhookKey).toHaveLength(32);
  });

  it('wants the first admin email and password together', () => {
    expect(() => loadConfig({ STEWARD_ADMIN_EMAIL: 'a@example.org' })).toThrow(/go together/);
  });
});
