import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForListedCountries } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { eventIdFor } from '../../shared/command/event-ids';
import { CountryNotFound, InvalidFields } from '../../shared/domain-errors';
import { HoldRegionalActivityCommand } from './hold-regional-activity.command';
import { HoldRegionalActivityRequestDto } from './hold-regional-activity.request.dto';

@ApiTags('regional activities')
@Controller('regional-activities')
export class HoldRegionalActivityController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  /** The activity id doubles as its event id, so a retry with the same Idempotency-Key finds the same stream. */
  @OfficerForListedCountries()
  @Post()
  holdRegionalActivity(
    @Body() body: HoldRegionalActivityRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const payload = Object.assign(new HoldRegionalActivityRequestDto(), body, {
      countries: this.participatingCountries(body.countries),
      ...(body.host !== undefined && { host: this.countries.resolve(body.host).code }),
    });
    const activityId = eventIdFor(context, 0);
    return this.commandBus.execute(new HoldRegionalActivityCommand(activityId, payload, context));
  }

  private participatingCountries(codes: string[]): string[] {
    const seen = new Map<string, string>();
    for (const code of codes) {
      const country = this.countries.find(code);
      if (!country) continue;
      const earlier = seen.get(country.code);
      if (earlier !== undefined) {
        throw new InvalidFields([
          { field: 'countries', messages: [`countries lists ${country.name} twice (as ${earlier} and ${code})`] },
        ]);
      }
      seen.set(country.code, code);
    }
    const unknown = codes.find((code) => !this.countries.find(code));
    if (unknown !== undefined) throw new CountryNotFound(unknown);
    return [...seen.keys()];
  }
}
