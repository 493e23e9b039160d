import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { AcknowledgeBatchDto, AcknowledgeItemDto, CompleteBatchDto, CompleteItemDto } from '../provider-desk/provider-desk.dto';
import { AcknowledgeDto, BalanceReleasedDto, CollectionStoppedDto, CompleteDto, CompletionCorrectedDto, CreditNoteDto, DisputeRejectionDto, DropUndoneDto, InvoiceWithdrawnDto, RejectDto, RequestInformationDto, WithdrawRejectionDto } from '../contracts/contract-events.dto';
import { RefundPaidDto } from '../refunds/refunds.dto';
import { RegisterWebhookDto } from '../webhooks/webhook.dto';
import type { ProblemDocument } from './problem';
import { ValidationProblem } from './problem';
import { inReadersWords } from './reader-words';
import { validateInput } from './validation';

/** Every body the desk takes (as `test/api-contract/desk-contract.e2e-spec.ts` names them from the published document). */
const DESK_BODIES: Record<string, new () => object> = {
  AcknowledgeDto, AcknowledgeBatchDto, AcknowledgeItemDto, CompleteDto, CompleteBatchDto, CompleteItemDto, CompletionCorrectedDto, RequestInformationDto, RejectDto, CreditNoteDto,
  InvoiceWithdrawnDto, DisputeRejectionDto, DropUndoneDto, CollectionStoppedDto, BalanceReleasedDto, WithdrawRejectionDto, RefundPaidDto, RegisterWebhookDto,
};

/** Values each field is sent in turn: of the wrong kind, too long, blank, not one of its choices, below any limit. */
const WRONG: unknown[] = [12345, 'x'.repeat(2500), '', '   ', 'not-one-of-them', -5, ['not-one-of-them'], [{ id: 'x' }], { nested: true }, true, '2026-02-30', 10.555];

async function refusalsOf(body: new () => object): Promise<ValidationProblem[]> {
  const fields = [...new Set(getMetadataStorage().getTargetValidationMetadatas(body, '', true, false).map((rule) => rule.propertyName))];
  const bodies: object[] = [{}, { colour: 'blue' }, ...fields.flatMap((field) => WRONG.map((value) => ({ [field]: value })))];
  const problems: ValidationProblem[] = [];
  for (const plain of bodies) {
    const { errors } = await validateInput(body, plain, undefined, '2026-12-07');
    if (errors.length) problems.push(new ValidationProblem(errors, 400));
  }
  return problems;
}

/**
 * What a code looks like inside a sentence: a field's or a value's own name (`documentsNeeded`, `death_certificate`), or the validator's
 * phrasing („must be", „each value in", „is not a known field").
 */
const CODE = /\b[a-z]+[A-Z]\w*|\b[a-z]+_[a-z_]+\b|^[a-z]\w* (must|should)\b|each value in|is not a known field|is required/;

describe('an English desk reads each refused field of every body it sends in words, not codes (engdesk, audit96 F4)', () => {
  it.each(Object.entries(DESK_BODIES))('%s', async (_name, body) => {
    const problems = await refusalsOf(body);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const worded = inReadersWords(problem.getResponse() as ProblemDocument, problem, { audience: 'provider', lang: 'en' });
      // Each message names its field first („Documents: choose from death certificate, …"), as the Dutch desk's does.
      for (const { field, message } of worded.errors!) expect({ field, message }).toEqual({ field, message: expect.stringMatching(/^(‘[^’]+’|[A-Z][^:]*): \S/) });
      for (const { field, message } of worded.errors!) expect({ field, message }).not.toEqual({ field, message: expect.stringMatching(CODE) });
    }
  });

  it('keeps the field\'s path and the problem\'s type for clients to match on', async () => {
    const [problem] = await refusalsOf(RequestInformationDto);
    const worded = inReadersWords(problem.getResponse() as ProblemDocument, problem, { audience: 'provider', lang: 'en' });
    expect(worded.type).toBe('https://steward.example/problems/validation');
    expect(worded.errors!.map((e) => e.field)).toEqual((problem.getResponse() as ProblemDocument).errors!.map((e) => e.field));
  });
});
