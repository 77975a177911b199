import { Module } from '@nestjs/common';
import { HoldRegionalActivityController } from './hold-regional-activity/hold-regional-activity.controller';
import { HoldRegionalActivityHandler } from './hold-regional-activity/hold-regional-activity.handler';
import { RegionalActivityCommandExecutor } from './regional-activity-command-executor';

@Module({
  controllers: [HoldRegionalActivityController],
  providers: [RegionalActivityCommandExecutor, HoldRegionalActivityHandler],
})
export class RegionalActivityModule {}
