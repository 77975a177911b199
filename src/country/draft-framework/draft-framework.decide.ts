import { assertHappened } from '../domain/business-rules';
import { FrameworkDrafted } from '../domain/country.events';
import { CountryState } from '../domain/country.state';
import type { DraftFrameworkCommand } from './draft-framework.command';

export function decideDraftFramework({ country, payload, context }: DraftFrameworkCommand, _state: CountryState): FrameworkDrafted[] {
  assertHappened(payload.date, context.now);
  return [
    {
      type: 'FrameworkDrafted',
      data: {
        country,
        date: payload.date,
        ...(payload.title && { title: payload.title }),
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
