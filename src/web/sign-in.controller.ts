import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorators';
import { AuthenticatedRequest, CSRF_FIELD, sameSecret } from '../auth/access.guard';
import { Authenticator, CSRF_COOKIE, SESSION_COOKIE } from '../auth/authenticator';
import { newSecret } from '../auth/user-account.store';
import { passwordMatches } from '../auth/user-accounts';
import { renderSignInPage, renderSignOutPage } from './sign-in.view';
import { WebExceptionFilter } from './web-exception.filter';
import { webPaths } from './web-routes';

const HOUR_MS = 60 * 60 * 1000;

/** Only paths of this app: never an absolute or protocol-relative URL (no open redirect). */
export const safeNext = (next: unknown) => (typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : webPaths.dashboard);

@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller()
export class SignInController {
  constructor(private readonly authenticator: Authenticator) {}

  /** Sign-in is protected against login CSRF by double submit: the form's token must equal the cookie's. */
  @Public()
  @Get('signin')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  signInPage(@Req() request: Request, @Res({ passthrough: true }) response: Response, @Query('next') next?: string): string {
    const csrfToken = newSecret();
    this.setCookie(request, response, CSRF_COOKIE, csrfToken, { httpOnly: false });
    return renderSignInPage({ csrfToken, next: safeNext(next) });
  }

  @Public()
  @Post('signin')
  @HttpCode(303)
  async signIn(@Req() request: Request, @Res() response: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const next = safeNext(body.next);
    const name = typeof body.name === 'string' ? body.name.slice(0, 100) : '';
    const again = (status: number, error: string) => {
      const csrfToken = newSecret();
      this.setCookie(request, response, CSRF_COOKIE, csrfToken, { httpOnly: false });
      response.status(status).type('html').send(renderSignInPage({ csrfToken, next, name, error }));
    };
    const cookies = (request.cookies ?? {}) as Record<string, string>;
    if (!cookies[CSRF_COOKIE] || !sameSecret(body[CSRF_FIELD], cookies[CSRF_COOKIE])) {
      return again(403, 'The sign-in form expired. Please try again.');
    }
    const user = typeof body.password === 'string' ? await passwordMatches(this.authenticator.accounts, name, body.password) : undefined;
    if (!user) return again(401, 'The user name or password is wrong.');
    const hours = this.authenticator.settings.sessionHours;
    const session = this.authenticator.accounts.createSession(user.name, new Date(Date.now() + hours * HOUR_MS));
    this.setCookie(request, response, SESSION_COOKIE, session.sessionId, { httpOnly: true, maxAge: hours * HOUR_MS });
    this.setCookie(request, response, CSRF_COOKIE, session.csrfToken, { httpOnly: false, maxAge: hours * HOUR_MS });
    response.redirect(303, next);
  }

  @Get('signout')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  signOutPage(@Req() request: AuthenticatedRequest): string {
    return renderSignOutPage(request.user!.sessionCsrfToken ?? '', request.user!.name);
  }

  @Post('signout')
  signOut(@Req() request: Request, @Res() response: Response): void {
    const sessionId = ((request.cookies ?? {}) as Record<string, string>)[SESSION_COOKIE];
    if (sessionId) this.authenticator.accounts.endSession(sessionId);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    response.clearCookie(CSRF_COOKIE, { path: '/' });
    response.redirect(303, webPaths.signIn);
  }

  private setCookie(request: Request, response: Response, name: string, value: string, options: { httpOnly: boolean; maxAge?: number }): void {
    const mode = this.authenticator.settings.secureCookies;
    response.cookie(name, value, { ...options, sameSite: 'lax', path: '/', secure: mode === 'always' || (mode === 'auto' && request.secure) });
  }
}
