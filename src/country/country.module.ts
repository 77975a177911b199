import { Module } from '@nestjs/common';
import { CountryCommandExecutor } from './country-command-executor';
import { HoldTrainingController } from './hold-training/hold-training.controller';
import { HoldTrainingHandler } from './hold-training/hold-training.handler';

@Module({
  controllers: [HoldTrainingController],
  providers: [CountryCommandExecutor, HoldTrainingHandler],
})
export class CountryModule {}
