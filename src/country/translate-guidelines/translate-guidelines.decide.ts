import { assertHappened } from '../domain/business-rules';
import type { GuidelinesTranslated } from '../domain/country.events';
import type { CountryState } from '../domain/country.state';
import type { TranslateGuidelinesCommand } from './translate-guidelines.command';

export function decideTranslateGuidelines(
  { country, payload, context }: TranslateGuidelinesCommand,
  _state: CountryState,
): GuidelinesTranslated[] {
  assertHappened(payload.date, context.now);
  return [
    {
      type: 'GuidelinesTranslated',
      data: {
        country,
        date: payload.date,
        language: payload.language,
        ...(payload.guidelines && { guidelines: payload.guidelines }),
        ...(payload.presented !== undefined && { presented: payload.presented }),
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
