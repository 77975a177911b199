import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import type { CountryState } from '../domain/country.state';
import { standingMilestone, TracedMilestone } from '../domain/milestone-revision';
import { validateMilestoneChanges } from './correct-milestone.changes-validator';
import { CorrectMilestoneCommand } from './correct-milestone.command';
import { decideCorrectMilestone } from './correct-milestone.decide';
import { CorrectMilestoneRequestDto } from './correct-milestone.request.dto';

@CommandHandler(CorrectMilestoneCommand)
export class CorrectMilestoneHandler implements ICommandHandler<CorrectMilestoneCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: CorrectMilestoneCommand): Promise<CommandResult> {
    const { country, payload, context } = command;
    const decide = (state: CountryState, traced?: TracedMilestone) => {
      const milestone = standingMilestone(country, payload.eventId, 'corrected', traced);
      const changes = validateMilestoneChanges(milestone.type, milestone.data, payload.changes);
      const validated = Object.assign(new CorrectMilestoneRequestDto(), payload, { changes });
      return decideCorrectMilestone(new CorrectMilestoneCommand(country, validated, context), state, traced);
    };
    return this.executor.execute(country, context, decide, payload.eventId);
  }
}
