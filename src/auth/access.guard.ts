import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { CountryDirectory } from '../countries/country-directory';
import { ITU_REGION_NAMES } from '../countries/itu-region';
import { ACCESS_RULE, AccessRule } from './access.decorators';
import { Authenticator } from './authenticator';
import { CountryScope, describeScope, hasAnyRole, mayActFor, Principal } from './principal';

export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

export type AuthenticatedRequest = Request & { user?: Principal };

export function sameSecret(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== 'string' || submitted === '') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(submitted), digest(expected));
}

/** Authenticates every request, then applies the route's access rule; cookie sessions must also prove CSRF. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly directory: CountryDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]) ?? {
      kind: 'signed-in',
    };
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticator.authenticate(request).catch((error: unknown) => {
      if (rule.kind === 'public') return undefined;
      throw error;
    });
    if (principal) request.user = principal;
    if (rule.kind === 'public') return true;
    if (!principal) throw new UnauthorizedException('Sign in, or send an API token as "Authorization: Bearer <token>"');
    if (principal.source === 'session' && !SAFE_METHODS.includes(request.method)) this.checkCsrf(request, principal);
    switch (rule.kind) {
      case 'signed-in':
        return true;
      case 'roles':
        if (hasAnyRole(principal, rule.roles)) return true;
        throw new ForbiddenException(`This needs the ${rule.roles.join(' or ')} role; ${principal.name} is ${roleList(principal)}`);
      case 'country':
        return this.checkCountries(principal, this.countriesOf(request, rule.from));
      default: {
        const unknownRule: never = rule;
        return unknownRule;
      }
    }
  }

  private checkCsrf(request: Request, principal: Principal): void {
    const submitted = request.header(CSRF_HEADER) ?? (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
    if (!sameSecret(submitted, principal.sessionCsrfToken ?? '')) {
      throw new ForbiddenException(`The CSRF token is missing or wrong: send the ${CSRF_HEADER} header with the value of the ta_csrf cookie`);
    }
  }

  /** Unknown codes pass here so the handler answers them with its usual 404. */
  private countriesOf(request: Request, from: 'code-param' | 'body-countries'): CountryScope[] {
    const codes: unknown[] =
      from === 'code-param' ? [request.params.code] : ((request.body as { countries?: unknown })?.countries as unknown[] | undefined) ?? [];
    return (Array.isArray(codes) ? codes : [])
      .flatMap((code) => (typeof code === 'string' ? (this.directory.find(code) ?? []) : []))
      .map(({ code, name, region }) => ({ code, name, region }));
  }

  private checkCountries(principal: Principal, countries: CountryScope[]): true {
    if (!principal.roles.includes('officer')) {
      throw new ForbiddenException(`Only officers log, correct or retract milestones; ${principal.name} is ${roleList(principal)}`);
    }
    const outside = countries.filter((country) => !mayActFor(principal, country));
    if (outside.length > 0) {
      const names = outside.map((country) => `${country.name} (${country.region ? ITU_REGION_NAMES[country.region] : 'no ITU region'})`);
      throw new ForbiddenException(
        `${principal.name} may record milestones only for ${describeScope(principal)}, not for ${names.join(', ')}`,
      );
    }
    return true;
  }
}

const roleList = (principal: Principal) => (principal.roles.length > 0 ? principal.roles.join(' and ') : 'without a role');
