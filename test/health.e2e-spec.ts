import { EVENT_STORE, EventStore } from '../src/event-store/event-store.port';
import { startTestApp, TestApp } from './support/test-app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeEach(async () => (t = await startTestApp()));
  afterEach(() => t.close());

  it('reports a reachable store, live projections and no lag', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      store: { kind: 'sqlite', reachable: true, headPosition: expect.any(Number) },
      projections: {
        position: response.body.store.headPosition,
        lag: { events: 0, eventsCapped: false, seconds: 0 },
        subscription: { state: 'live', drops: 0, attempt: 0 },
        catchingUp: null,
      },
    });
  });

  it('answers 503 naming the problem when the store does not answer', async () => {
    await t.app.get<EventStore>(EVENT_STORE).close();
    const response = await t.http().get('/api/health').expect(503);
    expect(response.body).toMatchObject({
      status: 'down',
      store: { kind: 'sqlite', reachable: false, error: expect.stringMatching(/not open/) },
      projections: { lag: null },
    });
  });
});
