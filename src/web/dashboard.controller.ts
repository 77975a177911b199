import { Controller, Get, Header, Query, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Request } from 'express';
import { renderDashboard } from './dashboard.view';
import { isRegion, isStage } from './stage-display';
import { WebApiClient } from './web-api.client';
import { WebExceptionFilter } from './web-exception.filter';
import { WorldMapData } from './world-map.data';

@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller()
export class DashboardController {
  constructor(private readonly worldMap: WorldMapData) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async dashboard(
    @Req() request: Request,
    @Query('region') region?: string,
    @Query('stage') stage?: string,
  ): Promise<string> {
    const countries = await WebApiClient.forRequest(request).countries();
    const codes = countries.map((country) => country.code);
    return renderDashboard({
      region: isRegion(region) ? region : undefined,
      stage: isStage(stage) ? stage : undefined,
      countries,
      numericCodes: Object.fromEntries(codes.map((code) => [code, this.worldMap.numericCodeOf(code)])),
      markers: this.worldMap.markersFor(codes),
    });
  }
}
