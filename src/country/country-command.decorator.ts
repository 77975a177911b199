import { applyDecorators, Post } from '@nestjs/common';
import { ApiCreatedResponse } from '@nestjs/swagger';
import { OfficerForCountry } from '../auth/access.decorators';

/**
 * `POST /countries/:code/<action>`, for officers of the country only. Its handler answers through
 * AnswerWithRevision, so that the 201 carries the country's new revision as its ETag.
 */
export const CountryCommand = (action: string) =>
  applyDecorators(
    OfficerForCountry(),
    Post(`:code/${action}`),
    ApiCreatedResponse({
      description: 'Recorded',
      headers: { ETag: { description: 'The country stream revision after the command, e.g. "4": the If-Match of the next one' } },
    }),
  );
