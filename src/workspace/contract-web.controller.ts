import { Body, Controller, Get, Param, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { fromToday, IsFromToday, keepFromToday } from '../web/from-today';
import { DocumentUpload } from '../documents/document-upload';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, WebPage } from '../auth/auth.decorators';
import { BillNamedDto, BillPaidDto } from '../bills/bills.dto';
import { RefundAnswersDto, RefundReceivedDto } from '../refunds/refunds.dto';
import { RefundsService } from '../refunds/refunds.service';
import { BillsService } from '../bills/bills.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { sendFile } from '../common/download';
import { positionOf } from '../common/paging';
import { NotFoundProblem, type ProblemDocument, ProblemException } from '../common/problem';
import { IdParam } from '../common/uuid-param';
import { UpdateContractDto } from '../contracts/contract.dto';
import { CorrectCallDto, NoteDto, RecordCallDto } from '../contracts/contract-events.dto';
import { callsOf, ContractsService } from '../contracts/contracts.service';
import { requestedAudience, UploadDocumentDto } from '../documents/documents.controller';
import { DocumentsService, UploadedFile as File } from '../documents/documents.service';
import { EnclosuresService } from '../documents/enclosures.service';
import { sendPdf } from '../letters/letters.controller';
import { LettersService } from '../letters/letters.service';
import { EstatePostedDto, MarkPostedDto } from '../letters/print-batch.dto';
import { PRINT_BATCHES_CURSOR, PrintBatchesService, printLists, type PrintEnvelope, WAITING_LETTERS_CURSOR } from '../letters/print-batches.service';
import { TIMELINE_CURSOR, timelineLists } from '../timeline/timeline.service';
import { FORM_KEY_PATTERN, refusal, submitForm } from '../web/forms';
import { IsBackTrail, ListPageQueryDto } from '../web/pager';
import { CONTRACT_FORMS } from './contract-forms';
import { callsPageQuery, contractPage, type ContractPageState, previewRefusedPage } from './contract-pages';
import { EstateOverviewService } from './estate-overview.service';
import { printPage } from './print-pages';
import { APP_AREA } from './workspace-web.controller';

/** handover4's form: Today's button, or the estate page's, which names the page to come back to (estatebutton). */
class EstatePostedFormDto extends EstatePostedDto {
  @IsOptional()
  @IsIn(['estate'])
  back?: 'estate';
}

/** The print page: the batches' position, and the waiting letters' own (its second paged list; `limit` is per list). */
class PrintPageQueryDto extends ListPageQueryDto {
  /** Opened from Today: it offers the way back, and its buttons keep that. */
  @IsFromToday()
  from?: 'today';

  @IsOptional()
  @IsString()
  @MaxLength(400)
  waiting?: string;

  @IsBackTrail()
  waitingBack?: string;
}

/** The recorded calls' position (`?calls=&callsBack=`): older ones page on; a call's correction or withdrawal posts it along. */
class CallsPositionDto {
  /** The page was opened from a Today row: it offers the way back, and saving its forms keeps that. */
  @IsFromToday()
  from?: 'today';

  @IsOptional()
  @IsString()
  @MaxLength(400)
  calls?: string;

  @IsBackTrail()
  callsBack?: string;
}

/** A call's correction or withdrawal: the calls' position it posts along, beside the form's one-time key (`withFormKeys`). */
class CallFormQueryDto extends CallsPositionDto {
  @IsOptional()
  @Matches(FORM_KEY_PATTERN)
  form?: string;
}

/** The contract page: the notice of the post just done, and a document just uploaded for the answer (ticked in it). */
class ContractPageQueryDto extends CallsPositionDto {
  /** pagehist: the history's position (`?history=&historyBack=`): older entries page on. */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  history?: string;

  @IsBackTrail()
  historyBack?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  done?: string;

  @IsOptional()
  @IsUUID()
  enclose?: string;
}

/** askboth: the contract page's card a refund form belongs to: the money asked back's (`answers` askedBack), else the refund's. */
const moneyCard = (body: Record<string, unknown>) => (body.answers === 'askedBack' ? 'asked-back' : 'refund');

/** A refused "Op de post gedaan" (its problem's slug) as the notice the print page shows instead. */
const REFUSED_POSTING = new Map([
  ['print-batch-changed', 'printBatchChanged'],
  ['print-batch-not-downloaded', 'printBatchNotDownloaded'],
  ['print-batch-remerged', 'printBatchRemerged'],
]);

