import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, StaffPrincipal } from '../auth/principal';
import { CredentialsService } from '../auth/credentials.service';
import { familyCodeLimits, newLinkLimits } from '../auth/login-limits';
import { LoginThrottle } from '../auth/login-throttle.service';
import { Clock, dutchDate } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { NotFoundProblem, ProblemException } from '../common/problem';
import { fullName } from '../estates/estate.entity';
import { formatAccessCode } from '../estates/estate.rules';
import { ACCESS_ENDED_EVENT, EstatesService, hashAccessCode } from '../estates/estates.service';
import { FamilyMember, portalMailAddress } from '../estates/family-member.entity';
import { MailService, OutgoingMail } from '../letters/mail.service';
import { errorKind, OutboxRow, OutboxService } from '../runtime/outbox.service';
import { WorkflowRuntime } from '../runtime/workflow-runtime.service';
import { TimelineService } from '../timeline/timeline.service';
import { type Lang, langOf } from '../words';
import { accessMail } from './family-mail';
import type { CaseOwnerContact } from '../words/family.nl';

/** A family session outlives a working day: relatives look in now and then over weeks. */
export const FAMILY_SESSION_SECONDS = 30 * 24 * 3600;

/** How long after a sign-in form redeemed a code that same form's post signs in again: a second tap on a slow phone, not a later visit. */
export const SIGN_IN_AGAIN_SECONDS = 60;

/**
 * authedge (audit93 F2): an API sign-in's one-off mark, as `redeem`'s `attempt`: its `Idempotency-Key` from its client address, as
 * the sign-in form's own mark is on the web (kept apart from those), so an app that sends one sign-in twice is signed in both times,
 * and nobody else with that key is. No key, no mark.
 */
export const apiSignIn = (idempotencyKey: string | undefined, client: string) => (idempotencyKey ? `api ${client} ${idempotencyKey}` : undefined);

/**
 * Family access: single-use, expiring codes (typed in, or carried by an emailed magic link) become a
 * session scoped to one family member of one estate. Failed attempts are counted per code tried and
 * client address, under a ceiling per address, by the limiter every login shares (`LoginThrottle`).
 */
