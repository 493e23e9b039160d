import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseEnumPipe, Patch, Post, Query } from '@nestjs/common';
import { CorrectsIfMatch } from '../common/entity-tags';
import { ApiBody, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { NotFoundProblem } from '../common/problem';
import { IdParam } from '../common/uuid-param';
import { validatedInput } from '../common/validation';
import {
  ComplainDto,
  complainEvent,
  BillCorrectedDto,
  BrpCheckDto,
  CollectionNoticeDto,
  DISPUTE_ANSWERS,
  DisputeAnswer,
  DisputeResolvedDto,
  disputeResolvedEvent,
  ContractBillDto,
  NoteDto,
  PROVIDER_ANSWERS,
  ProviderAnswer,
  RECORDED_ANSWER_BODIES,
  RECORDED_DISPUTE_ANSWER_BODIES,
  recordedAnswerEvent,
  RecordedBalanceReleasedDto,
  recordedBalanceReleasedEvent,
  RecordedCollectionStoppedDto,
  recordedCollectionStoppedEvent,
  recordedDisputeAnswerEvent,
  ReasonDto,
  CorrectCallDto,
  RecordCallDto,
  TakeBackConfirmationDto,
  RecordedDropUndoneDto,
  AgencyStopUndoneDto,
  DropDayCorrectedDto,
} from './contract-events.dto';
import { CommitteeDecisionCorrectedDto, CommitteeDecisionDto, committeeDecisionEvent, CommitteeFiledDto, CommitteeFilingCorrectedDto } from './committee.dto';
import { TIMELINE_CURSOR, timelineLists } from '../timeline/timeline.service';
import { CreateContractDto, UpdateContractDto } from './contract.dto';
import { callsOf, ContractsService, contractsOfEstate } from './contracts.service';
import { ContractViews } from './contract-views.service';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { LanguageQueryDto } from '../common/language-query.dto';

@ApiTags('contracts')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller()
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly views: ContractViews,
  ) {}

  @ApiDoc({ summary: 'Add a contract to the estate', description: 'A contract of the deceased to cancel or to transfer to a family member; it starts as a draft. One provider and account number make one contract per estate (spaces, dots, dashes and case ignored; a withdrawn contract does not count).', problems: [400, [409, 'The estate has a contract for this provider and account number already (`contract-recorded-already`, naming `accountNumber`; `contractId` is that contract), or it is closed; a contract at this provider with the same description, or one carrying the same phone number or digit sequence of six or more, under another account number is recorded already and `confirmDuplicate` is not true (`possible-duplicate`, naming `confirmDuplicate`; `contractId` is that contract).'], 422] })
  @Post('estates/:id/contracts')
  @Idempotent()
  async create(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CreateContractDto) {
    const contract = await this.contracts.create(principal, id, dto);
    return this.views.detail(contract.id, principal.lang);
  }

  @ApiDoc({ summary: "List the estate's contracts", description: 'A page of its contracts, oldest first; `nextCursor` continues it.', problems: [400] })
  @Get('estates/:id/contracts')
  async list(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    const page = await this.contracts.listForEstate(principal, id, positionOf(contractsOfEstate(id), query.cursor, CREATED_AT_CURSOR), query.limit);
    return { ...page, items: await this.views.summariesOf(page.items, principal.lang) };
  }

  @ApiDoc({
    summary: 'View a contract',
    description:
      'Its state in staff wording (`statusText`, `nextStep` in her own language unless `lang` asks for another), due date, letters and timeline. Opened by the owner of the estate, its news kept on her Today (a rejection the provider took back) is read, as when she opens its page; a read by an administrator marks nothing. `timeline` holds its newest 50 entries, oldest first; `timelineNext` (null when there are no more) is the `cursor` of `GET /contracts/{id}/timeline` for the entries before them. `version` versions what a correction replaces: send it back as `version`, or as `If-Match: "<version>"`, with `PATCH /contracts/{id}`. The answer\'s `ETag` (`"<version>.<digest>"`) tags the whole answer: send it as `If-None-Match` and an unchanged contract (letters and timeline included) is 304 with no body; send it as `If-Match` with a correction and only the `version` in it counts. Each sent letter\'s `deliveryText` says where its delivery stands in the reader\'s words, as her pages say it (null for a letter not sent); `deliveryError` beside it is the internal English reason it failed or was set apart (a fixed phrase such as `term passed before printing`, or the mail server\'s answer), stable for clients that match on it; a letter set apart before it went out reads „niet verstuurd: …" with why. Each of `undeliveredEffects` (a step parked after its last attempt) carries `kindText`, what the step was, and `lastErrorText`, why it failed, in the reader\'s words as her page says them (`kind` beside it is the step\'s code); `lastError` beside it is the internal English error, stable for machines. `requestLetter` (null once the letter of the state it is in went out): `standing` `heldBack` (the letter check holds it, made or about to be made: no `dueAt` is given), `awaitingPost`, `beingMade`, `beingSent` or `undelivered`; one held before it was made lists `heldBecause[]` (a made one: its `letters[].violations`), each rule it breaks with its `rule` code, the recorded `field` it lacks (or `body`, `recipient`) and the `reason` in your words. `inColleaguesBatch` (null but for `awaitingPost` after a handover): the letter (`letterId`) is in a colleague\'s downloaded print batch not marked posted (`holderName`, `downloadedAt`); `statusText`, `nextStep` and that letter\'s `deliveryText` say so: ask her whether it was posted, then mark it posted with `POST /estates/{id}/print-batches/{batchId}/posted`.',
    problems: [400],
  })
  @Get('contracts/:id')
  async get(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query?: LanguageQueryDto) {
    // No query when a keyed call's answer is built again (`Idempotent('get')` calls this with the principal and the id only): that
    // answers her POST, it is no opening of the contract, so only her own GET reads its news (ownerrules).
    const contract = query ? await this.contracts.opened(principal, id) : await this.contracts.requireAccess(principal, id);
    return this.views.detail(contract.id, query?.lang ?? principal.lang);
  }

  @ApiDoc({ summary: "The contract's timeline", description: "A page of who did what when on this contract, in staff wording and the language of the caller, newest first, as the estate's timeline pages; `nextCursor` continues it (the contract's own `timelineNext` too).", problems: [400] })
  @Get('contracts/:id/timeline')
  async timeline(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    const contract = await this.contracts.requireAccess(principal, id);
    return this.views.history(contract, positionOf(timelineLists.contract(contract.id), query.cursor, TIMELINE_CURSOR), query.limit, principal.lang);
  }

  @ApiDoc({
    summary: 'Correct a contract',
    description:
      'Same rules as adding one; each change is on the timeline (from → to). Once a letter went to the provider, a corrected description, account number or requested end date is sent to the provider as a correction letter, and another provider or new holder answers 409 (withdraw and add a new contract instead). What should happen (cancel or transfer) is fixed once recorded. Send the `version` of `GET /contracts/{id}` to correct that version only: when the contract was corrected since (another tab, a colleague), nothing is changed and the answer is 409 `contract-changed` naming `version`, with the `version` of now. `If-Match: "<version>"` does the same for an HTTP client, answered 412 `precondition-failed` naming `If-Match`. Without either the correction applies to the contract as it stands, as before.',
    problems: [[400, 'The body is malformed; `errors[]` names each field, all in one answer: the rules against the record on the fields that parsed (a requested end date before the date of death, an unknown provider, a new holder of another estate) are named beside the others.'], [409, 'Another contract of the estate has this provider and account number (`contract-recorded-already`, naming `accountNumber`; `contractId` is that contract), the contract is finished, its action is fixed, the request went out to another provider or holder, or the contract was corrected since the `version` sent (`contract-changed`, naming `version`).'], 412, 422],
  })
  @ApiBody({ type: UpdateContractDto })
  @Patch('contracts/:id')
  @Idempotent<ContractsController>('get')
  @CorrectsIfMatch()
  async update(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() body: unknown, @Headers('if-match') ifMatch?: string) {
    await this.contracts.correct(principal, id, body, ifMatch);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Send the request to the provider',
    description:
      'Needs the documents the provider requires; the letter goes out on the provider’s channel. Answers the contract as `GET /contracts/{id}` does: when the letter check will hold the letter (e.g. no estate account recorded), it says so at once (`requestLetter.standing` `heldBack` with `heldBecause[]`, `statusText` naming why, no `dueAt`) rather than a term for a letter that has not gone.',
    problems: [409, 422],
  })
  @Post('contracts/:id/request')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async request(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    await this.contracts.request(principal, id);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: "Record the provider's answer",
    description:
      'The provider answered by post, email or phone; same bodies as the provider desk, with `receivedVia` (`phone`, `post` or `email`; required, 400 naming it): the desk thread, the timeline and later letters say how the answer came. An answer is taken also while the request\'s letter has not gone out (`requestLetter` of `GET /contracts/{id}`): the provider may have heard of the death by phone. `completion_corrected` (the body of `completed`) corrects a confirmation recorded wrongly, while the contract is confirmed or settled: a `finalInvoiceAmount` left out keeps the recorded final invoice, `null` removes it; one that changes nothing writes nothing; while a bill is disputed or a collection is to stop it answers 409 (the answer to the dispute comes first); an end date that would take back what the provider credited on a bill answers 409 `bill-open` naming `effectiveDate`, another `finalInvoiceAmount` once the provider reported transferring some of its refund 409 `refund-reported` naming `finalInvoiceAmount`. A request is acknowledged once: `acknowledged` for a request acknowledged already answers 409 `acknowledged-already` with `acknowledgedOn`, the day the first was recorded. `rejection_withdrawn` (body `{ note?, receivedVia }`): the provider took back its rejection (it found the customer after all) while the request is rejected and you have not answered it: the request waits on the provider again, as when it takes it back at its desk; a request started before machine version 20 answers 409 `rejection-withdrawn-unsupported` (amend and send it again instead), one whose rejection you amended, complained about or withdrew 409 `rejection-answered`.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/provider-answer/:answer')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  @ApiParam({ name: 'answer', enum: PROVIDER_ANSWERS })
  async providerAnswer(
    @CurrentPrincipal() principal: StaffPrincipal,
    @IdParam() id: string,
    @Param('answer', new ParseEnumPipe(PROVIDER_ANSWERS, { exceptionFactory: () => new NotFoundProblem() })) answer: ProviderAnswer,
    @Body() body: Record<string, unknown>,
  ) {
    const dto = await validatedInput(RECORDED_ANSWER_BODIES[answer], body);
    await this.contracts.recordProviderAnswer(principal, id, recordedAnswerEvent(answer, dto));
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Close the BRP check',
    description: 'For a provider informed through the BRP: `informed` ends the contract without a letter; `not_informed` makes it an ordinary request to send. The note goes on the staff timeline.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/brp-check')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async brpCheck(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: BrpCheckDto) {
    await this.contracts.checkBrp(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  // `POST contracts/:id/information-supplied` is in documents/enclosures.controller.ts: it encloses documents.

  // `POST contracts/:id/amend` is in documents/enclosures.controller.ts too: it may enclose documents (README, familyrest2).

  @ApiDoc({
    summary: 'Complain about a rejected request',
    description: 'The owner holds the rejection to be wrong: a complaint letter quoting the rejection and `grounds` goes to the provider, which has four weeks (20 business days) for its reasoned answer. Contracts started on machine version 9 or later (409 otherwise, or in any state but `rejected`).',
    problems: [400, 409],
  })
  @Post('contracts/:id/complain')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async complain(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: ComplainDto) {
    await this.contracts.fire(principal, id, complainEvent(dto));
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Take back a confirmation recorded by mistake',
    description:
      'The owner recorded a provider\'s confirmation on the wrong contract: the contract returns to the state it had before the confirmation, with what the provider had said then (its reference, its open question) and the term that state had. No letter goes to the provider; the family and the staff timeline say the confirmation was taken back, the staff timeline with `reason`. A contract confirmed on an older machine version moves to version 14 for this step.',
    problems: [
      [400, '`reason` is missing, shorter than 3 or longer than 500 characters.'],
      [409, 'The contract is not confirmed (`state-conflict`); the provider gave the confirmation at its own desk (`confirmation-providers-word`: correct it instead); a letter went out after it (`confirmation-told`, naming which in `letters`; a reminder to the bank of its release after the block alone does not refuse it: the bank gets a letter withdrawing that reminder); or none is on record (`no-confirmation`).'],
    ],
  })
  @Post('contracts/:id/take-back-confirmation')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async takeBackConfirmation(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: TakeBackConfirmationDto) {
    await this.contracts.takeBackConfirmation(principal, id, dto.reason);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Record a bill after the end date',
    description: 'Starts a dispute over the days billed after the confirmed end date, pro rata. Also on a contract closed with its estate, once the estate is reopened (409 `estate-closed` until then).',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/invoice-after-end')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async invoiceAfterEnd(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: ContractBillDto) {
    await this.contracts.reportInvoiceAfterEnd(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Correct a bill recorded after the end date',
    description:
      'A disputed bill typed wrongly: `invoiceReference` names the open bill (required while several are open), the rest is the bill as it should have been recorded, with the checks of recording one (422 naming the field; the disputed part may not fall to what the provider credited on it). A bill not open (answered, settled, or never recorded) answers 409 `bill-not-open` naming `invoiceReference`; a correction that changes nothing writes nothing. The contract stays where it is and keeps its term; a bill that, corrected, bills no day after the end date is owed and its dispute is dropped. Once the dispute letter went out the provider gets a correction letter; before, that letter carries the corrected figures.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/bill-corrected')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async billCorrected(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: BillCorrectedDto) {
    await this.contracts.correctBill(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Record a debt-collection notice',
    description:
      'Sends the urgent stop the same business day, to the provider and, when known, to the agency. Also on a contract closed with its estate, once the estate is reopened (409 `estate-closed` until then). While one is recorded and its stop asked, another answers 409 `collection-notice-recorded` naming `agency`: a typo is corrected with `collection-notice-corrected`.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/collection-notice')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async collectionNotice(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CollectionNoticeDto) {
    await this.contracts.fire(principal, id, { type: 'COLLECTION_NOTICE', ...dto });
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: "Correct a debt collector's letter recorded with a typo",
    description:
      'v22: while our stop is asked (`collectionStopRequested`), the notice as it should have been recorded, with the checks of recording one; the contract stays where it is, on its term, and every reader (the contract page, Today, the family, the desk, later letters) takes the corrected particulars; the timeline says what changed, old → new. When the agency\'s name, e-mail, address, reference or file number changes and the agency can be reached, our stop goes to it again (urgent); a changed amount alone sends nothing. A correction that changes nothing answers 422 naming `agency`; another state, or a contract started before v22, answers 409.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/collection-notice-corrected')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async collectionNoticeCorrected(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CollectionNoticeDto) {
    await this.contracts.correctCollectionNotice(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: "Record the provider's answer to a dispute",
    description: 'Answered by post, email or phone; same bodies as the provider desk, with `receivedVia` (`phone`, `post` or `email`; required, 400 naming it): the desk thread, the timeline, the family and later letters say how the answer came. `invoice_withdrawn` only while a bill is disputed: a collection stop where none is takes `collection-stopped` (409 `no-disputed-bill`, changes nothing).',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/dispute-answer/:answer')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  @ApiParam({ name: 'answer', enum: DISPUTE_ANSWERS })
  async disputeAnswer(
    @CurrentPrincipal() principal: StaffPrincipal,
    @IdParam() id: string,
    @Param('answer', new ParseEnumPipe(DISPUTE_ANSWERS, { exceptionFactory: () => new NotFoundProblem() })) answer: DisputeAnswer,
    @Body() body: Record<string, unknown>,
  ) {
    const dto = await validatedInput(RECORDED_DISPUTE_ANSWER_BODIES[answer], body);
    await this.contracts.recordProviderAnswer(principal, id, recordedDisputeAnswerEvent(answer, dto));
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Record that the debt collection stopped',
    description:
      'The provider or the agency said (by post, email or phone: `receivedVia` `phone`, `post` or `email`, required, 400 naming it) that the collection we asked to stop was stopped; only while we wait for that (409 otherwise). `answeredBy` (`provider`, or `agency`: the one on the newest collection notice, 422 when none is named) and `collection` (`stopped`, or `suspended` while the objection runs) are required (400 naming them): every reader says who answered and what it did, and an agency\'s word is never read as the provider\'s. Bills still disputed stay open: the contract waits on the provider for them again with a fresh term (on you, for a bill it holds to); with none it is confirmed and the quiet period starts over.',
    problems: [400, 409],
  })
  @Post('contracts/:id/collection-stopped')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async collectionStopped(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: RecordedCollectionStoppedDto) {
    await this.contracts.recordProviderAnswer(principal, id, recordedCollectionStoppedEvent(dto));
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Record that the bank released the balance',
    description:
      'The bank said (by post, email or phone: `receivedVia` required, 400 naming it) that it paid the balance of the account it blocked to the estate account: the day (`releasedOn`), the amount if it gave one. Only while the contract waits for that release (`blocked`; 409 otherwise). The contract is then confirmed and the quiet period runs.',
    problems: [400, [409, 'Not waiting for a release (`state-conflict`), or a release is recorded already (`released-already`, naming `releasedOn`): one recorded by mistake is corrected with `provider-answer/completion_corrected` and `balanceReleased: false`, and on contracts started on machine version 21 the release is then awaited again.']],
  })
  @Post('contracts/:id/balance-released')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async balanceReleased(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: RecordedBalanceReleasedDto) {
    await this.contracts.recordProviderAnswer(principal, id, recordedBalanceReleasedEvent(dto));
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Mark the dispute resolved',
    description: 'One disputed bill by its `invoiceReference`, or without it every disputed bill of the contract. With `outcome` `providerWithdrew` (the provider dropped it after all) `receivedVia` says how that reached you (required then, 400 naming it).',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/dispute-resolved')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async disputeResolved(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: DisputeResolvedDto) {
    await this.contracts.recordProviderAnswer(principal, id, disputeResolvedEvent(dto));
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Undo the collection agency\'s own stop recorded by mistake',
    description:
      'agencyundo (machine v27): you recorded (with `collection-stopped`, `answeredBy` `agency`) that the debt collector said itself it stopped its collection, and that was a mistake (its letter misread, or it wrote again): our stop is awaited again, on the term it had, and the agency is written to about the bills again. `receivedVia` and `toldOn` say how and when you learned it. Only while that stop is the contract\'s newest step.',
    problems: [
      [400, 'A field of the body (`receivedVia`, `toldOn` required).'],
      [422, '`toldOn` after today (rule `future`) or before the day the stop was recorded (rule `beforeStop`).'],
      [409, 'No agency\'s own stop is the newest step (`no-agency-stop`), something recorded since (`agency-stop-followed`), or a contract started before machine version 22 (`agency-stop-not-undoable`); each naming `receivedVia`.'],
    ],
  })
  @Post('contracts/:id/agency-stop-undone')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async agencyStopUndone(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: AgencyStopUndoneDto) {
    await this.contracts.undoAgencyStop(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: "Undo a provider's drop of a bill recorded by mistake",
    description:
      'dropcorr (machine v23): the drop of a bill you recorded (`dispute-resolved` with `providerWithdrew`, or `dispute-answer/invoice_withdrawn`) was a mistake: the bill stands again, disputed as before the drop, in the state and on the term the contract had then; Today, the family and the desk read it open again, and the history keeps both steps. Only while the drop is the contract\'s newest step. ownerdrop: a drop the provider recorded at its own desk you undo on its word that it was a mistake: `receivedVia` and `toldOn` say how and when it told you (required then), and its desk, your history and the family read that it was its word. claimundo (machine v27): a claim the provider dropped whole (`collection-stopped` with `claimDropped`), while its steps are the contract\'s newest, is undone on the provider\'s word alike (`receivedVia`, `toldOn` required; `invoiceReference` not read): the contract waits on our collection stop again, its bills and term as before the stop, and an agency told the collection ended hears by letter that it did not.',
    problems: [
      [400, 'A field of the body; with a drop the provider recorded at its desk, or a claim dropped whole, `receivedVia` or `toldOn` left out (rule `required`), with your own record either sent (rule `ownDrop`).'],
      [422, '`toldOn` after today (rule `future`) or before the day the provider recorded the drop (rule `beforeDrop`).'],
      [409, 'No drop of that bill that is the newest step (`no-recorded-drop`), something recorded on the contract since (`drop-followed`), a claim dropped whole whose steps no undo reads back (`claim-drop-not-undoable`), or a contract started before machine version 23 (`drop-not-undoable`); each naming `invoiceReference`.'],
    ],
  })
  @Post('contracts/:id/drop-undone')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async dropUndone(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: RecordedDropUndoneDto) {
    await this.contracts.undoDrop(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Correct the day a provider said it dropped a bill',
    description:
      'dropcorr: the day (`toldOn`) of a drop of a bill you recorded, recorded wrongly, as it should have been; on any contract, which stays where it is. Your history says the day from → to; every reader of the drop (your history and the contract page, the family, the desk) reads the corrected day. A letter that named the earlier day keeps it: the history of the correction says which went.',
    problems: [400, [409, 'No drop of that bill you recorded yourself (`no-recorded-drop`, naming `invoiceReference`).'], [422, '`toldOn` after today, before the death or the date on the bill, after the day the drop was recorded (`afterRecorded`), or the day recorded already (`unchanged`).']],
  })
  @Post('contracts/:id/drop-day-corrected')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async dropDayCorrected(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: DropDayCorrectedDto) {
    await this.contracts.correctDropDay(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Record that the dispute went to the complaints body',
    description:
      'committee: you submitted the dispute about the named bill (without `invoiceReference` every disputed bill) to the provider\'s complaints body (the Geschillencommissie for telecom and energy) on `filedOn`, with its case number if it gave one. Only while our complaint went unanswered or the provider holds to a bill (409 `state-conflict` otherwise; contracts started before machine version 22 move to it), and only for a provider with such a body (409 `no-complaints-body`). The bill then waits on the body: no term to decide, a reminder to look after twelve weeks.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/committee-filed')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async committeeFiled(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CommitteeFiledDto) {
    await this.contracts.fileWithCommittee(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Correct the recorded filing with the complaints body',
    description:
      'comcorr (v26): the day (`filedOn`) and case number (`caseNumber`; left out: none) of the filing as they should have been recorded, for the named bill the body has (without `invoiceReference` every bill it has). Only while the body has the case (`withCommittee`; 409 `state-conflict` in your words otherwise; contracts started on machine versions 22 to 25 move to 26). The contract stays where it is; your history says what you recorded before and what it is corrected to, and the contract page, Today, the family and the desk read the corrected case. The reminder to look keeps its day unless the day filed changed: it then counts twelve weeks from the corrected day. 409 `not-with-committee` naming `invoiceReference` for a bill the body does not have; 422 naming `filedOn` for a day after today (rule `future`) or a correction that changes nothing.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/committee-filing-corrected')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async committeeFilingCorrected(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CommitteeFilingCorrectedDto) {
    await this.contracts.correctCommitteeFiling(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Record the complaints body\'s decision',
    description:
      'committee: what the complaints body decided about a bill it has (`decision`, on `decidedOn`): dropped, lowered to `amount`, upheld (paid from the estate), or settled between the parties (`amount` paid, if any). A bill still owed is on the bills to pay from the estate. 409 `not-with-committee` for a bill the body does not have; 422 `before-filing` for a day before the filing.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/committee-decision')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async committeeDecision(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CommitteeDecisionDto) {
    await this.contracts.recordProviderAnswer(principal, id, committeeDecisionEvent(dto));
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Correct the recorded decision of the complaints body',
    description:
      'comcorr2: what the complaints body decided (`decision`), its day (`decidedOn`) and amount (`amount`) as they should have been recorded, for the newest decision about the named bill (without `invoiceReference` the newest decision). No step of the workflow: the contract stays where it is; your history and the family\'s say what was recorded and what it is corrected to, and the bills to pay (yours and the family\'s) read the bill owed for what the corrected decision leaves. 409 `no-committee-decision` naming `invoiceReference` when no decision is recorded; 422 naming `amount` (`decision` for a decision without one) when it leaves less owed than the estate already paid of the bill (rule `paidAboveDecision`); 422 naming `amount` (required for a lowered bill, at most what was billed), `decidedOn` (after today, before the filing) or `decision` (nothing changed).',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/committee-decision-corrected')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async committeeDecisionCorrected(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CommitteeDecisionCorrectedDto) {
    await this.contracts.correctCommitteeDecision(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Mark a later end date handled',
    description: 'The provider confirmed a later end date than the request asked, or (`basis: law`) than a lease\'s end by law (`endDateNotice`); the owner dealt with it (called, objected, or accepted it). It leaves Today; the note goes on the staff timeline.',
    problems: [400, 409],
  })
  @Post('contracts/:id/later-end-date/handled')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async laterEndDateHandled(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: NoteDto) {
    await this.contracts.markLaterEndDateHandled(principal, id, dto.note ?? null);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Mark the note of a withdrawn answer handled',
    description:
      'answerrest: a document the provider had as part of our answer was withdrawn while its rejection or complaint stands (`answerWithdrawn`); the owner sent a new one, or none is needed. The note leaves the status and Today; the staff timeline says who. 409 `nothing-to-handle` when none is open.',
    problems: [409],
  })
  @Post('contracts/:id/answer-withdrawn/handled')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async answerWithdrawnHandled(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    await this.contracts.markAnswerWithdrawnHandled(principal, id);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Record a call',
    description:
      'A phone call about the contract with its provider or (`party: agency`) the collection agency its latest collection letter named: on the staff timeline in full; the family reads that the call was made, and `outcome` only with `shareWithFamily`; the provider desk does not see it. No workflow step. A call after a provider\'s term passed with only you alerted ("… nu bellen") takes that alert off Today until the next term passes.',
    problems: [400, 422],
  })
  @Post('contracts/:id/calls')
  @Idempotent<ContractsController>('get')
  async recordCall(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: RecordCallDto) {
    await this.contracts.recordCall(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Correct a recorded call',
    description:
      'Replaces the fields given (`calledOn`, `party`, `person` — null clears it —, `outcome`, `shareWithFamily`) with the same checks as recording. The staff timeline keeps the version before ("Gesprek gecorrigeerd", who and when); the family\'s timeline and daily email read the call as it stands at once: unshared, its outcome is gone from every relative\'s view. Nothing changed: nothing is written. A new day is weighed against the provider\'s missed term again: moved after its last day, the call takes your "… nu bellen" alert off Today; moved on or before it, the alert is back unless another call answers it. `callId`: the call\'s `id` in the list of calls. Send the call\'s `version` (`GET …/calls/{callId}` or the list) as `version`, or as `If-Match: "<version>"`, to correct that version only: corrected since, nothing is changed (409 `call-changed` naming `version`; 412 `precondition-failed` naming `If-Match`).',
    problems: [400, [404, 'No such call on this contract, or it was withdrawn.'], [409, 'Corrected since the `version` sent (`call-changed`, naming `version`).'], 412, 422],
  })
  @Patch('contracts/:id/calls/:callId')
  @Idempotent<ContractsController>('get')
  @CorrectsIfMatch()
  async correctCall(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('callId') callId: string, @Body() dto: CorrectCallDto, @Headers('if-match') ifMatch?: string) {
    await this.contracts.correctCall(principal, id, callId, dto, ifMatch);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({
    summary: 'Withdraw a call recorded in error',
    description:
      'The call leaves the family\'s timeline and daily email at once; the staff timeline keeps it with what it said ("Gesprek ingetrokken"), and the list of calls marks it `withdrawn`. When it was the call that answered the provider\'s missed term, the "… nu bellen" alert is back on Today, unless another call answers it.',
    problems: [[404, 'No such call on this contract, or it was withdrawn already.']],
  })
  @Delete('contracts/:id/calls/:callId')
  @Idempotent<ContractsController>('get')
  async withdrawCall(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('callId') callId: string) {
    await this.contracts.withdrawCall(principal, id, callId);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({ summary: 'List the calls recorded on a contract', description: 'A page of them, newest first, each as it stands after its corrections (`corrected`), a withdrawn one marked `withdrawn` with what it said; `nextCursor` continues it.', problems: [400] })
  @Get('contracts/:id/calls')
  calls(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    return this.contracts.callPage(principal, id, positionOf(callsOf(id), query.cursor, TIMELINE_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'View a recorded call', description: 'As the list of calls gives it (a withdrawn one marked `withdrawn`), with the `version` its correction sends back (`version`, or the `ETag` of this answer as `If-Match`).' })
  @Get('contracts/:id/calls/:callId')
  recordedCall(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('callId') callId: string) {
    return this.contracts.recordedCallView(principal, id, callId);
  }

  @ApiDoc({ summary: 'Withdraw the request', description: 'The contract needs no action after all; the provider is told when a request went out.', problems: [400, 409] })
  @Post('contracts/:id/withdraw')
  @Idempotent<ContractsController>('get')
  @HttpCode(200)
  async withdraw(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: ReasonDto) {
    await this.contracts.fire(principal, id, { type: 'WITHDRAW', reason: dto.reason });
    return this.views.detail(id, principal.lang);
  }
}
