import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StaffPrincipal } from '../auth/principal';
import { recordedAnswerEvent } from '../contracts/contract-events.dto';
import { ContractsService } from '../contracts/contracts.service';
import { EstatesService } from '../estates/estates.service';
import type { CreateProviderDto } from '../providers/provider.dto';
import { ProvidersService } from '../providers/providers.service';
import { DocumentsService } from '../documents/documents.service';
import { ProviderUsersService } from '../providers/provider-users.service';
import { UsersService } from '../users/users.service';
import { OutboxService } from '../runtime/outbox.service';

export const DEMO_SPECIALIST = { email: 'specialist@steward.example', password: 'steward-demo-1', name: 'Anna de Boer', phone: '+31 20 555 0101' };
export const DEMO_SECOND_SPECIALIST = { email: 'pieter@steward.example', password: 'steward-demo-2', name: 'Pieter Bakker', phone: '+31 20 555 0102' };
export const DEMO_ADMIN = { email: 'admin@steward.example', password: 'steward-admin-1', name: 'Beheer Steward' };
export const DEMO_DESK_USER = { email: 'desk@kpn.example', password: 'steward-desk-1', name: 'Eva Smit (KPN)' };
/** Maria's portal code in the demo; single use like every code (the case owner can issue a new one). */
export const DEMO_FAMILY_CODE = 'MARIA-DEMO-2026';

/** A one-page placeholder PDF standing in for a scanned death certificate in the demo. */
const DEMO_CERTIFICATE = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const address = (street: string, postalCode: string, city: string) => ({ street, postalCode, city, country: 'NL' });

/**
 * Real Dutch provider names so the demo feels familiar. Contact details are fictional
 * (`.example` addresses) so a demo can never write to a real company. The health insurer, the
 * pension fund and the SVB learn of a death through the BRP, as they do in life: the owner checks.
 */
