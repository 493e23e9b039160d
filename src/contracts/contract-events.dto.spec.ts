import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldErrors } from '../common/validation';
import { CompleteDto, DisputeResolvedDto, RecordedCollectionStoppedDto } from './contract-events.dto';

/** The fields a body's refusal names, as the desk and the owner read them in `errors[]`. */
const refusedFields = async (type: new () => object, body: object) =>
  fieldErrors(await validate(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true })).map((e) => e.field);

// audit95 F6: a field that belongs to an answer is not refused beside that answer when the answer itself is refused (one error, naming it).
describe('a field that belongs to an answer, when the answer itself is refused', () => {
  it("a bank's balance with `done` sent as an array: only `done` is named", async () => {
    expect(await refusedFields(CompleteDto, { done: ['accountBlocked'], effectiveDate: '2026-12-06', reference: 'ING-1', balance: 1234.56 })).toEqual(['done']);
    expect(await refusedFields(CompleteDto, { done: 'accountBlockt', effectiveDate: '2026-12-06', reference: 'ING-1', balanceReleased: true })).toEqual(['done']);
  });

  it('a balance with another answer, or with none, is still refused by name', async () => {
    expect(await refusedFields(CompleteDto, { done: 'payoutHandled', effectiveDate: '2026-12-06', reference: 'X', balance: 12.5 })).toEqual(['balance']);
    expect(await refusedFields(CompleteDto, { effectiveDate: '2026-12-06', reference: 'X', balance: 12.5 })).toEqual(['balance']);
  });

  it("the way a provider's withdrawal reached the owner, with `outcome` refused: only `outcome` is named", async () => {
    expect(await refusedFields(DisputeResolvedDto, { outcome: ['providerWithdrew'], receivedVia: 'phone', toldOn: '2026-12-20' })).toEqual(['outcome']);
    expect(await refusedFields(DisputeResolvedDto, { outcome: 'payFromEstate', receivedVia: 'phone' })).toEqual(['receivedVia']);
  });

  it('a claim dropped, with `answeredBy` or `collection` refused: only that one is named', async () => {
    expect(await refusedFields(RecordedCollectionStoppedDto, { answeredBy: ['provider'], collection: 'stopped', receivedVia: 'phone', claimDropped: true })).toEqual(['answeredBy']);
    expect(await refusedFields(RecordedCollectionStoppedDto, { answeredBy: 'provider', collection: 'stoped', receivedVia: 'phone', claimDropped: true })).toEqual(['collection']);
    expect(await refusedFields(RecordedCollectionStoppedDto, { answeredBy: 'agency', collection: 'stopped', receivedVia: 'phone', claimDropped: true })).toEqual(['claimDropped']);
  });
});