/** A contract's page and its forms, plus the letters, print batches and documents the workspace links to. */
@ApiExcludeController()
@WebPage(APP_AREA)
@Controller('app')
export class ContractWebController {
  constructor(
    private readonly overview: EstateOverviewService,
    private readonly contracts: ContractsService,
    private readonly letters: LettersService,
    private readonly documents: DocumentsService,
    private readonly batches: PrintBatchesService,
    private readonly enclosures: EnclosuresService,
    private readonly bills: BillsService,
    private readonly refunds: RefundsService,
    private readonly clock: Clock,
  ) {}

  @Get('contracts/:id')
  async show(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query() query: ContractPageQueryDto, @Res() res: Response) {
    const history = { cursor: query.history, back: query.historyBack };
    res.type('html').send(await this.pageAtCalls(p, id, query, { flash: query.done, enclose: query.enclose ? [query.enclose] : [], fromToday: fromToday(query.from), historyAt: history }));
  }

  /** The contract page with the recorded calls at `at` (their page, not the first, after a call's refused correction), its history at `state.historyAt`. */
  private async pageAtCalls(p: StaffPrincipal, id: string, at: CallsPositionDto, state: ContractPageState): Promise<string> {
    const overview = await this.overview.contract(p, id, positionOf(callsOf(id), at.calls, TIMELINE_CURSOR, 'calls'), positionOf(timelineLists.contract(id), state.historyAt?.cursor, TIMELINE_CURSOR, 'history'));
    return contractPage(p, overview, { ...state, callsAt: { cursor: at.calls, back: at.callsBack } });
  }

