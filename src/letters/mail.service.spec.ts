import { Logger } from '@nestjs/common';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SystemClock } from '../clock/clock';
import { loadConfig } from '../config/config';
import { MailService } from './mail.service';

describe('MailService without SMTP_URL', () => {
  it('writes each mail (access codes, magic links) readable by our own user only', async () => {
    jest.spyOn(Logger.prototype, 'log').mockImplementation();
    // A data folder that does not exist yet, as in a fresh clone.
    const dataDir = join(mkdtempSync(join(tmpdir(), 'steward-mail-')), '.data');
    const mail = new MailService(loadConfig({ NODE_ENV: 'test', STEWARD_DATA_DIR: dataDir }), new SystemClock());
    await mail.send({ to: 'maria@family.example', replyTo: 'anna@steward.example', subject: 'Uw code', text: 'Code: ABCD-EFGH-JKLM', messageId: '<invite-1@steward.example>' });
    mail.onApplicationShutdown();

    const dir = join(dataDir, 'outgoing-mail');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    // The data folder itself stays passable for others: embedded PostgreSQL (as `postgres` when we run as root) lives in it.
    expect(statSync(dataDir).mode & 0o111).toBe(0o111);
    const [file] = readdirSync(dir);
    expect(file).toMatch(/\.eml$/);
    expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
  });
});
