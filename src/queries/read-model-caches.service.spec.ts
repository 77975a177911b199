import type { ProjectionRunner } from '../read-models/projection-runner.service';
import type { RenderedReport } from '../reports/report-formats';
import type { QuarterlyReport } from '../reports/report.model';
import type { CountryStatusView, CountrySummaryView, SerializedStatus } from './country-query.views';
import { DEFAULT_READ_MODEL_CACHE_BUDGETS, ReadModelCaches } from './read-model-caches.service';
import { TimelineIndex } from './timeline-index';

type Listener = (changes: ReadonlyMap<string, ReadonlySet<string>>, rebuilt?: boolean) => void;

function cachesWithRunner() {
  const listeners = new Set<Listener>();
  const runner = {
    onDocumentsChanged: (listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as ProjectionRunner;
  const caches = new ReadModelCaches(runner, DEFAULT_READ_MODEL_CACHE_BUDGETS);
  const flushed = (changes: Record<string, string[]>) =>
    listeners.forEach((listener) => listener(new Map(Object.entries(changes).map(([name, keys]) => [name, new Set(keys)]))));
  return { caches, flushed, listeners };
}

const status = (code: string): SerializedStatus => ({ view: { code } as CountryStatusView, body: Buffer.from(`{"code":"${code}"}`) });
const pages = () => new Map([['200|', { body: Buffer.from('{}'), etag: 'W/"2-x"', next: null }]]);
const rendered = (format: RenderedReport['format'], bytes = 10) => ({ format, body: Buffer.alloc(bytes) }) as RenderedReport;
const report = (quarter: string) => ({ quarter }) as QuarterlyReport;
const index = () => TimelineIndex.of([{ eventId: 'e1', date: '2024-01-01', position: 1 }]);

describe('read-model caches', () => {
  it('forgets the status of a country whose status document changed, and the country list', () => {
    const { caches, flushed } = cachesWithRunner();
    caches.statuses.set('MLT', status('MLT'), 1);
    caches.statuses.set('KEN', status('KEN'), 1);
    caches.allCountries(() => [{ code: 'MLT' } as CountrySummaryView]);

    flushed({ 'country-status': ['MLT'] });

    expect([caches.statuses.get('MLT'), caches.statuses.get('KEN')]).toEqual([undefined, status('KEN')]);
    expect(caches.allCountries(() => [])).toEqual([]);
  });

  it('forgets the order and the served pages of a country whose timeline changed, and only of that one', () => {
    const { caches, flushed } = cachesWithRunner();
    caches.timelineIndexes.set('MLT', index(), 1);
    caches.timelineIndexes.set('KEN', index(), 1);
    caches.timelinePages.set('MLT', pages(), 1);
    caches.timelinePages.set('KEN', pages(), 1);

    flushed({ 'country-timeline': ['MLT/e1'] });

    expect([caches.timelineIndexes.get('MLT'), caches.timelineIndexes.get('KEN')]).toEqual([undefined, expect.any(TimelineIndex)]);
    expect([caches.timelinePages.get('MLT'), caches.timelinePages.get('KEN')]).toEqual([undefined, pages()]);
  });

  it('forgets the report of a quarter whose activity documents changed, and keeps the others', () => {
    const { caches, flushed } = cachesWithRunner();
    caches.quarterReports.set('2024-Q3', report('2024-Q3'), 1);
    caches.quarterReports.set('2024-Q4', report('2024-Q4'), 1);

    flushed({ 'quarterly-activities': ['2024-Q4/e1'], 'country-status': [] });

    expect([caches.quarterReports.get('2024-Q3'), caches.quarterReports.get('2024-Q4')]).toEqual([report('2024-Q3'), undefined]);
  });

  it('keeps each rendering of a quarter’s report until the quarter’s activity documents change', () => {
    const { caches, flushed } = cachesWithRunner();
    for (const quarter of ['2024-Q3', '2024-Q4']) {
      caches.keepRenderedReport(quarter, rendered('json'), caches.reportsGeneration);
      caches.keepRenderedReport(quarter, rendered('md'), caches.reportsGeneration);
    }
    expect(caches.renderedReport('2024-Q4', 'md')).toEqual(rendered('md'));
    expect(caches.renderedReports.weight).toBe(40);

    flushed({ 'quarterly-activities': ['2024-Q4/e1'] });

    expect([caches.renderedReport('2024-Q4', 'json'), caches.renderedReport('2024-Q4', 'md')]).toEqual([undefined, undefined]);
    expect(caches.renderedReport('2024-Q3', 'json')).toEqual(rendered('json'));
  });

  it('does not keep a rendering begun before any quarter’s activities changed', () => {
    const { caches, flushed } = cachesWithRunner();
    const begun = caches.reportsGeneration;
    flushed({ 'quarterly-activities': ['2024-Q4/e1'] });

    caches.keepRenderedReport('2024-Q4', rendered('json'), begun);

    expect(caches.renderedReport('2024-Q4', 'json')).toBeUndefined();
  });

  it('forgets every rendering, and renderings begun before, when the read models are rebuilt', () => {
    const { caches, listeners } = cachesWithRunner();
    const begun = caches.reportsGeneration;
    caches.keepRenderedReport('2024-Q4', rendered('json'), begun);

    listeners.forEach((listener) => listener(new Map(), true));
    caches.keepRenderedReport('2024-Q3', rendered('json'), begun);

    expect([caches.renderedReport('2024-Q4', 'json'), caches.renderedReport('2024-Q3', 'json')]).toEqual([undefined, undefined]);
  });

  it('stops listening when the module is destroyed', () => {
    const { caches, listeners } = cachesWithRunner();
    caches.onModuleDestroy();
    expect(listeners.size).toBe(0);
  });
});
