import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ALL_PROJECTIONS } from '../../projections';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PROJECTION_BARRIER } from '../shared/command/projection-barrier';
import { AnyProjection, ProjectionEngine } from './projection-engine';
import { PROJECTION_ENGINE, ProjectionRunner } from './projection-runner.service';
import { ReadModelStore, readModelSynchronous } from './read-model.store';
import { RebuildProjectionsController } from './rebuild-projections.controller';

@Global()
@Module({
  controllers: [RebuildProjectionsController],
  providers: [
    {
      provide: ReadModelStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        mkdirSync(dirname(config.sqlitePath), { recursive: true });
        return new ReadModelStore(config.sqlitePath, readModelSynchronous(config.sqliteSynchronous));
      },
    },
    {
      provide: PROJECTION_ENGINE,
      inject: [ReadModelStore],
      useFactory: (store: ReadModelStore) => new ProjectionEngine(store, ALL_PROJECTIONS as AnyProjection[]),
    },
    ProjectionRunner,
    { provide: PROJECTION_BARRIER, useExisting: ProjectionRunner },
  ],
  exports: [ReadModelStore, ProjectionRunner, PROJECTION_BARRIER],
})
export class ReadModelsModule implements OnApplicationShutdown {
  constructor(@Inject(ReadModelStore) private readonly store: ReadModelStore) {}

  onApplicationShutdown(): void {
    this.store.close();
  }
}
