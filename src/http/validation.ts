import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '../shared/domain-errors';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** A body bound to a DTO class must be a JSON object; an array would otherwise be validated index by index. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && Array.isArray(value) && metadata.metatype !== Array) {
      throw new BadRequestException({
        error: 'Bad Request',
        message: 'The request body must be a JSON object',
        errors: [{ field: 'body', messages: ['must be a JSON object'] }],
      });
    }
    return super.transform(value, metadata);
  }
}

export const createValidationPipe = () =>
  new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new BadRequestException({
        error: 'Bad Request',
        message: fieldErrors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; '),
        errors: fieldErrors,
      });
    },
  });
