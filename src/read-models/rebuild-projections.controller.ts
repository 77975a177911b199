import { Controller, HttpCode, Logger, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/access.decorators';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { ProjectionRunner } from './projection-runner.service';

@ApiTags('admin')
@Controller('admin')
export class RebuildProjectionsController {
  private readonly logger = new Logger('Admin');

  constructor(private readonly runner: ProjectionRunner) {}

  @Post('rebuild-projections')
  @HttpCode(200)
  @RequiresRole('admin')
  @ApiOkResponse({ description: 'Every read model was cleared and rebuilt from the log; answers once caught up' })
  async rebuild(@Req() request: AuthenticatedRequest): Promise<{ position: number }> {
    this.logger.warn(`${request.user!.name} is rebuilding every projection`);
    return { position: await this.runner.rebuild() };
  }
}
