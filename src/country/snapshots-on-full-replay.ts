import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ProjectionRunner } from '../read-models/projection-runner.service';
import { CountrySnapshotMaker } from './country-snapshot-maker';
import { COUNTRY_SNAPSHOTS, CountrySnapshots } from './country-snapshots';

/**
 * Whenever the projection runner reads the whole log (a first start on an existing store, a projection's new version,
 * an admin rebuild), country streams are folded on the way and saved as snapshots once it has caught up: the first
 * commands after an upgrade then start from them instead of reading every country's whole history.
 */
@Injectable()
export class SnapshotsOnFullReplay implements OnModuleInit {
  private readonly logger = new Logger(SnapshotsOnFullReplay.name);

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(COUNTRY_SNAPSHOTS) private readonly snapshots: CountrySnapshots,
  ) {}

  onModuleInit(): void {
    this.runner.onFullReplay(() => {
      const maker = new CountrySnapshotMaker();
      return {
        apply: (batch) => maker.apply(batch),
        caughtUp: () => {
          const saved = maker.saveTo(this.snapshots);
          if (saved > 0) this.logger.log(`Saved snapshots of ${saved} country streams`);
        },
      };
    });
  }
}
