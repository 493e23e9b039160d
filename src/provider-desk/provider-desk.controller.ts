import { Body, Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, For } from '../auth/auth.decorators';
import type { ProviderPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { IdParam } from '../common/uuid-param';
import { AcknowledgeDto, BalanceReleasedDto, CollectionStoppedDto, collectionStoppedEvent, CompleteDto, CompletionCorrectedDto, CreditNoteDto, disputeAnswerEvent, DisputeRejectionDto, DropUndoneDto, InvoiceWithdrawnDto, ProviderAnswer, providerAnswerEvent, RejectDto, rejectionWithdrawnEvent, RequestInformationDto, WithdrawRejectionDto } from '../contracts/contract-events.dto';
import { DeskHandoverAppointment, DeskRequest, DeskRequestWithThread, DeskTabCounts } from './desk-request.view';
import { AcknowledgeBatchDto, BatchItemResult, CompleteBatchDto, ExportQueryDto, MAX_BATCH, RequestFilterDto, TabCountsQueryDto, ThreadQueryDto } from './provider-desk.dto';
import { positionOf } from '../common/paging';
import { TIMELINE_CURSOR, timelineLists } from '../timeline/timeline.service';
import { cappedCount } from './desk-rules';
import { EXPORT_MAX_DAYS, exportPeriodProblems } from './export-period';
import { sendExport } from './export-download';
import { ProvidersService } from '../providers/providers.service';
import { ValidationProblem } from '../common/problem';
import { ProviderDeskService } from './provider-desk.service';
import { RefundPaidDto } from '../refunds/refunds.dto';
import { IDEMPOTENCY_HEADER, KeyedInTransaction } from '../idempotency/idempotency.interceptor';

const BATCH_IDEMPOTENCY = {
  ...IDEMPOTENCY_HEADER,
  description: 'as for a single answer: a retried batch with the same key returns the first batch\'s results, item for item (also when the first call was cut off half-way: what it did is not done again, the rest is); the same key with a different batch answers 422',
};
const BATCH_PROBLEMS = [400, [422, 'The Idempotency-Key was used for a different batch.']] as const;
const NOT_YOURS = [404, 'No such request, or it is not addressed to your organisation.'] as const;
const TOO_LATE = [409, 'The request no longer takes this answer (already answered, or it moved on); `detail` says where it stands, in your language.'] as const;
const ANSWERED = { type: DeskRequestWithThread, description: 'The request as it stands after your answer, with the newest page of its exchange.' };
const ANSWER_PROBLEMS = [400, NOT_YOURS, TOO_LATE, [422, 'A rule needs data (e.g. an end date before the date of death, or which disputed bill an answer is about), or the Idempotency-Key was used for a different answer.']] as const;
/** A completion's refusal names every wrong field at once, the end date's rules against the record included. */
const COMPLETION_PROBLEMS = [
  [400, 'The request is malformed: an unknown field, a wrong type or value; `errors[]` names each field, all in one answer: when the end date itself is a date, the rules it must meet against the request (not before the date of death, at most five years after the day asked) are named beside the others.'],
  ...ANSWER_PROBLEMS.slice(1),
] as const;
const PDF = { content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

/** The provider contact point's JSON API (API token). Each answer drives the contract workflow. */
@ApiTags('provider desk')
@ApiProblems(401)
@For('provider')
@Controller('provider-desk/requests')
export class ProviderDeskController {
  constructor(
    private readonly desk: ProviderDeskService,
    private readonly providers: ProvidersService,
  ) {}

  @ApiDoc({
    summary: 'List your requests',
    description: 'The requests addressed to your organisation, overdue first (`overdue`: reminded, complained about or past their term; with them a request whose reminder or complaint is still on its way, `letterPending`, not overdue yet), then newest activity first, 25 per page unless `limit` says otherwise. `status=open` (the default) lists the new ones and those waiting on you (a refund you confirmed and have not reported transferring in full among them); `waiting_on_steward` those where we owe you something, among them those whose letter has not reached you yet (`letterPending`) and a refund you reported transferred in full that the case owner has not recorded received; `done` those you completed. The body is always an array; the next page, if any, is in the `Link: <…>; rel="next"` header. `q` searches within the `status` asked for: `GET /api/v1/provider-desk/requests/counts` with the same `q` says how many match under each status.',
    ok: { type: [DeskRequest], description: 'One page of requests.', headers: { Link: { description: 'the next page: `<…>; rel="next"`, absent on the last page', schema: { type: 'string' } } } },
    problems: [400],
  })
  @Get()
  async list(@CurrentPrincipal() principal: ProviderPrincipal, @Query() filter: RequestFilterDto, @Res({ passthrough: true }) res: Response) {
    const { status = 'open', cursor, ...options } = filter;
    const page = await this.desk.list(principal, status, { cursor, ...options });
    const kept = Object.entries(options).filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]): [string, string] => [k, String(v)]);
    const more = new URLSearchParams([['status', status], ...kept, ['cursor', page.next ?? '']]);
    if (page.next) res.setHeader('Link', `</api/v1/provider-desk/requests?${more}>; rel="next"`);
    return page.items;
  }

  @ApiDoc({
    summary: 'Count your requests per status',
    description: 'How many requests each status (the desk\'s tabs: `new`, `waiting_on_you`, `waiting_on_steward`, `done`) holds, counted up to 99 (`more` says there are more). With `q`, how many match that search in each status, read exactly as the list reads `q`: so a search that finds nothing under one status tells you under which it does (the web desk says so under its tabs).',
    ok: { type: DeskTabCounts, description: 'Each status with its count.' },
    problems: [[400, '`q` is shorter than 2 or longer than 100 characters.']],
  })
  @Get('counts')
  async counts(@CurrentPrincipal() principal: ProviderPrincipal, @Query() query: TabCountsQueryDto): Promise<DeskTabCounts> {
    const counts = await this.desk.tabCounts(principal.providerId, query.q);
    return { new: cappedCount(counts.new), waiting_on_you: cappedCount(counts.waiting_on_you), waiting_on_steward: cappedCount(counts.waiting_on_steward), done: cappedCount(counts.done) };
  }

  @ApiDoc({
    summary: 'Export your requests as CSV',
    description: `Every request addressed to your organisation with activity from \`from\` to \`to\` (Dutch calendar days, both included), oldest activity first, as a CSV file for a spreadsheet: a header row, \`;\` between fields, UTF-8 with a byte order mark, dates as DD-MM-YYYY, quoted per RFC 4180, a cell that would start with \`=\`, \`+\`, \`-\`, \`@\`, tab or CR prefixed with \`'\` so a spreadsheet reads it as text (OWASP CSV Injection); column names and status in your language; the requested end date in the words of the request's letter (as \`requestedEnd\`), then the day it asks (DD-MM-YYYY; empty when it asks none: a bank account, a lease kept, as soon as possible), and in the last column what the requested end date is: a lease's end by law, a transfer's day or the day asked (nl „einde van rechtswege", „overzetten per", „gevraagd"; en "end by law", "transfer as of", "requested"; empty when the letter asks no day). Streamed. One export covers at most ${EXPORT_MAX_DAYS} days (a quarter), \`from\` and \`to\` included: export a longer period in parts.`,
    ok: { description: 'The CSV file, as an attachment.', content: { 'text/csv': { schema: { type: 'string' }, example: '\ufeffOns kenmerk;Uw kenmerk;Verzoek-id;Gevraagd;…\r\nNZ-2026-0042;KPN-778812;…\r\n' } } },
    problems: [[400, `\`from\` or \`to\` is missing or not a date, \`to\` is before \`from\`, or more than ${EXPORT_MAX_DAYS} days after it counting both (\`to\` named).`]],
  })
  @Get('export')
  async export(@CurrentPrincipal() principal: ProviderPrincipal, @Query() query: ExportQueryDto, @Res() res: Response) {
    const period = exportPeriodProblems(query.from, query.to);
    if (period.length) throw new ValidationProblem(period, 400);
    const provider = await this.providers.get(principal.providerId);
    await sendExport(res, provider.language, query, this.desk.exportRows(principal, query.from, query.to));
  }

  @ApiDoc({
    summary: 'Confirm receipt of many requests',
    description: `Acknowledge up to ${MAX_BATCH} requests in one call, each optionally with your reference. Each is handled on its own, exactly as a single acknowledge would be: the answer lists every request with \`status\` 200 (done) or the problem a single call would have given (404 not yours, 409 no longer open for this, 422 against a rule), so some may be done while others are not. A request named twice, more than ${MAX_BATCH}, or an id that is not a UUID is a 400 naming the field, and nothing is done.`,
    ok: { type: [BatchItemResult], description: 'One result per request, in the order sent.' },
    problems: BATCH_PROBLEMS,
  })
  @Post('acknowledge')
  @HttpCode(200)
  @KeyedInTransaction(BATCH_IDEMPOTENCY)
  acknowledgeMany(@CurrentPrincipal() p: ProviderPrincipal, @Headers('idempotency-key') key: string | undefined, @Body() dto: AcknowledgeBatchDto, @Req() req: Request) {
    return this.desk.actOnEach(p, dto.requests.map(({ id, ...answer }) => ({ id, event: providerAnswerEvent('acknowledged', answer) })), key, req.path);
  }

  @ApiDoc({
    summary: 'Complete many requests',
    description: `Complete up to ${MAX_BATCH} requests in one call, each with its end date and reference. Each is handled on its own, exactly as a single complete would be; results as for acknowledging many. A malformed batch (as for acknowledging many, or a row with a field refused) is a 400 naming every row and field at once, and beside them, for each row of yours whose end date is a date, the rules that date must meet against the request (not before the date of death, at most five years after the day asked); nothing is done.`,
    ok: { type: [BatchItemResult], description: 'One result per request, in the order sent.' },
    problems: BATCH_PROBLEMS,
  })
  @Post('complete')
  @HttpCode(200)
  @KeyedInTransaction(BATCH_IDEMPOTENCY)
  @ApiBody({ type: CompleteBatchDto })
  completeMany(@CurrentPrincipal() p: ProviderPrincipal, @Headers('idempotency-key') key: string | undefined, @Body() body: object, @Req() req: Request) {
    return this.desk.completeMany(p, body, key, req.path);
  }

  @ApiDoc({
    summary: 'View one request',
    description: 'Everything you need to handle the request: the deceased, the account, what we ask, who to write to (the case owner, never the deceased), the documents we sent, the exchange so far a page at a time (`thread`: the newest 50 of its answers and letters unless `limit` (1 to 100) says otherwise, oldest first; calls, notes and internal steps are not counted; `threadNext` and the `Link: <…>; rel="next"` header: the page before it), and `actions`: the answers you can give now.',
    ok: { type: DeskRequestWithThread, description: 'The request with a page of its exchange.', headers: { Link: { description: 'the exchange before this page: `<…>; rel="next"`, absent on its first entry\'s page', schema: { type: 'string' } } } },
    problems: [NOT_YOURS, [400, '`cursor` is no cursor of this exchange, or `limit` is not a whole number from 1 to 100.']],
  })
  @Get(':id')
  async get(@CurrentPrincipal() principal: ProviderPrincipal, @IdParam() id: string, @Query() query: ThreadQueryDto, @Res({ passthrough: true }) res: Response) {
    const request = await this.desk.get(principal, id, undefined, positionOf(timelineLists.deskThread(id), query.cursor, TIMELINE_CURSOR), query.limit);
    const limit: [string, string][] = query.limit === undefined ? [] : [['limit', String(query.limit)]];
    if (request.threadNext) res.setHeader('Link', `</api/v1/provider-desk/requests/${id}?${new URLSearchParams([['cursor', request.threadNext], ...limit])}>; rel="next"`);
    return request;
  }

  @ApiDoc({
    summary: 'Confirm you received the request',
    description: 'Tell us the request arrived and is being handled, optionally with your own reference. We stop reminding you; you still owe the final answer (complete or reject).',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/acknowledge')
  @HttpCode(200)
  @KeyedInTransaction()
  acknowledge(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: AcknowledgeDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.answer(p, id, 'acknowledged', dto, key, req);
  }

  @ApiDoc({
    summary: 'Complete the request',
    description: 'Confirm the end date (cancellation) or the date the new holder takes over (transfer), with your reference and the final invoice amount if there is one. The family is told at once. After the end date, please send no further bills.',
    ok: ANSWERED,
    problems: COMPLETION_PROBLEMS,
  })
  @Post(':id/complete')
  @HttpCode(200)
  @KeyedInTransaction()
  @ApiBody({ type: CompleteDto })
  complete(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() body: object, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.complete(p, id, 'completed', body, key, req.path);
  }

  @ApiDoc({
    summary: 'Correct your confirmation',
    description:
      'You confirmed a wrong end date, reference or final invoice amount: send the right ones (the same fields as completing; `finalInvoiceAmount` left out keeps the final invoice you confirmed, `null` says there is none). Possible once the request is completed, whenever `actions` lists `correct-completion`: on newer requests also while we dispute one of your bills (what is disputed is counted again from the new end date). Not while we asked you to suspend a collection (our letter asking it quoted the end date: answer it first), nor when the new end date would leave less of a bill disputed than you already credited on it (409 `state-conflict` naming `effectiveDate`, saying why), nor another `finalInvoiceAmount` once you reported transferring some of the refund it names (409 `refund-reported` naming `finalInvoiceAmount`: tell the case owner), nor another `finalInvoiceAmount` for a final invoice you dropped with the whole claim when you stopped the collection (409 `claim-dropped` naming `finalInvoiceAmount`: the family was told it need not be paid; tell the case owner if that was wrong). The same checks as completing apply (422 naming the field). A correction that changes nothing changes nothing, except that it answers a `correction` of ours awaiting your answer: your date stays, and the request is done again. The family and the case owner are told what changed.',
    ok: ANSWERED,
    problems: COMPLETION_PROBLEMS,
  })
  @Post(':id/correct-completion')
  @HttpCode(200)
  @KeyedInTransaction()
  @ApiBody({ type: CompletionCorrectedDto })
  correctCompletion(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() body: object, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.complete(p, id, 'completion_corrected', body, key, req.path);
  }

  @ApiDoc({
    summary: 'Ask for missing information',
    description: 'Tell the case owner what you still need, and which documents. The request then waits on Steward; you can still complete or reject it meanwhile.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/request-information')
  @HttpCode(200)
  @KeyedInTransaction()
  requestInformation(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: RequestInformationDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.answer(p, id, 'information_requested', dto, key, req);
  }

  @ApiDoc({
    summary: 'Reject the request',
    description: 'You cannot carry the request out (e.g. no such account); say why, so the case owner can correct it and send it again.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/reject')
  @HttpCode(200)
  @KeyedInTransaction()
  reject(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: RejectDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.answer(p, id, 'rejected', dto, key, req);
  }

  @ApiDoc({
    summary: 'Take back your rejection',
    description:
      'You rejected the request by mistake (e.g. you found the customer after all): take the rejection back while the case owner has not answered it (`actions` lists `withdraw-rejection` only then). The request waits on your answer again, as before your rejection (`acknowledged` if you had acknowledged it, else `requested`), with a fresh term from today as long as a first request\'s; complete it from there. No letter is sent; the case owner is told, with your `note` if you give one, and the family that you handle the request after all. Once the case owner amended the request, withdrew it or complained about your rejection, it is hers (409 naming what she did and how to reach her); requests sent before this answer existed answer 409 the same way, with her contact.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/withdraw-rejection')
  @HttpCode(200)
  @KeyedInTransaction()
  withdrawRejection(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: WithdrawRejectionDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.act(p, id, rejectionWithdrawnEvent(dto), key, req.path);
  }

  @ApiDoc({
    summary: 'Answer a dispute: credit note sent',
    description: 'You credited the disputed part of a bill dated after the end date (or of a debt-collection claim). Name the bill (`invoiceReference`) while more than one is disputed: otherwise 422 naming `invoiceReference`.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/credit-note')
  @HttpCode(200)
  @KeyedInTransaction()
  creditNote(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: CreditNoteDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.act(p, id, disputeAnswerEvent('credit_note_sent', dto), key, req.path);
  }

  @ApiDoc({
    summary: 'Answer a dispute: bill withdrawn',
    description: 'You withdrew the disputed bill altogether. Only while a bill is disputed (`disputes`), so only when `actions` lists it: a debt-collection stop where no bill is disputed is answered with `collection-stopped`, and a withdrawal there is refused (409, type `no-disputed-bill`, changes nothing). Name the bill (`invoiceReference`) while more than one is disputed: otherwise 422 naming `invoiceReference`.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/invoice-withdrawn')
  @HttpCode(200)
  @KeyedInTransaction()
  invoiceWithdrawn(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: InvoiceWithdrawnDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.act(p, id, disputeAnswerEvent('invoice_withdrawn', dto), key, req.path);
  }

  @ApiDoc({
    summary: 'Undo your withdrawal of a bill',
    description:
      'You answered that a bill is withdrawn (`invoice-withdrawn`) by mistake: take it back while that answer is the newest step on the request. The bill is disputed again as before your answer, and the request waits where it did then, on the term it had. The case owner and the family are told; a debt-collection agency our letter told that the collection ended is told it has not (a letter that had not gone yet does not go). Name the bill (`invoiceReference`) when your answer withdrew more than one; left out, your latest withdrawal. Refused with 409 naming `invoiceReference`: a withdrawal the case owner recorded (`no-recorded-drop`: hers to correct, ask her), one followed by another step (`drop-followed`), or a request begun before this answer existed (`drop-not-undoable`).',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/drop-undone')
  @HttpCode(200)
  @KeyedInTransaction()
  dropUndone(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: DropUndoneDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.undoDrop(p, id, dto, key, req.path);
  }

  @ApiDoc({
    summary: 'Answer a dispute: you maintain the bill',
    description: 'You hold that the bill is due; say why. The case owner decides what happens next. Name the bill (`invoiceReference`) while more than one is disputed: otherwise 422 naming `invoiceReference`.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/reject-dispute')
  @HttpCode(200)
  @KeyedInTransaction()
  rejectDispute(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: DisputeRejectionDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.act(p, id, disputeAnswerEvent('dispute_rejected', dto), key, req.path);
  }

  @ApiDoc({
    summary: 'Answer a collection stop: collection stopped',
    description:
      'We asked you to stop a debt collection (`actions` lists `collection-stopped` only then; otherwise 409): you, or the agency, stopped it. The family is told at once. Bills still disputed stay open: the request then waits on your answer about them again, with a fresh term; with none it is done.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/collection-stopped')
  @HttpCode(200)
  @KeyedInTransaction()
  collectionStopped(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: CollectionStoppedDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.act(p, id, collectionStoppedEvent(dto), key, req.path);
  }

  @ApiDoc({
    summary: 'Answer a blocked account: balance released',
    description:
      'You blocked the account without releasing its balance (`state` blocked; `actions` lists `balance-released` only then; otherwise 409): record that you paid the balance to the estate account, with the day and, if you like, the amount. The family is told at once; the request is then done after the usual watch for late bills.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/balance-released')
  @HttpCode(200)
  @KeyedInTransaction()
  @ApiBody({ type: BalanceReleasedDto })
  balanceReleased(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() body: object, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.balanceReleased(p, id, body, key, req.path);
  }

  @ApiDoc({
    summary: 'Report a refund paid',
    description:
      'You confirmed a final invoice below nil (a refund to the estate) and transferred it, or part of it: the amount and the day of your transfer. The case owner sees your report beside the refund; it counts as received only once she records it on the estate account (`refund.left` stays until then). 409 `no-refund` when nothing of a refund you confirmed is left; 422 naming `amount` above what is left (rule `moreThanLeft`) or, with what you reported before, above what you confirmed (rule `moreThanReported`: each report is a transfer, `refund.reportedPaid` adds them up; if an earlier one was wrong, tell the case owner), or `paidOn` after today (`future`) or before the date of death (`beforeDeath`; before your confirmation is fine: you may have paid with your final bill). Listed in `actions` while some of the refund is still yours to transfer; each report is activity (`lastActivityAt`, `updatedSince`); reported in full, the request waits on Steward (`waiting_on_steward`) until the case owner records it received, and a correction of the final invoice\'s amount is refused (409 `refund-reported`).',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/refund-paid')
  @HttpCode(200)
  @KeyedInTransaction()
  @ApiBody({ type: RefundPaidDto })
  refundPaid(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() body: object, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.refundPaid(p, id, body, key, req.path);
  }

  @ApiDoc({
    summary: 'Give the handover appointment of a lease',
    description:
      'A lease whose end you confirmed (a housing request, `effectiveDate` set) ends with handing the home and its keys over (art. 7:224 lid 1 BW); our letter asked you for an appointment. Give it here: `on` (a day, not before today), `time` (a time or part of the day), `place`, optionally `bring` (what to bring) and `note`. The case owner reads it on the contract and the family on its card; `handoverAppointment` reads it back, and until it is given a confirmed lease\'s `nextMove` asks for it. Giving it again replaces it; giving it or changing it sends your endpoints `request.handover_appointment`. A bad body answers 400 naming each field (in your language) before anything else, as every answer; a day before today 422 (rule `beforeToday`); 409 `state-conflict` naming `on` for any other request.',
    ok: ANSWERED,
    problems: ANSWER_PROBLEMS,
  })
  @Post(':id/handover-appointment')
  @HttpCode(200)
  @KeyedInTransaction()
  @ApiBody({ type: DeskHandoverAppointment })
  handoverAppointment(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() body: object, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.handoverAppointment(p, id, body, key, req.path);
  }

  @ApiDoc({
    summary: 'Confirm you deleted a withdrawn document',
    description: 'We withdrew a document you received with this request (see `erasures`) and asked you to delete it and every copy. Confirm here once you did; the case owner sees it. Confirming again answers the same.',
    ok: ANSWERED,
    problems: [[404, 'No deletion request for this document in a request addressed to you.']],
  })
  @Post(':id/erasures/:documentId/confirm')
  @HttpCode(200)
  @KeyedInTransaction()
  confirmErasure(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.confirmErasure(p, id, documentId, key, req.path);
  }

  @ApiDoc({
    summary: 'Download a document of the request',
    description: "One of the request's `enclosures` (e.g. the death certificate), as sent to you. Anything else answers 404. Every download is logged.",
    ok: { description: 'The document (PDF, PNG or JPEG), as an attachment.', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'image/png': { schema: { type: 'string', format: 'binary' } }, 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } },
    problems: [[404, 'No such document among the enclosures of a request addressed to you.']],
  })
  @Get(':id/documents/:documentId')
  async document(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Res() res: Response) {
    const document = await this.desk.openDocument(p, id, documentId);
    sendFile(res, document);
  }

  @ApiDoc({
    summary: 'Download a letter we sent you',
    description: "A letter of the request's `thread`, as a PDF exactly as sent.",
    ok: { description: 'The letter, as an attachment.', ...PDF },
    problems: [[404, 'No such letter in the thread of a request addressed to you.']],
  })
  @Get(':id/letters/:letterId')
  async letter(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @IdParam('letterId') letterId: string, @Res() res: Response) {
    sendFile(res, await this.desk.openLetter(p, id, letterId));
  }

  private answer(principal: ProviderPrincipal, id: string, answer: ProviderAnswer, dto: object, key: string | undefined, req: Request) {
    return this.desk.act(principal, id, providerAnswerEvent(answer, dto), key, req.path);
  }
}
