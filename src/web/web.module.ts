import { Module } from '@nestjs/common';
import { AuditPageController } from './audit-page.controller';
import { CountryPageController } from './country-page.controller';
import { DashboardController } from './dashboard.controller';
import { LogController } from './log.controller';
import { ReportsPageController } from './reports-page.controller';
import { SignInController } from './sign-in.controller';
import { WebAssetsController } from './web-assets.controller';
import { WorldMapData } from './world-map.data';

/** The web app for managers and officers; its routes sit outside the `api` prefix (see web-routes.ts). */
@Module({
  controllers: [
    DashboardController,
    CountryPageController,
    LogController,
    ReportsPageController,
    WebAssetsController,
    SignInController,
    AuditPageController,
  ],
  providers: [WorldMapData],
})
export class WebModule {}
