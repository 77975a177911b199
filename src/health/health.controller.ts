import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../read-models/projection-runner.service';

const STORE_PROBE_TIMEOUT_MS = 3_000;

type StoreProbe = { reachable: true; headPosition: number } | { reachable: false; error: string };

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: ProjectionRunner,
  ) {}

  /**
   * `ok` when the store answers and projections follow it live; `degraded` while resubscribing or catching up
   * (`catchingUp` then says how far a long catch-up has come); 503 `down`.
   */
  @Get()
  @ApiOkResponse({ description: 'The store answers; projection position, lag and subscription state' })
  @ApiServiceUnavailableResponse({ description: 'The event store does not answer' })
  async health(@Res({ passthrough: true }) response: Response) {
    const probe = await this.probeStore();
    const subscription = this.runner.status();
    const lag = probe.reachable ? await this.runner.lag().catch(() => undefined) : undefined;
    if (!probe.reachable) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: !probe.reachable ? 'down' : subscription.state === 'live' ? 'ok' : 'degraded',
      store: { kind: this.config.eventStore, ...probe },
      projections: { position: this.runner.position(), lag: lag ?? null, subscription, catchingUp: this.runner.catchUpProgress() ?? null },
    };
  }

  private async probeStore(): Promise<StoreProbe> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      const noAnswer = new Error(`no answer within ${STORE_PROBE_TIMEOUT_MS} ms`);
      timer = setTimeout(() => reject(noAnswer), STORE_PROBE_TIMEOUT_MS);
    });
    try {
      return { reachable: true, headPosition: await Promise.race([this.store.headPosition(), timeout]) };
    } catch (error) {
      return { reachable: false, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}
