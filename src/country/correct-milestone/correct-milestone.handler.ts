import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { standingMilestone } from '../domain/milestone-revision';
import { validateMilestoneChanges } from './correct-milestone.changes-validator';
import { CorrectMilestoneCommand } from './correct-milestone.command';
import { decideCorrectMilestone } from './correct-milestone.decide';
import { CorrectMilestoneRequestDto } from './correct-milestone.request.dto';

@CommandHandler(CorrectMilestoneCommand)
export class CorrectMilestoneHandler implements ICommandHandler<CorrectMilestoneCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: CorrectMilestoneCommand): Promise<CommandResult> {
    const { country, payload, context } = command;
    return this.executor.execute(country, context, (state) => {
      const milestone = standingMilestone(state, country, payload.eventId, 'corrected');
      const changes = validateMilestoneChanges(milestone.type, milestone.data, payload.changes);
      const validated = Object.assign(new CorrectMilestoneRequestDto(), payload, { changes });
      return decideCorrectMilestone(new CorrectMilestoneCommand(country, validated, context), state);
    });
  }
}
