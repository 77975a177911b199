import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { AdoptFrameworkRequestDto } from './adopt-framework.request.dto';

export class AdoptFrameworkCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: AdoptFrameworkRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
