import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { UserRole } from '../users/user.entity';
import type { Audience, Principal } from './principal';

export const PUBLIC_KEY = 'steward:public';
export const ROLES_KEY = 'steward:roles';
export const AUDIENCE_KEY = 'steward:audience';

/** No credentials needed (login, health, portal access). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Staff with one of these roles. Routes without any marker default to all staff. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

/** Which kind of caller a route is for: staff (default), family (portal) or provider (desk). */
export const For = (...audience: Audience[]) => SetMetadata(AUDIENCE_KEY, audience);

export const WEB_KEY = 'steward:web';

/** A server-rendered area signed in with an httpOnly, SameSite=Strict cookie instead of a bearer token. */
export interface WebArea {
  cookie: string;
  loginPath: string;
}

/** Where an area's pages live ("/desk" for "/desk/login"): its home, and the only path its cookie is sent to. */
export const areaHome = (area: WebArea) => `/${area.loginPath.split('/')[1]}`;

/** Marks a controller as web pages of an area; unauthenticated visitors are sent to its login page. */
export const WebPage = (area: WebArea) => SetMetadata(WEB_KEY, area);

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest().principal,
);
