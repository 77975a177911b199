import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { TranslateGuidelinesCommand } from './translate-guidelines.command';
import { TranslateGuidelinesRequestDto } from './translate-guidelines.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class TranslateGuidelinesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/translate-guidelines')
  translateGuidelines(
    @Param('code') code: string,
    @Body() body: TranslateGuidelinesRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new TranslateGuidelinesCommand(country, body, context));
  }
}
