import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CountryDirectory } from '../countries/country-directory';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { DEMO_ACTIVITIES } from './demo-activities';
import { demoCommands } from './demo-commands';

/**
 * Loads the demo activities into an empty store before the app listens, through the command bus, so
 * the demo data passes the same validation and business rules as anything a person records.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const head = await this.store.headPosition();
    if (head !== 0) {
      this.logger.log(`The event store holds ${head} events; no demo data loaded`);
      return;
    }
    const loaded = await this.seed();
    this.logger.log(
      `Loaded ${loaded} demo events (COP Initiative status report, Q4 2024, and earlier history); ` +
        'set SEED_DEMO=false to start with an empty store',
    );
  }

  /** Returns how many events the demo commands wrote. */
  private async seed(): Promise<number> {
    const commands = demoCommands(DEMO_ACTIVITIES, this.countries);
    const before = await this.store.headPosition();
    for (const command of commands) await this.commandBus.execute(command);
    return (await this.store.headPosition()) - before;
  }
}
