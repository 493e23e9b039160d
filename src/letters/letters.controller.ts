import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { validatedInput } from '../common/validation';
import { letterView } from './letter-view';
import { letterLists, LettersService } from './letters.service';
import { EstatePostedDto, MarkPostedDto } from './print-batch.dto';
import { LetterPreviewQueryDto } from './letter-preview.dto';
import { ReturnedDto } from './returned.dto';
import { PassedOnDto } from './passed-on.dto';
import { PRINT_BATCHES_CURSOR, PrintBatchesService, printLists } from './print-batches.service';
import { ReaddressNoticesService } from './readdress-notices.service';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { Idempotent } from '../idempotency/idempotency.interceptor';

export function sendPdf(res: Response, pdf: Buffer, fileName: string): void {
  sendFile(res, { mediaType: 'application/pdf', content: pdf, fileName });
}

@ApiTags('letters')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller()
export class LettersController {
  constructor(
    private readonly letters: LettersService,
    private readonly batches: PrintBatchesService,
  ) {}

  @ApiDoc({ summary: "The estate's letter archive", description: 'A page of its letters, sent or blocked by a rule (with the reason), newest first; `nextCursor` continues it. Each sent letter\'s `deliveryText` says where its delivery stands in the owner\'s words, as her pages say it (null for a letter not sent); `deliveryError` beside it is the internal English reason it failed or was set apart (a fixed phrase such as `term passed before printing`, or the mail server\'s answer), stable for clients that match on it; a letter set apart before it went out reads „niet verstuurd: …" with why.', problems: [400] })
  @Get('estates/:id/letters')
  async list(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() page: PageQueryDto) {
    const letters = await this.letters.listForEstate(principal, id, positionOf(letterLists.ofEstate(id), page.cursor, CREATED_AT_CURSOR), page.limit);
    return { ...letters, items: letters.items.map((l) => letterView(l, principal.lang)) };
  }

  @ApiDoc({
    summary: "Mark the estate's letters of a colleague's batch posted",
    description:
      "After a handover, the estate's letters may sit in a batch its previous owner downloaded and has not marked posted (Today's `lettersInOthersBatches`). Once she says they went, the estate's owner (or an administrator) marks them posted: from now on they count as sent, as her marking would have done, and the estate's history names whose batch it was (the entry's actor is who marked it). Only this estate's letters: the rest of her batch stays hers to mark. `letterCount` names what Today listed: a different number answers 409 `print-batch-changed`, a batch merged again or made again since she downloaded it 409 `print-batch-remerged` (she prints it again). `lateLetters` lists those whose printed deadline had passed: each is made anew. Marked before (or the batch posted whole), it answers as it stands. 404 for a batch holding none of the estate's letters, the caller's own batch, or an estate outside the caller's reach.",
    problems: [400, 409],
  })
  @Post('estates/:id/print-batches/:batchId/posted')
  @Idempotent()
  @HttpCode(200)
  async estatePosted(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('batchId') batchId: string, @Req() req: Request) {
    const { letterCount } = await validatedInput(EstatePostedDto, req.body ?? {});
    return this.batches.markEstatePosted(principal, id, batchId, letterCount);
  }

  @ApiDoc({ summary: 'Download a letter as PDF', description: 'The archived PDF, exactly as sent.' })
  @Get('letters/:id/pdf')
  async pdf(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    const letter = await this.letters.pdfForStaff(principal, id);
    sendPdf(res, letter.pdf, `${letter.kind}-${letter.letterDate}.pdf`);
  }

  @ApiDoc({ summary: "Preview a contract's next letter", description: 'The text and any rule it breaks; `format=pdf` renders it when it passes.', problems: [400, 422] })
  @Get('contracts/:id/letter-preview')
  async preview(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() { kind, format }: LetterPreviewQueryDto, @Res() res: Response) {
    const letter = await this.letters.preview(principal, id, kind);
    if (format === 'pdf' && letter.pdf) return sendPdf(res, letter.pdf, 'preview.pdf');
    res.json({ kind: letter.composed.kind, language: letter.composed.language, subject: letter.composed.subject, text: letter.text, violations: letter.violations, sendable: !letter.violations.length });
  }

  @ApiDoc({ summary: 'Retry a blocked letter', description: 'After the data was corrected: the letter is composed and checked again (202: it follows).', problems: [409] })
  @Post('letters/:id/retry')
  @Idempotent()
  @HttpCode(202)
  async retry(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    await this.letters.retry(principal, id);
    return { queued: true };
  }

  @ApiDoc({
    summary: 'Mark a report passed on',
    description:
      'A report to a relative whose portal access was withdrawn reached nobody (`notSentBecause`): the owner passed it on another way (`how`: by phone, in person, by post; `note` optional). It leaves Today (`reportsToPassOn`) and the letter lists `passedOn`. 409 `nothing-to-pass-on` for a letter that reached its addressee, `passed-on-already` for one marked before.',
    problems: [400, 409],
  })
  @Post('letters/:id/passed-on')
  @Idempotent()
  @ApiBody({ type: PassedOnDto })
  @HttpCode(200)
  async passedOn(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Req() req: Request) {
    // Read here rather than by the pipe, so a request without a body is told the field to send (`how`), not that the body is missing.
    const { how, note } = await validatedInput(PassedOnDto, req.body ?? {});
    return letterView(await this.letters.markPassedOn(principal, id, how, note ?? null), principal.lang);
  }

