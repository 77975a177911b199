import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerRequest } from '@nestjs/throttler';
import type { AuthenticatedRequest } from './access.guard';

export const SIGN_IN_PATH = '/signin';
export const SIGN_IN_THROTTLER = 'sign-in';
export const WRITES_THROTTLER = 'writes';

const isSignIn = (request: AuthenticatedRequest) => request.path === SIGN_IN_PATH;

/** Limits sign-in attempts per client address and writes per user; reads are never limited. */
@Injectable()
export class RequestThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return ['GET', 'HEAD', 'OPTIONS'].includes(context.switchToHttp().getRequest<AuthenticatedRequest>().method);
  }

  protected override async handleRequest(requestProps: ThrottlerRequest): Promise<boolean> {
    const request = requestProps.context.switchToHttp().getRequest<AuthenticatedRequest>();
    const appliesHere = (requestProps.throttler.name === SIGN_IN_THROTTLER) === isSignIn(request);
    return appliesHere ? super.handleRequest(requestProps) : true;
  }

  protected override async getTracker(request: AuthenticatedRequest): Promise<string> {
    return !isSignIn(request) && request.user ? `user:${request.user.name}` : `address:${request.ip}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new HttpException(
      { error: 'Too Many Requests', message: 'Too many requests in a short time; wait a minute and try again' },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
