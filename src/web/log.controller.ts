import { Controller, Get, Header, NotFoundException, Param, Query, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Request } from 'express';
import { v7 as uuidV7 } from 'uuid';
import { RequiresRole } from '../auth/access.decorators';
import { CountryDirectory } from '../countries/country-directory';
import { CountryOption } from './form-field.view';
import { renderLogIndex } from './log-index.view';
import { formFor, formRecording, MilestoneForm } from './milestone-forms';
import { MilestoneFormModel, renderMilestoneForm, upcomingQuarters } from './milestone-form.view';
import { TimelineEntry, WebApiClient } from './web-api.client';
import { WebExceptionFilter } from './web-exception.filter';

@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@RequiresRole('officer')
@Controller('log')
export class LogController {
  constructor(private readonly directory: CountryDirectory) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  index(@Query('country') country?: string): string {
    return renderLogIndex(this.option(country));
  }

  /**
   * Each render carries a fresh Idempotency-Key, so resubmitting the same rendered form logs once. It is a UUIDv7,
   * whose time the event id keeps (see eventIdFor).
   */
  @Get(':command')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async form(
    @Req() request: Request,
    @Param('command') command: string,
    @Query('country') country?: string,
    @Query('eventId') eventId?: string,
  ): Promise<string> {
    const form = formFor(command);
    if (!form) throw new NotFoundException(`There is no form called "${command}"`);
    const today = new Date().toISOString().slice(0, 10);
    const model: MilestoneFormModel = {
      form,
      idempotencyKey: uuidV7(),
      countries: this.countryOptions(),
      country: this.option(country),
      quarters: upcomingQuarters(today),
      today,
    };
    if (form.scope === 'revision' && model.country) {
      Object.assign(model, await this.revisionTarget(WebApiClient.forRequest(request), form, model.country, eventId));
    }
    return renderMilestoneForm(model);
  }

  private async revisionTarget(api: WebApiClient, form: MilestoneForm, country: CountryOption, eventId?: string) {
    const revisable = (entry: TimelineEntry) => !entry.retracted && formRecording(entry.type) !== undefined;
    const candidates = ((await api.timeline(country.code))?.entries ?? []).filter(revisable);
    const wanted = eventId?.toLowerCase();
    const target = wanted
      ? (candidates.find((entry) => entry.eventId === wanted) ?? (await api.timelineEntry(country.code, wanted)))
      : undefined;
    if (eventId && (!target || !revisable(target))) throw new NotFoundException(`${country.name} has no milestone ${eventId} that can be revised`);
    const correctable =
      target && form.command === 'correct-milestone'
        ? formRecording(target.type)!.fields.filter((field) => field.name !== 'note')
        : undefined;
    return { candidates, target, correctable };
  }

  private option(code?: string): CountryOption | undefined {
    const country = code ? this.directory.find(code) : undefined;
    return country && { code: country.code, name: country.name };
  }

  private countryOptions(): CountryOption[] {
    const members = this.directory.memberStates();
    return (members.length > 0 ? members : this.directory.all()).map(({ code, name }) => ({ code, name }));
  }
}
