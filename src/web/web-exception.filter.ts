import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, UnauthorizedException } from '@nestjs/common';
import { Request, Response } from 'express';
import { CountryNotFound, NotFound } from '../shared/domain-errors';
import { WebApiBusy } from './web-api.client';
import { renderErrorPage } from './page-layout.view';
import { webPaths } from './web-routes';

/** Pages answer with a readable HTML page, never a JSON error body. */
@Catch()
export class WebExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Web');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof UnauthorizedException && !response.headersSent) {
      const next = host.switchToHttp().getRequest<Request>().originalUrl;
      return response.redirect(303, `${webPaths.signIn}?${new URLSearchParams({ next })}`);
    }
    const { status, title, message } = this.describe(exception);
    if (response.headersSent) return;
    if (exception instanceof WebApiBusy && exception.retryAfter) response.setHeader('Retry-After', exception.retryAfter);
    response.status(status).type('html').send(renderErrorPage(title, message));
  }

  private describe(exception: unknown): { status: number; title: string; message: string } {
    if (exception instanceof CountryNotFound || exception instanceof NotFound) {
      return { status: 404, title: 'Not found', message: exception.message };
    }
    if (exception instanceof WebApiBusy) {
      return { status: 503, title: 'Being brought up to date', message: exception.message };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      return { status, title: status === 404 ? 'Not found' : 'This request cannot be shown', message: exception.message };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { status: 500, title: 'Something went wrong', message: 'This page could not be shown. Please try again.' };
  }
}
