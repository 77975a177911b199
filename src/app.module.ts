import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { CountriesModule } from './countries/countries.module';
import { CountryModule } from './country/country.module';
import { DemoModule } from './demo/demo.module';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthController } from './health/health.controller';
import { QueriesModule } from './queries/queries.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { RegionalActivityModule } from './regional-activity/regional-activity.module';
import { ReportsModule } from './reports/reports.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        CqrsModule.forRoot(),
        AuthModule,
        EventStoreModule.forRoot(),
        ReadModelsModule,
        CountriesModule,
        CountryModule,
        RegionalActivityModule,
        QueriesModule,
        ReportsModule,
        WebModule,
        DemoModule,
        AuditModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
