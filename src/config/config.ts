import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

const toNumber = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

const toBool = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/** Outside production letters carry this obviously fictional KvK number. */
export const TEST_KVK_NUMBER = '00000000';

/** Encrypts webhook secrets outside production only (production requires STEWARD_WEBHOOK_KEY): 32 bytes. */
const DEVELOPMENT_WEBHOOK_KEY = Buffer.from('Steward development webhooks key');

/** Everything Steward reads from the environment, validated once at start-up. */
export class StewardConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Any external PostgreSQL; without it an embedded PostgreSQL is started under STEWARD_DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IsString()
  STEWARD_DATA_DIR = resolve('.data');

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'STEWARD_JWT_SECRET must be at least 32 characters' })
  STEWARD_JWT_SECRET?: string;

  @IsIn(['system', 'virtual'], { message: 'STEWARD_CLOCK must be "system" or "virtual"' })
  STEWARD_CLOCK: 'system' | 'virtual' = 'system';

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'STEWARD_CLOCK_START must be a date YYYY-MM-DD' })
  STEWARD_CLOCK_START?: string;

  @IsOptional()
  @IsEmail({}, { message: 'STEWARD_ADMIN_EMAIL must be an email address' })
  STEWARD_ADMIN_EMAIL?: string;

  @IsOptional()
  @MinLength(10, { message: 'STEWARD_ADMIN_PASSWORD must be at least 10 characters' })
  STEWARD_ADMIN_PASSWORD?: string;

  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  STEWARD_DEMO_DATA?: boolean;

  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  STEWARD_WORKERS?: boolean;

  /** SMTP server for letters to providers on the email channel, e.g. smtp://user:pass@mail.example:587. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsEmail({}, { message: 'STEWARD_MAIL_FROM must be an email address' })
  STEWARD_MAIL_FROM = 'nazorg@steward.example';

  /** The specialists' organisation, printed in every letter's sender block. */
  @IsString()
  @MinLength(1)
  STEWARD_ORG_NAME = 'Steward Nazorg';

  @IsString()
  STEWARD_ORG_STREET = 'Herengracht 100';

  @IsString()
  STEWARD_ORG_POSTAL_CODE = '1015 BS';

  @IsString()
  STEWARD_ORG_CITY = 'Amsterdam';

  /**
   * The organisation's KvK (Chamber of Commerce) number, in every letter's footer: art. 27
   * Handelsregisterwet asks for it on every letter. Required in production; elsewhere a test number.
   */
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'STEWARD_ORG_KVK must be the 8 digits of a KvK number' })
  STEWARD_ORG_KVK?: string;

  /** Where people reach Steward; magic links in emails to families point here. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/]+$/, { message: 'STEWARD_PUBLIC_URL must be an http(s) origin without a path, e.g. https://steward.example' })
  STEWARD_PUBLIC_URL?: string;

  /**
   * Behind a reverse proxy that terminates TLS: which proxies to believe about the client's address
   * and protocol (Express "trust proxy": a hop count, `loopback`, `uniquelocal` or addresses). Rate
   * limits then count real clients, and session cookies get the Secure flag.
   */
  @IsOptional()
  @IsString()
  STEWARD_TRUST_PROXY?: string;

  /** STEWARD_TRUST_PROXY as Express takes it: a number of hops, or the addresses to trust. */
  get trustProxy(): number | string | undefined {
    const value = this.STEWARD_TRUST_PROXY;
    return value && /^\d+$/.test(value) ? Number(value) : value;
  }

  /** Connections for pages, the API and the workers, per app instance. */
  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_DB_POOL_SIZE must be a whole number of connections' })
  @Min(2, { message: 'STEWARD_DB_POOL_SIZE must be at least 2' })
  STEWARD_DB_POOL_SIZE = 20;

  /** How long one SQL statement of a page or API call may run before it is stopped (503). */
  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(1, { message: 'STEWARD_STATEMENT_TIMEOUT_MS must be at least 1' })
  STEWARD_STATEMENT_TIMEOUT_MS = 5_000;

  /** Reports (dashboard, scorecards) run on their own small pool, so they can never starve the pages. */
  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_REPORT_POOL_SIZE must be a whole number of connections' })
  @Min(1, { message: 'STEWARD_REPORT_POOL_SIZE must be at least 1' })
  STEWARD_REPORT_POOL_SIZE = 4;

  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_REPORT_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(1, { message: 'STEWARD_REPORT_STATEMENT_TIMEOUT_MS must be at least 1' })
  STEWARD_REPORT_STATEMENT_TIMEOUT_MS = 30_000;

  /** Per statement in a background worker's transaction (outbox effects, deadlines, housekeeping). */
  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_WORKER_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(1, { message: 'STEWARD_WORKER_STATEMENT_TIMEOUT_MS must be at least 1' })
  STEWARD_WORKER_STATEMENT_TIMEOUT_MS = 15_000;

  /**
   * How long a delivery that leaves Steward (an e-mail's send) may run after its outbox row was claimed: then its connection is
   * closed. Below the row's lease (`LEASE_MS`, 5 minutes) less a minute to record the outcome, so no second worker takes a row
   * whose send still runs (a mail server that trickles its reply keeps every single wait short).
   */
  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_SEND_SECONDS must be a whole number of seconds' })
  @Min(1, { message: 'STEWARD_SEND_SECONDS must be between 1 and 240' })
  @Max(240, { message: 'STEWARD_SEND_SECONDS must be between 1 and 240' })
  STEWARD_SEND_SECONDS = 150;

  /** How long one uploaded file may take to be read as pages (`PrintableChecks`) before it is refused as unreadable. */
  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_PDF_CHECK_SECONDS must be a whole number of seconds' })
  @Min(1, { message: 'STEWARD_PDF_CHECK_SECONDS must be at least 1' })
  STEWARD_PDF_CHECK_SECONDS = 10;

  /** How many files are read as pages at once, each on its own thread; by default one fewer than the cores (at least one). */
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_PDF_CHECKS must be a whole number of threads' })
  @Min(1, { message: 'STEWARD_PDF_CHECKS must be at least 1' })
  STEWARD_PDF_CHECKS?: number;

  /** Bearer token Prometheus sends to GET /metrics; without it /metrics answers 404. */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'STEWARD_METRICS_TOKEN must be at least 24 characters' })
  STEWARD_METRICS_TOKEN?: string;

  /** The owner dashboard raises an alert when an owner's rolling family rating falls below this. */
  @Transform(toNumber)
  @IsNumber({}, { message: 'STEWARD_SATISFACTION_ALERT_BELOW must be a number between 1 and 5' })
  @Min(1, { message: 'STEWARD_SATISFACTION_ALERT_BELOW must be a number between 1 and 5' })
  @Max(5, { message: 'STEWARD_SATISFACTION_ALERT_BELOW must be a number between 1 and 5' })
  STEWARD_SATISFACTION_ALERT_BELOW = 3.5;

  /** Performed effects are kept this long (to trace what was sent), then pruned by a worker routine. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'STEWARD_OUTBOX_RETENTION_DAYS must be a whole number of days between 1 and 3650' })
  @Min(1, { message: 'STEWARD_OUTBOX_RETENTION_DAYS must be a whole number of days between 1 and 3650' })
  @Max(3650, { message: 'STEWARD_OUTBOX_RETENTION_DAYS must be a whole number of days between 1 and 3650' })
  STEWARD_OUTBOX_RETENTION_DAYS = 30;

  /**
   * A closed estate is kept this long, then purged. Seven years: the fiscal record-keeping duty
   * (art. 52 lid 4 Algemene wet inzake rijksbelastingen). Fixed for an estate when it closes.
   */
  @Transform(toNumber)
  @IsInt({ message: 'STEWARD_RETENTION_YEARS must be a whole number of years between 1 and 30' })
  @Min(1, { message: 'STEWARD_RETENTION_YEARS must be a whole number of years between 1 and 30' })
  @Max(30, { message: 'STEWARD_RETENTION_YEARS must be a whole number of years between 1 and 30' })
  STEWARD_RETENTION_YEARS = 7;

  /** 32 bytes (64 hex characters) that encrypt webhook signing secrets at rest; required in production. */
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'STEWARD_WEBHOOK_KEY must be 64 hexadecimal characters (32 bytes, e.g. `openssl rand -hex 32`)' })
  STEWARD_WEBHOOK_KEY?: string;

  /** Lets webhooks reach loopback and private addresses: for tests and local development only, refused in production. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  STEWARD_WEBHOOKS_ALLOW_PRIVATE?: boolean;

  /** A PEM file of certificate authorities trusted for webhook endpoints besides the system's (a private PKI, a test receiver). */
  @IsOptional()
  @IsString()
  STEWARD_WEBHOOKS_CA_FILE?: string;

  get organisation() {
    return { name: this.STEWARD_ORG_NAME, street: this.STEWARD_ORG_STREET, postalCode: this.STEWARD_ORG_POSTAL_CODE, city: this.STEWARD_ORG_CITY, kvkNumber: this.STEWARD_ORG_KVK ?? TEST_KVK_NUMBER };
  }

  get production(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Demo data by default everywhere but production, so `npm start` shows a working system. */
  get demoData(): boolean {
    return this.STEWARD_DEMO_DATA ?? !this.production;
  }

  /** Background workers (outbox, scheduler) run unless switched off, e.g. for a web-only instance. */
  get workers(): boolean {
    return this.STEWARD_WORKERS ?? true;
  }

  get publicUrl(): string {
    return this.STEWARD_PUBLIC_URL ?? `http://localhost:${this.PORT}`;
  }

  /** Outside production a fixed development key, so endpoints survive a restart of `npm start`. */
  get webhookKey(): Buffer {
    return this.STEWARD_WEBHOOK_KEY ? Buffer.from(this.STEWARD_WEBHOOK_KEY, 'hex') : DEVELOPMENT_WEBHOOK_KEY;
  }

  /** Outside production without `STEWARD_JWT_SECRET`, a per-process secret: sessions simply end when the server restarts. */
  private readonly processSecret = randomBytes(32).toString('hex');

  get jwtSecret(): string {
    return this.STEWARD_JWT_SECRET ?? this.processSecret;
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): StewardConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(StewardConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).flatMap((e) => Object.values(e.constraints ?? {}));
  if (config.production && config.STEWARD_CLOCK === 'virtual') {
    problems.push('STEWARD_CLOCK=virtual is refused in production: time must be real there');
  }
  if (config.production && !config.STEWARD_JWT_SECRET) {
    problems.push('STEWARD_JWT_SECRET is required in production (at least 32 characters)');
  }
  if (config.production && !config.STEWARD_ORG_KVK) {
    problems.push('STEWARD_ORG_KVK is required in production: every letter names the organisation\'s KvK number (art. 27 Handelsregisterwet)');
  }
  if (config.production && !config.STEWARD_WEBHOOK_KEY) {
    problems.push('STEWARD_WEBHOOK_KEY is required in production: it encrypts the webhook signing secrets (64 hex characters)');
  }
  if (config.production && config.STEWARD_WEBHOOKS_ALLOW_PRIVATE) {
    problems.push('STEWARD_WEBHOOKS_ALLOW_PRIVATE is refused in production: webhooks must not reach internal addresses');
  }
  if (Boolean(config.STEWARD_ADMIN_EMAIL) !== Boolean(config.STEWARD_ADMIN_PASSWORD)) {
    problems.push('STEWARD_ADMIN_EMAIL and STEWARD_ADMIN_PASSWORD go together: set both or neither');
  }
  if (problems.length) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
