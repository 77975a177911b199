import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import {
  BusinessRuleViolated,
  CountryNotFound,
  DomainError,
  IdempotencyKeyReused,
  InvalidFields,
  NotFound,
  ReadModelRebuilding,
  StaleRevision,
} from '../shared/domain-errors';

type ErrorBody = { statusCode: number; error: string; message: string; errors?: unknown };

const DOMAIN_ERRORS = [BusinessRuleViolated, CountryNotFound, NotFound, StaleRevision, IdempotencyKeyReused, InvalidFields, ReadModelRebuilding];

/** How long a client is asked to wait while a read model is rebuilt: a million events take about half a minute. */
export const REBUILDING_RETRY_AFTER_SECONDS = 5;

/** The one place where domain errors become HTTP statuses; nothing else leaks to clients. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (exception instanceof ReadModelRebuilding) response.setHeader('Retry-After', String(REBUILDING_RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (DOMAIN_ERRORS.some((type) => exception instanceof type)) return domainErrorBody(exception as DomainError);
    if (exception instanceof HttpException) return httpExceptionBody(exception);
    if (isUnreadableBody(exception)) return unreadableBodyBody(exception);
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side' };
  }
}

function domainErrorBody(error: DomainError): ErrorBody {
  switch (error.kind) {
    case 'BusinessRuleViolated':
      return {
        statusCode: HttpStatus.CONFLICT,
        error: 'Conflict',
        message: error.message,
        ...(error.field && { errors: [{ field: error.field, messages: [error.message] }] }),
      };
    case 'CountryNotFound':
    case 'NotFound':
      return { statusCode: HttpStatus.NOT_FOUND, error: 'Not Found', message: error.message };
    case 'StaleRevision':
      return { statusCode: HttpStatus.PRECONDITION_FAILED, error: 'Precondition Failed', message: error.message };
    case 'IdempotencyKeyReused':
      return { statusCode: HttpStatus.UNPROCESSABLE_ENTITY, error: 'Unprocessable Entity', message: error.message };
    case 'InvalidFields':
      return { statusCode: HttpStatus.BAD_REQUEST, error: 'Bad Request', message: describe(error), errors: error.errors };
    case 'ReadModelRebuilding':
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, error: 'Service Unavailable', message: error.message };
    default: {
      const unknownError: never = error;
      return unknownError;
    }
  }
}

function describe(error: InvalidFields): string {
  return error.errors.map((fieldError) => fieldError.messages.join('; ')).join('; ');
}

function httpExceptionBody(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'errors' in response) {
    return { statusCode, ...(response as Omit<ErrorBody, 'statusCode'>) };
  }
  const message =
    typeof response === 'string'
      ? response
      : String((response as { message?: unknown }).message ?? exception.message);
  if (statusCode === 400 && exception.name === 'BadRequestException' && /JSON/i.test(message)) {
    return { statusCode, error: 'Bad Request', message: 'The request body is not valid JSON', errors: [{ field: 'body', messages: ['must be valid JSON'] }] };
  }
  const error = (response as { error?: unknown }).error;
  return { statusCode, error: typeof error === 'string' ? error : (STATUS_CODES[statusCode] ?? exception.name.replace(/Exception$/, '')), message };
}

/** body-parser's own errors (http-errors style): the body is too large, badly encoded or cut short. */
type UnreadableBody = Error & { status: number; type?: string; limit?: number };

function isUnreadableBody(exception: unknown): exception is UnreadableBody {
  const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
  return exception instanceof Error && expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

function unreadableBodyBody(error: UnreadableBody): ErrorBody {
  const message =
    error.type === 'entity.too.large' ? `The request body is larger than the limit of ${error.limit} bytes` : `The request body could not be read: ${error.message}`;
  return { statusCode: error.status, error: STATUS_CODES[error.status] ?? 'Bad Request', message, errors: [{ field: 'body', messages: [message] }] };
}
