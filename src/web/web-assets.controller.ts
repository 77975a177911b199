import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Response } from 'express';
import { join } from 'node:path';
import { Public } from '../auth/access.decorators';
import { MAP_VENDOR_FILES } from './world-map.data';

const OWN_ASSETS = ['app.css', 'dashboard-map.js', 'milestone-form.js', 'report-page.js'];

/** Every file a page loads comes from here (own assets and installed packages): no CDN, works offline. */
export const WEB_ASSET_FILES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(OWN_ASSETS.map((file) => [file, join(__dirname, 'assets', file)])),
  ...MAP_VENDOR_FILES,
};

@Public()
@ApiExcludeController()
@Controller('assets')
export class WebAssetsController {
  @Get(':file')
  asset(@Param('file') file: string, @Res() response: Response): void {
    const path = Object.hasOwn(WEB_ASSET_FILES, file) ? WEB_ASSET_FILES[file] : undefined;
    if (!path) throw new NotFoundException(`No asset named ${file}`);
    response.sendFile(path, { maxAge: '1h', headers: { 'X-Content-Type-Options': 'nosniff' } });
  }
}