@Injectable()
export class PortalAccessService implements OnModuleInit {
  private readonly logger = new Logger('portal-access');
  /** The key of the new links' codes kept in the database (`linkCodeKey`), once read. */
  private keptLinkKey?: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
    private readonly estates: EstatesService,
    private readonly credentials: CredentialsService,
    private readonly mail: MailService,
    private readonly timeline: TimelineService,
    private readonly runtime: WorkflowRuntime,
    private readonly outbox: OutboxService,
    private readonly throttle: LoginThrottle,
  ) {}

  onModuleInit(): void {
    this.outbox.register('portal_link', { deliver: (row, deadline) => this.sendNewLinkNow(row, deadline) });
  }

  /**
   * Redeems a code: the code is used up in the same statement that checks it, so it works once.
   * `chosen` is a language the relative picked before signing in (the portal's switch): it becomes
   * theirs, for the emails too, unless the case owner or the relative already chose one.
   */
  async redeem(code: string, client: string, chosen?: Lang, attempt?: string): Promise<{ accessToken: string; familyMember: { id: string; name: string }; caseOwner: CaseOwnerContact }> {
    const now = this.clock.now();
    const hash = hashAccessCode(code);
    // auditmend (audit93 F2): the sign-in form's own `attempt` (the API's: `apiSignIn`) marks the redemption, so its second tap (a slow phone) signs in as the first did.
    const again = attempt ? { by: createHash('sha256').update(attempt).digest('base64url'), since: new Date(now.getTime() - SIGN_IN_AGAIN_SECONDS * 1000) } : undefined;
    const member = await this.throttle.attempt(familyCodeLimits(hash, client), () => this.estates.redeemAccessCode(hash, now, chosen ?? null, again));
    if (!member) throw await this.whyRefused(hash, now);
    const accessToken = await this.credentials.issue({ sub: member.id, kind: 'family', v: member.session_version }, FAMILY_SESSION_SECONDS);
    // Whom the portal's login page names once this session has run out (`caseOwner`, kept in a signed cookie).
    const { owner } = await this.estates.findWithOwner(member.estate_id);
    return { accessToken, familyMember: { id: member.id, name: member.name }, caseOwner: { name: owner.name, phone: owner.phone, email: owner.email } };
  }

  /**
   * The case owner invites a family member: a new code (the old one stops working, and so do sessions
   * opened with it) and, when we have their email address, a magic link to it. The code is returned
   * once, to read out on the phone.
   */
  async invite(principal: StaffPrincipal, estateId: string, familyMemberId: string) {
    const { member, code } = await this.db.transaction(async (manager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager);
      const member = await manager.findOneBy(FamilyMember, { id: familyMemberId, estateId: estate.id });
      if (!member) throw new NotFoundProblem();
      // An owner re-invites when a code went astray: the new code also signs out whoever used an earlier one.
      const code = await this.estates.issueAccessCode(manager, member.id);
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor: actorOf(principal),
        event: 'family_member.invited',
        summary: `${member.name} was invited to the family portal${member.email ? ' by email' : ''}.`,
        details: { familyMemberId: member.id, name: member.name, byEmail: !!member.email },
      });
      return { member, code };
    });
    // The new code stands either way; if the mail server fails, the owner reads the code out instead.
    const emailed = member.email
      ? await this.mail.send(await this.magicLinkMail(this.db.manager, member, code.accessCode, code.accessCodeExpiresAt, `<portal-${member.id}-${this.clock.now().getTime()}@steward>`)).then(
          () => true,
          (error) => {
            this.logger.error({ msg: 'portal link not sent', familyMemberId: member.id, error: errorKind(error) });
            return false;
          },
        )
      : false;
    return { ...code, emailedTo: emailed ? member.email : null, emailFailedTo: !emailed ? member.email : null };
  }

  /**
   * The case owner withdraws a family member's portal access: their code stops working, their sessions
   * end, and "send me a new link" sends them nothing until the owner invites them again. They stay
   * recorded (heir, representative, letters addressed to them); withdrawing twice changes nothing.
   */
  async withdraw(principal: StaffPrincipal, estateId: string, familyMemberId: string): Promise<FamilyMember> {
    return this.db.transaction(async (manager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager);
      const member = await manager.findOneBy(FamilyMember, { id: familyMemberId, estateId: estate.id });
      if (!member) throw new NotFoundProblem();
      if (member.accessWithdrawnAt) return member;
      await this.estates.endAccess(manager, member.id, true);
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor: actorOf(principal),
        event: ACCESS_ENDED_EVENT,
        summary: `${member.name}'s access to the family portal was withdrawn.`,
        details: { familyMemberId: member.id, name: member.name, withdrawn: true },
      });
      return (await this.estates.familyMember(member.id, manager))!;
    });
  }

  /**
   * "Send me a new link": for every family member with this address, a fresh code by email. The answer
   * never says whether the address is known, so it cannot be used to find out who is bereaved: the
   * emails are queued, not sent while the visitor waits. The new code replaces the old one only when
   * the mail server has taken the email (see `sendNewLinkNow`), so a failed mail leaves a working code.
   */
  async sendNewLink(email: string, client: string): Promise<void> {
    // Every request counts against the client's limit (none is given back), so this cannot flood a mailbox.
    await this.throttle.take(newLinkLimits(client));
    await this.db.transaction(async (manager) => {
      // A withdrawn access comes back only through the case owner's invitation.
      const members = await manager.createQueryBuilder(FamilyMember, 'm').where('lower(m.email) = lower(:email) AND m.access_withdrawn_at IS NULL', { email }).getMany();
      for (const member of members) {
        const estate = (await this.runtime.find(manager, 'estate', member.estateId))!;
        await this.outbox.enqueue(manager, { estateId: member.estateId, contractId: null, instanceId: estate.id, kind: 'portal_link', payload: { familyMemberId: member.id, email: member.email } });
      }
    });
  }

  /**
   * The queued new link. Issue 13: the claim committed, then the network, holding no row (the owner may correct the relative
   * meanwhile). Its code is stored before the e-mail goes, beside the code in use (opsbatch: a crash after the send once left the
   * mailed code dead), and becomes the code in use once the mail server took it, so a failed mail leaves the working code; only if
   * it is still asked for: access withdrawn or the address corrected meanwhile, the code it carried never works. The code is the
   * row's own (`linkCode`), so an attempt after a crash mails the same code as the first.
   */
  private async sendNewLinkNow(row: OutboxRow, deadline: AbortSignal): Promise<void> {
    const asked = row.payload as unknown as { familyMemberId: string; email?: string };
    const code = this.estates.newAccessCode(linkCode(await this.linkCodeKey(), row.id));
    const member = await this.db.transaction(async (manager) => {
      const now = await manager.findOne(FamilyMember, { where: { id: asked.familyMemberId }, lock: { mode: 'pessimistic_write' } });
      return now && stillAsked(now, asked) && (await this.estates.stageLinkCode(manager, now.id, code)) ? now : null;
    });
    if (!member) return;
    // One Message-ID per outbox row, every attempt alike: a retry the relative's mail client already has shows as the one mail.
    await this.mail.send(await this.magicLinkMail(this.db.manager, member, code.accessCode, code.accessCodeExpiresAt, `<portal-link-${row.id}@steward>`), deadline);
    await this.db.transaction(async (manager) => {
      const now = await manager.findOne(FamilyMember, { where: { id: member.id }, lock: { mode: 'pessimistic_write' } });
      if (now && stillAsked(now, asked)) await this.estates.issueLinkCode(manager, member.id, code);
    });
  }

  /**
   * The key of a new link's code (`linkCode`, printmerge): the configured signing secret (`STEWARD_JWT_SECRET`, required in
   * production); without one, a key made once and kept in the database (`portal_link_key`), not the per-process secret, so an
   * attempt after a restart, or on another instance on the same database, mails the code the first attempt did. The database, not
   * the data directory: every instance shares it (a worker beside the app, `DATABASE_URL` with no data directory).
   */
  private async linkCodeKey(): Promise<string> {
    if (this.config.STEWARD_JWT_SECRET) return this.config.STEWARD_JWT_SECRET;
    if (!this.keptLinkKey) {
      // Two instances making it at once: the first insert stands, and both read it.
      await this.db.query(`INSERT INTO portal_link_key (secret) VALUES ($1) ON CONFLICT (one) DO NOTHING`, [randomBytes(32).toString('hex')]);
      this.keptLinkKey = ((await this.db.query(`SELECT secret FROM portal_link_key`)) as { secret: string }[])[0].secret;
    }
    return this.keptLinkKey;
  }

  /**
   * The invitation and the new link, in the member's language (Dutch until they or their contact person chose English). `messageId`:
   * an invitation's is its own (each carries a new code, sent once); a new link's is its outbox row's, the same on every attempt.
   */
  private async magicLinkMail(manager: EntityManager, member: FamilyMember, accessCode: string, expiresAt: Date, messageId: string): Promise<OutgoingMail> {
    const estate = await this.estates.findWithOwner(member.estateId, manager);
    const lang = langOf(member.language);
    const people = { member, owner: estate.owner, organisation: this.config.STEWARD_ORG_NAME, deceased: fullName(estate.deceased) };
    return {
      to: member.email!,
      replyTo: estate.owner.email,
      ...accessMail(lang, people, {
        // The link says which language its email spoke, so the page it opens speaks it too.
        link: `${this.config.publicUrl}/family/access?code=${encodeURIComponent(accessCode)}&lang=${lang}`,
        code: accessCode,
        loginUrl: `${this.config.publicUrl}/family/login`,
        validUntil: dutchDate(expiresAt),
      }),
      messageId,
    };
  }

  /** A used or expired code gets its own words, so the relative knows to ask for a new one. */
  private async whyRefused(hash: string, now: Date): Promise<ProblemException> {
    const member = await this.db.manager.findOne(FamilyMember, { where: { accessCodeHash: hash } });
    if (member?.accessCodeUsedAt) {
      return new ProblemException(401, 'access-code-used', 'This code has already been used. Ask your case owner for a new one, or request a new link.');
    }
    if (member?.accessCodeExpiresAt && member.accessCodeExpiresAt <= now) {
      return new ProblemException(401, 'access-code-expired', 'This code has expired. Ask your case owner for a new one, or request a new link.');
    }
    return new ProblemException(401, 'access-code-invalid', 'This code is not correct. Check it and try again.');
  }
}

/**
 * Whether a queued new link still goes to this member: not if the owner withdrew the access since (it stays withdrawn), nor if
 * the owner corrected the address it was asked at (the new address gets the owner's invitation, not one asked from the old mailbox).
 */
function stillAsked(member: FamilyMember, asked: { email?: string }): boolean {
  return !!portalMailAddress(member) && (asked.email === undefined || asked.email?.toLowerCase() === member.email?.toLowerCase());
}

/**
 * A new link's code, the same for every attempt of its outbox row (keyed by `linkCodeKey`, so with a configured secret the stored
 * rows do not give it away): the e-mail of an attempt after a crash or a restart carries the code the first one did.
 */
function linkCode(secret: string, outboxId: string): string {
  return formatAccessCode(createHmac('sha256', secret).update(`portal-link ${outboxId}`).digest());
}