  @ApiDoc({
    summary: 'Record a letter by post that came back',
    description:
      "returnedpost: a posted letter came back undelivered on `returnedOn` (`reason` optional, as the envelope says). It reads „teruggekomen op … (niet bezorgd)” (`deliveryText`, `returned`; with `returned.remade` and until `replacedBy` is set: „Er wordt een nieuwe brief gemaakt”) and is made anew at once to the provider's address in the directory (check it first): the provider's term runs from the new letter. 409 `not-posted` for a letter not posted, `returned-already`; 422 naming `returnedOn` for a day before the posting (`beforePosting`) or after today (`future`).",
    problems: [400, 409, 422],
  })
  @Post('letters/:id/returned')
  @Idempotent()
  @ApiBody({ type: ReturnedDto })
  @HttpCode(200)
  async returned(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Req() req: Request) {
    const { returnedOn, reason } = await validatedInput(ReturnedDto, req.body ?? {});
    return letterView(await this.letters.markReturned(principal, id, returnedOn, reason ?? null), principal.lang);
  }

  @ApiDoc({
    summary: 'Record the address of a returned letter checked',
    description:
      "returneddismiss: the owner checked the address of a letter that came back (the directory's, which the letter made anew takes). It leaves Today (`lettersReturned`), the letter's `returned.addressCheckedAt` and `addressCheckedBy` (her name) are set, its `deliveryText` ends „Adres gecontroleerd door … op …”, and her history says who checked it. 409 `not-returned` for a letter not recorded as come back, `return-checked-already` for one checked before.",
    problems: [409],
  })
  @Post('letters/:id/return-checked')
  @Idempotent()
  @HttpCode(200)
  async returnChecked(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return letterView(await this.letters.markReturnChecked(principal, id), principal.lang);
  }
}

/** printaddr: the owner's Today rows for a directory correction that touched letters already gone to the old address. */
@ApiTags('letters')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller('readdress-notices')
export class ReaddressNoticesController {
  constructor(private readonly notices: ReaddressNoticesService) {}

  @ApiDoc({
    summary: 'Mark a corrected-address note seen',
    description:
      "printaddr: an administrator's correction of a provider's address made letters of the estate that had gone to the old address again, or not (Today's `readdressNotices`, one per estate and correction; the history says each letter). Marked seen, it leaves Today. 409 `nothing-to-handle` when it was marked before.",
    problems: [409],
  })
  @Post(':id/seen')
  @Idempotent()
  @HttpCode(204)
  async seen(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string): Promise<void> {
    await this.notices.markSeen(principal, id);
  }
}

/** The daily print batches of letters that go by post: a list and one merged PDF per day. */
@ApiTags('letters')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller('print-batches')
export class PrintBatchesController {
  constructor(private readonly batches: PrintBatchesService) {}

  @ApiDoc({ summary: 'List print batches', description: "A page of the daily batches of the caller's letters that go by post (an administrator's: everyone's), newest first; `nextCursor` continues it.", problems: [400] })
  @Get()
  list(@CurrentPrincipal() principal: StaffPrincipal, @Query() query: PageQueryDto) {
    return this.batches.page(principal, positionOf(printLists.batches(principal), query.cursor, PRINT_BATCHES_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'Batch the waiting post now', description: "Everything of mine waiting for the post, batched now instead of in tomorrow's run." })
  @Post()
  @Idempotent()
  @HttpCode(200)
  async printNow(@CurrentPrincipal() principal: StaffPrincipal) {
    return { batchIds: await this.batches.printNow(principal) };
  }

  @ApiDoc({ summary: 'View a print batch', description: "Its envelopes with their page counts: each letter's `subject` as printed (in the provider's language) and its `title` in the caller's language, as the print page shows it; `lateLetters` alike. A letter a colleague marked posted apart from the batch (the estate's owner after a handover, with `POST /estates/{id}/print-batches/{batchId}/posted`) carries `postedApart` (`byName`, `postedOn`; null otherwise): do not post it again. `postedApart` counts those, `postedWithBatch` the letters posted with the batch once it is marked." })
  @Get(':id')
  get(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return this.batches.get(principal, id);
  }

  @ApiDoc({
    summary: 'Mark a print batch posted',
    description:
      'Its envelopes went into the mail ("Op de post gedaan"): from now on its letters count as sent (`deliveryStatus` `posted`, `deliveredAt` this moment) and the timelines say so. Name what you printed (`sha256` or `letterCount` as the batch listed it; one is required, else 400 naming `sha256`): a batch that holds other letters by now answers 409 `print-batch-changed`, one merged again (or being merged) after a letter was taken out since it was downloaded 409 `print-batch-remerged` naming `sha256` (download and print it again), one whose PDF was never downloaded 409 `print-batch-not-downloaded` (download and print it first). `lateLetters` lists the letters whose printed deadline had passed by the day of posting: send those providers a new letter. `postedWithBatch` counts the letters this marking counted as sent, `postedApart` those a colleague marked posted before (not counted again). Idempotent: marking again keeps the first moment and who marked it.',
    problems: [400, 409],
  })
  @Post(':id/posted')
  @Idempotent()
  @HttpCode(200)
  async posted(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Req() req: Request) {
    // Read here rather than by the pipe, so a request without a body is told the field to send (`sha256`), not that the body is missing.
    return this.batches.markPosted(principal, id, await validatedInput(MarkPostedDto, req.body ?? {}));
  }

  @ApiDoc({ summary: "Download a print batch's PDF", description: 'Every letter with its enclosures, merged in envelope order.' })
  @Get(':id/pdf')
  async pdf(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    sendPdf(res, await this.batches.pdf(principal, id), `print-batch-${id}.pdf`);
  }
}
