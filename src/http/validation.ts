import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
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
    const hidden = metadata.type === 'body' ? keysTheWhitelistMisses(value, metadata.metatype) : [];
    if (hidden.length === 0) return super.transform(value, metadata);
    const otherErrors = await super.transform(value, metadata).then(
      () => [],
      (error: unknown) => {
        if (!(error instanceof BadRequestException)) throw error;
        return (error.getResponse() as { errors?: FieldError[] }).errors ?? [];
      },
    );
    throw invalidFields([...otherErrors, ...hidden.map((key) => ({ field: key, messages: [`property ${key} should not exist`] }))]);
  }
}

/**
 * class-transformer drops keys such as `__proto__`, `constructor`, `prototype` or `toString` before the
 * whitelist sees them, so a body carrying them would pass as if they were absent.
 */
function keysTheWhitelistMisses(value: unknown, metatype: ArgumentMetadata['metatype']): string[] {
  if (!metatype || [String, Boolean, Number, Array, Object].includes(metatype as never) || typeof value !== 'object' || value === null) return [];
  const suspects = Object.keys(value).filter((key) => key in Object.prototype || key === 'prototype');
  if (suspects.length === 0) return [];
  const declared = new Set(getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false).map((rule) => rule.propertyName));
  return suspects.filter((key) => !declared.has(key));
}

const invalidFields = (fieldErrors: FieldError[]) =>
  new BadRequestException({
    error: 'Bad Request',
    message: fieldErrors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; '),
    errors: fieldErrors,
  });

export const createValidationPipe = () =>
  new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => invalidFields(flattenValidationErrors(errors)),
  });