  /**
   * The upload beside a provider's question: the estate's document upload (same service, checks and
   * audience default), then back to the answer with the new document ticked, so supplying it is one more click.
   */
  @Post('contracts/:id/documents')
  @DocumentUpload()
  async upload(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @UploadedFile() file: File | undefined, @Query('from') from: unknown, @Res() res: Response) {
    const contract = await this.contracts.requireAccess(p, id);
    const { result, refused } = await submitForm(UploadDocumentDto, body, (dto) => this.documents.upload(p, contract.estateId, dto.kind, file, requestedAudience(dto)));
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: 'documents', form: { values: body, errors: refused.errors }, fromToday: fromToday(from) }));
    // A draft's upload completes the request (back to what it still needs); an answer's is ticked to send.
    res.redirect(303, keepFromToday(contract.state === 'draft' ? `/app/contracts/${id}?done=document#needed` : `/app/contracts/${id}?done=document&enclose=${result.id}#information`, fromToday(from)));
  }

  /** Send one request (the queue's button); a refusal (e.g. a missing document) is shown on the contract page. */
  @Post('contracts/:id/request')
  async request(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query('from') from: unknown, @Res() res: Response) {
    try {
      await this.contracts.request(p, id);
    } catch (error) {
      const { status, errors } = refusal(error);
      return res.status(status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: 'request', form: { errors }, fromToday: fromToday(from) }));
    }
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=sent`, fromToday(from)));
  }

  /** A correction, through the API's DTO and service (a correction letter once a request went out). */
  @Post('contracts/:id/correct')
  async correct(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Query('from') from: unknown, @Res() res: Response) {
    // A refused form names the rules against the record too (as the API does), so every field is fixed in one round.
    const { refused } = await submitForm(UpdateContractDto, body, (dto) => this.contracts.update(p, id, dto), {
      required: ['description', 'accountNumber'],
      // An emptied kind is the choice "not recorded".
      clearableFields: ['insuranceKind'],
      withRules: (dto, errors) => this.contracts.withCorrectionRules(p, id, dto, errors),
    });
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: 'correct', form: { values: body, errors: refused.errors }, fromToday: fromToday(from) }));
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=corrected`, fromToday(from)));
  }

  /**
   * A later end date dealt with, from Today or the contract page (`back=contract`), with the API's optional
   * note: it leaves the queue. Pressed again from an older page (another tab), it is handled all the same:
   * the same notice rather than the API's refusal. A refused note comes back on the contract page's form.
   */
  @Post('contracts/:id/later-end-date/handled')
  async laterEndDateHandled(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Query('back') back: unknown, @Query('from') from: unknown, @Res() res: Response) {
    const { refused } = await submitForm(NoteDto, body, (dto) =>
      this.contracts.markLaterEndDateHandled(p, id, dto.note || null).catch((error: unknown) => {
        if (!(error instanceof ProblemException && (error.getResponse() as ProblemDocument).type.endsWith('/nothing-to-handle'))) throw error;
      }),
    );
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: 'later-end-date', form: { values: body, errors: refused.errors }, fromToday: fromToday(from) }));
    res.redirect(303, back === 'contract' ? keepFromToday(`/app/contracts/${id}?done=handled`, fromToday(from)) : '/app?done=handled');
  }

  /** answerrest: the note of a withdrawn answer handled, from Today or the contract page (`back=contract`); pressed again, the same notice. */
  @Post('contracts/:id/answer-withdrawn/handled')
  async answerWithdrawnHandled(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query('back') back: unknown, @Query('from') from: unknown, @Res() res: Response) {
    await this.contracts.markAnswerWithdrawnHandled(p, id).catch((error: unknown) => {
      if (!(error instanceof ProblemException && (error.getResponse() as ProblemDocument).type.endsWith('/nothing-to-handle'))) throw error;
    });
    res.redirect(303, back === 'contract' ? keepFromToday(`/app/contracts/${id}?done=handled`, fromToday(from)) : '/app?done=handled');
  }

  /** A call the owner made ("Gesprek vastleggen"): the API's body and checks; a refusal comes back on the form. */
  @Post('contracts/:id/calls')
  async recordCall(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Query('from') from: unknown, @Res() res: Response) {
    const { refused } = await submitForm(RecordCallDto, body, (dto) => this.contracts.recordCall(p, id, dto), { booleanFields: ['shareWithFamily'], today: this.clock.today() });
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: 'calls', form: { values: body, errors: refused.errors }, fromToday: fromToday(from) }));
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=call-recorded#calls`, fromToday(from)));
  }

  /**
   * "Corrigeren" beside a recorded call: the API's correction with every field of the call sent back (the person
   * emptied is cleared, the box unticked unshares it). The form posts the calls' page along (`at`): a refusal comes
   * back open beside that call, on that page, with what she typed; the saved call is shown on that page too.
   */
  @Post('contracts/:id/calls/:callId/correct')
  async correctCall(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('callId') callId: string, @Query() at: CallFormQueryDto, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(CorrectCallDto, body, (dto) => this.contracts.correctCall(p, id, callId, dto), { booleanFields: ['shareWithFamily'], clearableFields: ['person'], required: ['calledOn', 'party', 'outcome'], today: this.clock.today() });
    if (refused) return res.status(refused.status).type('html').send(await this.pageAtCalls(p, id, at, { failed: 'call-correct', callId, form: { values: body, errors: refused.errors }, fromToday: fromToday(at.from) }));
    res.redirect(303, keepFromToday(`/app/contracts/${id}${callsPageQuery(at, 'call-corrected')}#call-${callId}`, fromToday(at.from)));
  }

  /** A call recorded in error, withdrawn; a refusal (withdrawn already, in another tab) comes back beside that call, on its page. */
  @Post('contracts/:id/calls/:callId/withdraw')
  async withdrawCall(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('callId') callId: string, @Query() at: CallFormQueryDto, @Res() res: Response) {
    try {
      await this.contracts.withdrawCall(p, id, callId);
    } catch (error) {
      const refused = refusal(error);
      return res.status(refused.status).type('html').send(await this.pageAtCalls(p, id, at, { failed: 'call-correct', callId, form: { values: {}, errors: refused.errors }, fromToday: fromToday(at.from) }));
    }
    res.redirect(303, keepFromToday(`/app/contracts/${id}${callsPageQuery(at, 'call-withdrawn')}#call-${callId}`, fromToday(at.from)));
  }

  /** A bill the estate owes, paid: the API's body and checks; a refusal shows in the bills' section. */
  @Post('contracts/:id/bills-paid')
  async billPaid(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Query('from') from: unknown, @Res() res: Response) {
    const { refused } = await submitForm(BillPaidDto, body, (dto) => this.bills.markPaidByOwner(p, id, dto));
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: 'bills', form: { values: body, errors: refused.errors }, fromToday: fromToday(from) }));
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=bill-paid#bills`, fromToday(from)));
  }

  @Post('contracts/:id/bills-paid/undo')
  async billUnpaid(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Query('from') from: unknown, @Res() res: Response) {
    const { refused } = await submitForm(BillNamedDto, body, (dto) => this.bills.undoByOwner(p, id, dto));
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: 'bills', form: { values: body, errors: refused.errors }, fromToday: fromToday(from) }));
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=bill-unpaid#bills`, fromToday(from)));
  }

  /** refund: what came of the provider's refund: the API's body and checks (an amount typed the Dutch way too); a refusal shows in its section. */
  @Post('contracts/:id/refund-received')
  async refundReceived(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Query('from') from: unknown, @Res() res: Response) {
    const { refused } = await submitForm(RefundReceivedDto, body, (dto) => this.refunds.recordReceivedByOwner(p, id, dto), { numberFields: ['amount'], required: ['amount', 'receivedOn'], today: this.clock.today(), lang: p.lang });
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: moneyCard(body), form: { values: body, errors: refused.errors }, fromToday: fromToday(from) }));
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=saved#${moneyCard(body)}`, fromToday(from)));
  }

  /** refundletter: the reminder letter of a late refund (the API's checks); a refusal shows in its section. */
  @Post('contracts/:id/refund-reminder')
  refundReminder(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Query('from') from: unknown, @Res() res: Response) {
    return this.refundButton(p, id, body, from, res, (answers) => this.refunds.remindByOwner(p, id, answers));
  }

  /** paiddrop: the letter asking back a final bill paid before the provider dropped the claim (the API's checks); a refusal shows on top. */
  @Post('contracts/:id/repayment-request')
  async repaymentRequest(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query('from') from: unknown, @Res() res: Response) {
    try {
      await this.refunds.askBackByOwner(p, id);
    } catch (error) {
      const refused = refusal(error);
      return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: 'repayment-request', form: { values: {}, errors: refused.errors }, fromToday: fromToday(from) }));
    }
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=saved#summary`, fromToday(from)));
  }

  @Post('contracts/:id/refund-received/undo')
  refundUndone(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Query('from') from: unknown, @Res() res: Response) {
    return this.refundButton(p, id, body, from, res, (answers) => this.refunds.undoByOwner(p, id, answers));
  }

  /** A button of the refund's or the money asked back's card (askboth: its hidden `answers` says which): done, back to that card; refused, the page with the refusal there. */
  private async refundButton(p: StaffPrincipal, id: string, body: Record<string, unknown>, from: unknown, res: Response, act: (answers: RefundAnswersDto['answers']) => Promise<unknown>) {
    const { refused } = await submitForm(RefundAnswersDto, body, (dto) => act(dto.answers));
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: moneyCard(body), form: { values: {}, errors: refused.errors }, fromToday: fromToday(from) }));
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=saved#${moneyCard(body)}`, fromToday(from)));
  }

  /** What the owner records about a contract: the API's bodies, the same workflow events and checks. */
  @Post('contracts/:id/:form')
  async act(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Param('form') name: string, @Body() body: Record<string, unknown>, @Query('from') from: unknown, @Res() res: Response) {
    const spec = Object.hasOwn(CONTRACT_FORMS, name) ? CONTRACT_FORMS[name] : undefined;
    if (!spec) throw new NotFoundProblem();
    const { refused } = await submitForm(spec.body, spec.fromPage ? spec.fromPage(body) : body, (dto) => {
      const event = spec.toEvent(dto);
      return spec.submit ? spec.submit({ contracts: this.contracts, enclosures: this.enclosures, bills: this.bills }, p, id, dto, event) : this.contracts.fire(p, id, event);
    }, { numberFields: spec.numberFields, booleanFields: spec.booleanFields?.(body), required: spec.required, arrayFields: spec.arrayFields, clearableFields: spec.clearableFields, today: this.clock.today(), lang: p.lang });
    if (refused) return res.status(refused.status).type('html').send(contractPage(p, await this.overview.contract(p, id), { failed: name, form: { values: body, errors: refused.errors }, fromToday: fromToday(from) }));
    res.redirect(303, keepFromToday(`/app/contracts/${id}?done=saved`, fromToday(from)));
  }

  /** The request letter as it would go out now: the PDF, or why the rules would block it. */
  @Get('contracts/:id/preview')
  async preview(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    const letter = await this.letters.preview(p, id);
    if (letter.pdf) return sendPdf(res, letter.pdf, 'preview.pdf');
    res.type('html').send(previewRefusedPage(p, id, letter.text, letter.violations));
  }

  @Get('letters/:id/pdf')
  async letterPdf(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    const letter = await this.letters.pdfForStaff(p, id);
    sendPdf(res, letter.pdf, `${letter.kind}-${letter.letterDate}.pdf`);
  }

  /** After correcting the data: the blocked letter is produced again and rechecked by the workers. */
  @Post('letters/:id/retry')
  async retry(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    await this.letters.retry(p, id);
    res.redirect(303, '/app?done=retried');
  }

  @Get('print')
  async printBatches(@CurrentPrincipal() p: StaffPrincipal, @Query() query: PrintPageQueryDto, @Res() res: Response) {
    const { cursor, back, limit, done, waiting, waitingBack, from } = query;
    const batches = await this.batches.page(p, positionOf(printLists.batches(p), cursor, PRINT_BATCHES_CURSOR), limit);
    const envelopes = await this.batches.envelopes(batches.items.map((b) => b.id));
    const queued = await this.batches.waiting(p, positionOf(printLists.waiting(p), waiting, WAITING_LETTERS_CURSOR, 'waiting'), limit);
    const titles = await this.letters.titlesOf([...[...envelopes.values()].flat(), ...queued.items].map((e) => e.id), p.lang);
    const titled = (e: PrintEnvelope) => ({ ...e, title: titles.get(e.id)! });
    const inBatches = new Map([...envelopes].map(([batchId, inside]) => [batchId, inside.map(titled)]));
    res.type('html').send(printPage(p, batches, inBatches, { ...queued, items: queued.items.map(titled) }, { cursor, back, limit: limit?.toString(), waiting: { cursor: waiting, back: waitingBack } }, done, fromToday(from)));
  }

  @Post('print')
  async printNow(@CurrentPrincipal() p: StaffPrincipal, @Query('from') from: unknown, @Res() res: Response) {
    await this.batches.printNow(p);
    res.redirect(303, keepFromToday('/app/print?done=printed', fromToday(from)));
  }

  /**
   * "Op de post gedaan": from now on the batch's letters count as sent (PrintBatchesService.markPosted). The form names
   * the batch as the page showed it; one that changed since, or whose PDF nobody downloaded yet (Today's button), comes
   * back to the page, which says why and shows it as it is now.
   */
  @Post('print/:id/posted')
  async printPosted(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() printed: MarkPostedDto, @Query('from') from: unknown, @Res() res: Response) {
    const done = await this.batches.markPosted(p, id, printed).then(
      () => 'posted',
      (error: unknown) => {
        const refused = error instanceof ProblemException ? REFUSED_POSTING.get(error.slug) : undefined;
        if (refused) return refused;
        throw error;
      },
    );
    res.redirect(303, keepFromToday(`/app/print?done=${done}`, fromToday(from)));
  }

  /**
   * handover4: Today's button on a row of his estate's letters in a colleague's batch, once she said they went (`markEstatePosted`);
   * estatebutton: the estate page's too, which comes back to the estate page (`back=estate`), kept as reached from Today when it was.
   */
  @Post('estates/:id/print-batches/:batchId/posted')
  async estatePosted(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('batchId') batchId: string, @Body() { letterCount, back }: EstatePostedFormDto, @Query('from') from: unknown, @Res() res: Response) {
    await this.batches.markEstatePosted(p, id, batchId, letterCount);
    res.redirect(303, back === 'estate' ? keepFromToday(`/app/estates/${id}?done=posted`, fromToday(from)) : '/app?done=posted');
  }

  /** The batch's PDF; one whose every letter was set apart (its term passed) has none: the page says so, and shows them waiting. */
  @Get('print/:id/pdf')
  async printPdf(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query('from') from: unknown, @Res() res: Response) {
    const pdf = await this.batches.pdf(p, id).catch((error: unknown) => {
      if (error instanceof ProblemException && error.slug === 'print-batch-set-apart') return null;
      throw error;
    });
    if (pdf) sendPdf(res, pdf, `print-batch-${id}.pdf`);
    else res.redirect(303, keepFromToday('/app/print?done=printBatchSetApart#waiting', fromToday(from)));
  }

  @Get('documents/:id')
  async document(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    const { document, content } = await this.documents.open(p, id);
    sendFile(res, { mediaType: document.mediaType, content, fileName: document.fileName });
  }
}
