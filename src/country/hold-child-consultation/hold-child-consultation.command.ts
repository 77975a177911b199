import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { HoldChildConsultationRequestDto } from './hold-child-consultation.request.dto';

export class HoldChildConsultationCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: HoldChildConsultationRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
