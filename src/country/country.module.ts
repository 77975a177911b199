import { Module } from '@nestjs/common';
import { ReadModelStore } from '../read-models/read-model.store';
import { CountryCommandExecutor } from './country-command-executor';
import { COUNTRY_SNAPSHOTS, SqliteCountrySnapshots } from './country-snapshots';
import { SnapshotsOnFullReplay } from './snapshots-on-full-replay';
import { HoldTrainingController } from './hold-training/hold-training.controller';
import { HoldTrainingHandler } from './hold-training/hold-training.handler';
import { InitiateAssistanceController } from './initiate-assistance/initiate-assistance.controller';
import { InitiateAssistanceHandler } from './initiate-assistance/initiate-assistance.handler';
import { DraftFrameworkController } from './draft-framework/draft-framework.controller';
import { DraftFrameworkHandler } from './draft-framework/draft-framework.handler';
import { AdoptFrameworkController } from './adopt-framework/adopt-framework.controller';
import { AdoptFrameworkHandler } from './adopt-framework/adopt-framework.handler';
import { CompleteAssistanceController } from './complete-assistance/complete-assistance.controller';
import { CompleteAssistanceHandler } from './complete-assistance/complete-assistance.handler';
import { HoldEventController } from './hold-event/hold-event.controller';
import { HoldEventHandler } from './hold-event/hold-event.handler';
import { PlanActivityController } from './plan-activity/plan-activity.controller';
import { PlanActivityHandler } from './plan-activity/plan-activity.handler';
import { TranslateGuidelinesController } from './translate-guidelines/translate-guidelines.controller';
import { TranslateGuidelinesHandler } from './translate-guidelines/translate-guidelines.handler';
import { EstablishChildTaskforceController } from './establish-child-taskforce/establish-child-taskforce.controller';
import { EstablishChildTaskforceHandler } from './establish-child-taskforce/establish-child-taskforce.handler';
import { HoldChildConsultationController } from './hold-child-consultation/hold-child-consultation.controller';
import { HoldChildConsultationHandler } from './hold-child-consultation/hold-child-consultation.handler';
import { CorrectMilestoneController } from './correct-milestone/correct-milestone.controller';
import { CorrectMilestoneHandler } from './correct-milestone/correct-milestone.handler';
import { RetractMilestoneController } from './retract-milestone/retract-milestone.controller';
import { RetractMilestoneHandler } from './retract-milestone/retract-milestone.handler';

@Module({
  controllers: [
    TranslateGuidelinesController,
    EstablishChildTaskforceController,
    HoldChildConsultationController,
    CorrectMilestoneController,
    RetractMilestoneController,
    InitiateAssistanceController,
    DraftFrameworkController,
    AdoptFrameworkController,
    CompleteAssistanceController,
    HoldEventController,
    PlanActivityController,
    HoldTrainingController,
  ],
  providers: [
    TranslateGuidelinesHandler,
    EstablishChildTaskforceHandler,
    HoldChildConsultationHandler,
    CorrectMilestoneHandler,
    RetractMilestoneHandler,
    InitiateAssistanceHandler,
    DraftFrameworkHandler,
    AdoptFrameworkHandler,
    CompleteAssistanceHandler,
    HoldEventHandler,
    PlanActivityHandler,
    CountryCommandExecutor,
    { provide: COUNTRY_SNAPSHOTS, inject: [ReadModelStore], useFactory: (readModels: ReadModelStore) => new SqliteCountrySnapshots(readModels.db) },
    SnapshotsOnFullReplay,
    HoldTrainingHandler,
  ],
})
export class CountryModule {}
