import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../read-models/projection-runner.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  async health() {
    const head = await this.store.headPosition();
    return {
      status: 'ok',
      store: { kind: this.config.eventStore, reachable: true, headPosition: head },
      projections: { position: this.runner.position(), lag: await this.runner.lag() },
    };
  }
}