export const DEMO_PROVIDERS: CreateProviderDto[] = [
  { name: 'KPN', category: 'telecom', channel: 'portal', slaBusinessDays: 10, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Team Nabestaanden', email: 'nabestaanden@kpn.example', postalAddress: address('Antwoordnummer 1001', '9700 VB', 'Groningen') } },
  { name: 'Odido', category: 'telecom', channel: 'email', slaBusinessDays: 10, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Afdeling Overlijden', email: 'overlijden@odido.example' } },
  { name: 'VodafoneZiggo', category: 'telecom', channel: 'post', slaBusinessDays: 15, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Klantenservice Nabestaanden', postalAddress: address('Postbus 43048', '3540 AA', 'Utrecht') } },
  { name: 'Vattenfall', category: 'energy', channel: 'email', slaBusinessDays: 10, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Team Overlijden', email: 'overlijden@vattenfall.example' } },
  { name: 'Eneco', category: 'energy', channel: 'portal', slaBusinessDays: 10, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Nabestaandenservice', email: 'nabestaanden@eneco.example' } },
  { name: 'Essent', category: 'energy', channel: 'post', slaBusinessDays: 15, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Afdeling Nabestaanden', postalAddress: address('Postbus 1484', '5200 BM', "'s-Hertogenbosch") } },
  { name: 'ING', category: 'bank', channel: 'portal', slaBusinessDays: 15, requiredDocuments: ['death_certificate', 'certificate_of_inheritance'], language: 'nl', contactPoint: { name: 'Team Nabestaanden', email: 'nabestaanden@ing.example' } },
  { name: 'Rabobank', category: 'bank', channel: 'email', slaBusinessDays: 15, requiredDocuments: ['death_certificate', 'certificate_of_inheritance'], language: 'nl', contactPoint: { name: 'Nabestaandenteam', email: 'nabestaanden@rabobank.example' } },
  { name: 'ABN AMRO', category: 'bank', channel: 'post', slaBusinessDays: 15, requiredDocuments: ['death_certificate', 'certificate_of_inheritance'], language: 'nl', contactPoint: { name: 'Afdeling Nalatenschappen', postalAddress: address('Postbus 283', '1000 EA', 'Amsterdam') } },
  { name: 'Centraal Beheer', category: 'insurance', channel: 'email', slaBusinessDays: 10, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Team Overlijden', email: 'overlijden@centraalbeheer.example' } },
  { name: 'Zilveren Kruis', category: 'insurance', informedByBrp: true, channel: 'portal', slaBusinessDays: 10, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Afdeling Verzekerdenadministratie', email: 'overlijden@zilverenkruis.example' } },
  { name: 'ABP', category: 'pension', informedByBrp: true, channel: 'portal', slaBusinessDays: 20, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'Team Nabestaandenpensioen', email: 'nabestaanden@abp.example' } },
  { name: 'Sociale Verzekeringsbank', category: 'government', informedByBrp: true, channel: 'post', slaBusinessDays: 20, requiredDocuments: ['death_certificate'], language: 'nl', contactPoint: { name: 'AOW-afdeling', postalAddress: address('Postbus 1100', '1180 BH', 'Amstelveen') } },
  { name: 'Ymere', category: 'housing', channel: 'email', slaBusinessDays: 10, requiredDocuments: ['death_certificate', 'certificate_of_inheritance'], language: 'nl', contactPoint: { name: 'Huuradministratie', email: 'huuropzegging@ymere.example' } },
  { name: 'NRC', category: 'subscription', channel: 'email', slaBusinessDays: 5, requiredDocuments: [], language: 'nl', contactPoint: { name: 'Lezersservice', email: 'lezersservice@nrc.example' } },
  { name: 'Netflix', category: 'subscription', channel: 'email', slaBusinessDays: 5, requiredDocuments: ['death_certificate'], language: 'en', contactPoint: { name: 'Member Services', email: 'bereavement@netflix.example' } },
  { name: 'ANWB', category: 'other', channel: 'portal', slaBusinessDays: 10, requiredDocuments: [], language: 'nl', contactPoint: { name: 'Ledenservice', email: 'ledenservice@anwb.example' } },
];

/** Fills an empty database with a working demo; does nothing when the demo specialist exists. */
export async function seedDemoData(app: INestApplication, logger: Logger): Promise<void> {
  const users = app.get(UsersService);
  if (await users.findByEmail(DEMO_SPECIALIST.email)) return;
  const providers = app.get(ProvidersService);
  const estates = app.get(EstatesService);
  const contracts = app.get(ContractsService);

  await users.ensureAdmin(DEMO_ADMIN.email, DEMO_ADMIN.password, DEMO_ADMIN.name);
  const anna = await users.create({ ...DEMO_SPECIALIST, role: 'specialist' });
  await users.create({ ...DEMO_SECOND_SPECIALIST, role: 'specialist' });
  const byName = new Map<string, string>();
  for (const dto of DEMO_PROVIDERS) byName.set(dto.name, (await providers.create(dto)).id);

  const owner: StaffPrincipal = { kind: 'staff', userId: anna.id, role: 'specialist', name: anna.name, lang: 'nl' };
  const jan = await estates.create(owner, {
    deceased: { givenNames: 'Jan Hendrik', surnamePrefix: 'de', surname: 'Vries', gender: 'male', dateOfBirth: '1946-05-14', dateOfDeath: '2026-11-02', address: address('Keizersgracht 112', '1015 CV', 'Amsterdam') },
    estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J.H. de Vries' },
  });
  const maria = await estates.addFamilyMember(owner, jan.id, {
    name: 'Maria de Vries-Jansen',
    email: 'maria@family.example',
    relation: 'partner',
    isHeir: true,
    isRepresentative: true,
    address: address('Keizersgracht 112', '1015 CV', 'Amsterdam'),
    dateOfBirth: '1949-08-21',
    phone: '+31 6 2345 6789',
    iban: 'NL44RABO0123456789',
  });
  await app.get(DataSource).transaction((manager) => estates.issueAccessCode(manager, maria.member.id, estates.newAccessCode(DEMO_FAMILY_CODE)));
  const kpn = await contracts.create(owner, jan.id, { providerId: byName.get('KPN')!, description: 'Internet en vaste telefonie', accountNumber: '1.2345.678', action: 'cancel' });
  await contracts.create(owner, jan.id, { providerId: byName.get('Vattenfall')!, description: 'Stroom en gas, Keizersgracht 112', accountNumber: '800.123.456', action: 'transfer', transferToFamilyMemberId: maria.member.id });
  const nrc = await contracts.create(owner, jan.id, { providerId: byName.get('NRC')!, description: 'Abonnement NRC digitaal', accountNumber: 'NRC-778812', action: 'cancel' });

  // Jan's death certificate is in, so the KPN request goes out and shows up in KPN's desk.
  await app.get(DocumentsService).upload(owner, jan.id, 'death_certificate', { originalname: 'akte-van-overlijden.pdf', buffer: DEMO_CERTIFICATE, size: DEMO_CERTIFICATE.length }, null);
  await contracts.request(owner, kpn.id);
  // NRC has already answered (by e-mail, which the owner recorded): the family sees a confirmed end date and is asked how it went.
  await contracts.request(owner, nrc.id);
  // Its letter is made and sent first, as the workers would have before NRC could answer it: a letter made after the answer
  // would ask NRC's quiet period's end as its term and quote the reference NRC gave in its answer.
  await app.get(OutboxService).drain();
  await contracts.recordProviderAnswer(owner, nrc.id, recordedAnswerEvent('completed', { effectiveDate: '2026-11-30', reference: 'LS-4471', finalInvoiceAmount: 7.5, receivedVia: 'email' }));
  await app.get(ProviderUsersService).create(byName.get('KPN')!, DEMO_DESK_USER);

  const sukru = await estates.create(owner, {
    deceased: { givenNames: 'Şükrü', surname: 'Yılmaz', gender: 'unknown', dateOfBirth: '1958-09-30', dateOfDeath: '2026-10-19', address: address('Laan van Meerdervoort 501', '2563 AT', 'Den Haag') },
    estateAccount: { iban: 'NL20INGB0001234567', holder: 'Erven Ş. Yılmaz' },
  });
  await estates.addFamilyMember(owner, sukru.id, { name: 'Elif Yılmaz', email: 'elif@family.example', relation: 'dochter', isHeir: true, isRepresentative: true });
  await contracts.create(owner, sukru.id, { providerId: byName.get('Odido')!, description: 'Mobiel abonnement 06-12345678', accountNumber: 'OD-99812', action: 'cancel' });
  await contracts.create(owner, sukru.id, { providerId: byName.get('ING')!, description: 'Betaalrekening', accountNumber: 'NL91 INGB 0001 2345 67', action: 'cancel' });

  logger.log({ msg: 'demo data seeded', specialist: DEMO_SPECIALIST.email, admin: DEMO_ADMIN.email, providerDesk: DEMO_DESK_USER.email, familyPortal: '/family/login' });
}
