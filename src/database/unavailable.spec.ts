import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable, isStatementTimeout } from './unavailable';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['an administrator shutdown (57P01) inside a QueryFailedError', new QueryFailedError('SELECT 1', [], coded('57P01', 'terminating connection due to administrator command'))],
    ['a server shutting down or starting up (57P03)', coded('57P03', 'the database system is shutting down')],
    ['a connection exception (08006)', coded('08006')],
    ['a connection that ended mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that found no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a statement past our own deadline (pg query_timeout), inside a QueryFailedError', new QueryFailedError('SELECT 1', [], new Error('Query read timeout'))],
    ['a transaction whose connection failed and was released', new QueryRunnerProviderAlreadyReleasedError()],
    ['a wrapped cause', new Error('outer', { cause: coded('ECONNRESET') })],
  ])('is true for %s', (_, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], coded('23505'))],
    ['a syntax error', coded('42601')],
    ['a plain bug', new TypeError('x is undefined')],
    ['undefined', undefined],
    ['a string', 'Connection terminated'],
  ])('is false for %s', (_, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe('isStatementTimeout', () => {
  it('is true for a statement the timeout cancelled (57014), inside a QueryFailedError', () => {
    expect(isStatementTimeout(new QueryFailedError('SELECT', [], coded('57014', 'canceling statement due to statement timeout')))).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], coded('23505'))],
    ['a refused connection', coded('ECONNREFUSED')],
    ['undefined', undefined],
  ])('is false for %s', (_, error) => expect(isStatementTimeout(error)).toBe(false));

  it('is not an outage: the database answered', () => {
    expect(isDatabaseUnavailable(coded('57014'))).toBe(false);
  });
});
