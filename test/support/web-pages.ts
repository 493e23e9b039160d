import type { INestApplication, Type } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import request from 'supertest';
import { API } from './fixtures';
import { ADMIN, TestApp } from './test-app';

/** A web page (`GET /app…`, `/desk…`, `/family…`) and the query parameters its query object takes. */
export interface WebPage {
  /** As routed: `/app/estates/:id`. */
  path: string;
  params: string[];
}

const WEB = /^\/(app|desk|family)(\/|$)/;
const joined = (...parts: (string | undefined)[]) => `/${parts.filter((p) => p && p !== '/').map((p) => p!.replace(/^\/|\/$/g, '')).join('/')}`;

/**
 * Every web page the app routes, read from its controllers as Nest reads them, with the properties of the object its whole query
 * is checked as (`@Query() query: SomeDto`): a new page is found the day it appears, without a list to keep.
 */
export function webPages(app: INestApplication): WebPage[] {
  const pages: WebPage[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const base = [Reflect.getMetadata(PATH_METADATA, controller) as string | string[]].flat()[0];
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) continue;
        for (const route of [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat()) {
          const path = joined(base, route);
          if (!WEB.test(path)) continue;
          const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
          const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as Type[];
          const queries = Object.entries(args).filter(([key, arg]) => key.split(':')[0] === String(RouteParamtypes.QUERY) && arg.data === undefined);
          const params = queries.flatMap(([, arg]) => getMetadataStorage().getTargetValidationMetadatas(types[arg.index], '', true, false).map((m) => m.propertyName));
          pages.push({ path, params: [...new Set(params)] });
        }
      }
    }
  }
  return pages;
}

/** A page only the administrator reads: her own pages and an estate's access log. */
export const administratorsPage = (path: string): boolean => path.startsWith('/app/admin') || path.endsWith('/access-log');

/** A page's own readers, each signed in through its login form: the administrator, the case owner, a provider's desk, a relative. */
export interface WebReaders {
  admin: request.Agent;
  owner: request.Agent;
  desk: request.Agent;
  family: request.Agent;
}

/**
 * The four readers of the web's pages signed in: the owner by her email and password, the administrator, Eva Smit at the desk of
 * `providerId` (added here), and the relative whose access code is `familyCode`.
 */
export async function signInReaders(t: TestApp, owner: { email: string; password: string }, providerId: string, familyCode: string): Promise<WebReaders> {
  const signedIn = async (path: string, form: Record<string, string>) => {
    const agent = request.agent(t.app.getHttpServer());
    await agent.post(path).type('form').send(form).expect(303);
    return agent;
  };
  const ownerWeb = await signedIn('/app/login', { ...owner, next: '/app' });
  const adminWeb = await signedIn('/app/login', { ...ADMIN, next: '/app' });
  await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email: 'eva@kpn.example', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
  const deskWeb = await signedIn('/desk/login', { email: 'eva@kpn.example', password: 'desk-password-1' });
  return { owner: ownerWeb, admin: adminWeb, desk: deskWeb, family: await signedIn('/family/login', { code: familyCode }) };
}

/** Who reads a page: the administrator her pages, the owner the rest of the workspace, the desk its pages, the relative the portal. */
export const readerOf = (readers: WebReaders, path: string): request.Agent =>
  administratorsPage(path) ? readers.admin : path.startsWith('/app') ? readers.owner : path.startsWith('/desk') ? readers.desk : readers.family;

/** A page's address (`/app/estates/:id`) with its ids: each the real one of the collection in front of it, from `ids` by collection. */
export const addressOf = (path: string, ids: Record<string, string>): string =>
  path.replace(/\/([a-z-]+)\/:(\w+)/g, (_, collection: string) => {
    if (!ids[collection]) throw new Error(`no id for ${path}: add one of /${collection}/ to the world`);
    return `/${collection}/${ids[collection]}`;
  });
