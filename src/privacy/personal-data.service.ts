import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorOf, StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { extensionOf, fileStem } from '../common/download';
import { ZipEntry, zipFileName, zipOf } from '../common/zip';
import { ContractsService } from '../contracts/contracts.service';
import { DocumentsService } from '../documents/documents.service';
import { fullName } from '../estates/estate.entity';
import { EstatesService } from '../estates/estates.service';
import { familyMemberView } from '../estates/family-member.entity';
import { LettersService } from '../letters/letters.service';
import { FamilyReportsService } from '../portal/family-reports.service';
import { FeedbackService } from '../portal/feedback.service';
import { TimelineService } from '../timeline/timeline.service';

/**
 * A family member's right of access and to data portability (AVG art. 15 and 20): everything
 * recorded about them as JSON, with the letters that name them and the files they sent us. The case
 * owner (or an administrator) downloads it and hands it over; the export itself is on the timeline.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly estates: EstatesService,
    private readonly contracts: ContractsService,
    private readonly documents: DocumentsService,
    private readonly letters: LettersService,
    private readonly familyReports: FamilyReportsService,
    private readonly feedback: FeedbackService,
    private readonly timeline: TimelineService,
  ) {}

  async export(principal: StaffPrincipal, estateId: string, memberId: string): Promise<{ fileName: string; zip: Buffer }> {
    return this.db.transaction(async (manager) => {
      const { estate, member } = await this.estates.requireFamilyMember(principal, estateId, memberId, manager);
      const letters = await this.letters.naming(manager, estate.id, member.name);
      const uploads = await this.documents.withContent(manager, (await this.documents.uploadedBy(manager, estate.id, member.id)).map((d) => d.id));
      const letterFiles = letters.filter((l) => l.pdf).map((l, i) => ({ letter: l, name: `brieven/${zipFileName(i, `${l.letterDate} ${l.subject}`, 'pdf')}` }));
      const uploadFiles = uploads.map((d, i) => ({ document: d, name: `documenten/${zipFileName(i, fileStem(d.fileName), extensionOf(d.mediaType))}` }));
      const { estateId: _estateId, ...person } = familyMemberView(member);
      const record = {
        exportedAt: this.clock.now().toISOString(),
        controller: { caseOwner: estate.owner.name },
        estate: { reference: estate.reference, deceased: fullName(estate.deceased) },
        person: {
          ...person,
          addedAt: member.createdAt.toISOString(),
          portalCode: { validUntil: member.accessCodeExpiresAt?.toISOString() ?? null, usedAt: member.accessCodeUsedAt?.toISOString() ?? null },
        },
        contractsInTheirName: await this.contracts.transferredTo(manager, estate.id, member.id),
        reports: await this.familyReports.byFamilyMember(manager, member.id),
        feedback: await this.feedback.byFamilyMember(manager, member.id),
        documentsSent: uploadFiles.map(({ document, name }) => ({ kind: document.kind, fileName: document.fileName, sentAt: document.createdAt.toISOString(), file: name })),
        lettersNamingThem: letterFiles.map(({ letter, name }) => ({ date: letter.letterDate, subject: letter.subject, recipient: letter.recipient, file: name })),
        timeline: (await this.timeline.aboutFamilyMember(manager, estate.id, member.id)).map((e) => ({ at: e.at, by: e.actor.name, what: e.summary })),
      };
      const entries: ZipEntry[] = [
        { name: 'persoonsgegevens.json', content: JSON.stringify(record, null, 2) },
        ...letterFiles.map(({ letter, name }) => ({ name, content: letter.pdf! })),
        ...uploadFiles.map(({ document, name }) => ({ name, content: document.content })),
      ];
      for (const document of uploads) await this.documents.logView(manager, document, actorOf(principal));
      await this.timeline.append(manager, {
        estateId: estate.id,
        actor: actorOf(principal),
        event: 'family_member.data_exported',
        summary: `${member.name}'s personal data exported on request (AVG art. 15/20).`,
        details: { familyMemberId: member.id, name: member.name },
      });
      return { fileName: `Persoonsgegevens ${member.name} ${estate.reference}.zip`, zip: await zipOf(entries, this.clock.now()) };
    });
  }
}
