import type { Server } from 'node:http';
import request from 'supertest';
import type { paths } from './provider-desk.openapi';

/*
 * A thin typed client over supertest for the provider desk API: paths, parameters, bodies and
 * answers all come from the types generated from the published document, so a test that uses a
 * field, status or path the document does not declare fails the typecheck.
 */

type Method = 'get' | 'post' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
/** The paths that have an operation for the method. */
export type PathOf<M extends Method> = { [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P }[keyof paths];

/** A part the operation declares is required or optional as declared; a part it lacks cannot be sent. */
type Part<K extends string, T> = [T] extends [never | undefined] ? { [k in K]?: never } : undefined extends T ? { [k in K]?: T } : { [k in K]: T };
type Parameters<O> = O extends { parameters: infer P } ? P : never;
/** Indexed rather than inferred, so an optional part stays optional (`… | undefined`). */
type Param<O, K extends string> = K extends keyof Parameters<O> ? Parameters<O>[K] : never;
type JsonBody<B> = [B] extends [never | undefined] ? B : NonNullable<B> extends { content: { 'application/json': infer J } } ? J | Extract<B, undefined> : never;
type RequestBody<O> = O extends { requestBody?: unknown } ? JsonBody<O['requestBody']> : never;
export type Input<O> = Part<'path', Param<O, 'path'>> & Part<'query', Param<O, 'query'>> & Part<'header', Param<O, 'header'>> & Part<'body', RequestBody<O>>;

type Responses<O> = O extends { responses: infer R } ? R : never;
export type Status<O> = keyof Responses<O> & number;
/** The body of one answer: its one declared content, or nothing. */
export type Body<O, S extends Status<O>> = Responses<O>[S] extends { content: infer C } ? C[keyof C] : undefined;
export type Reply<O, S extends Status<O>> = Omit<request.Response, 'body' | 'status'> & { status: S; body: Body<O, S> };

/** One prepared call: `.expect(status)` checks the status and gives the body the document declares for it. */
export class Call<O> {
  constructor(readonly test: request.Test) {}

  async expect<S extends Status<O>>(status: S): Promise<Reply<O, S>> {
    return (await this.test.expect(status)) as unknown as Reply<O, S>;
  }
}

function fill(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (values[name] === undefined) throw new Error(`path parameter ${name} is missing for ${template}`);
    return encodeURIComponent(values[name]);
  });
}

export interface ProviderClient {
  get<P extends PathOf<'get'>>(path: P, input: Input<Operation<P, 'get'>>): Call<Operation<P, 'get'>>;
  post<P extends PathOf<'post'>>(path: P, input: Input<Operation<P, 'post'>>): Call<Operation<P, 'post'>>;
  delete<P extends PathOf<'delete'>>(path: P, input: Input<Operation<P, 'delete'>>): Call<Operation<P, 'delete'>>;
}

/** A provider desk client signed in with the provider's API token, against the app's HTTP server. */
export function providerClient(server: Server, token: string): ProviderClient {
  const call = (method: Method, path: string, input: { path?: Record<string, string>; query?: object; header?: object; body?: object }) => {
    let test = request(server)[method](fill(path, input.path)).set('Authorization', `Bearer ${token}`);
    if (input.query) test = test.query(input.query);
    for (const [name, value] of Object.entries(input.header ?? {})) if (value !== undefined) test = test.set(name, String(value));
    if (input.body !== undefined) test = test.send(input.body);
    return new Call(test);
  };
  return {
    get: (path, input) => call('get', path, input as never),
    post: (path, input) => call('post', path, input as never),
    delete: (path, input) => call('delete', path, input as never),
  };
}
