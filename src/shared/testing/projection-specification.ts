import { foldDocuments, Projection } from '../../../projections/projection';
import { RecordedTrackerEvent, TrackerEvent } from '../../tracker-events';

/** An event as a spec writes it; the envelope (ids, positions, revisions, metadata) is filled in. */
export type GivenEvent = TrackerEvent & { eventId?: string; actor?: string; recordedAt?: string };

function streamOf(event: TrackerEvent): string {
  if (event.type === 'RegionalActivityHeld') return `regional-activity-${event.data.activityId}`;
  if (event.type === 'QuarterlyReportPublished') return `report-${event.data.quarter}`;
  return `country-${event.data.country}`;
}

/** Gives events consecutive log positions and per-stream revisions, as the store would. */
export function recordAll(events: GivenEvent[], firstPosition = 1): RecordedTrackerEvent[] {
  const revisions = new Map<string, number>();
  return events.map(({ eventId, actor, recordedAt, ...event }, index) => {
    const streamName = streamOf(event as TrackerEvent);
    const revision = (revisions.get(streamName) ?? -1) + 1;
    revisions.set(streamName, revision);
    const position = firstPosition + index;
    return {
      ...(event as TrackerEvent),
      eventId: eventId ?? `event-${position}`,
      schemaVersion: 1,
      position,
      streamName,
      revision,
      metadata: {
        actor: actor ?? 'officer',
        commandId: `command-${position}`,
        correlationId: `command-${position}`,
        causationId: `command-${position}`,
        recordedAt: recordedAt ?? `2024-12-${String(1 + (index % 28)).padStart(2, '0')}T09:00:00.000Z`,
      },
    } as RecordedTrackerEvent;
  });
}

/**
 * given(history).when(...events).then(key, document) for a pure projection: the history and the new events
 * are folded in one log, so positions and revisions continue across both.
 */
export function projectionSpecification<State>(projection: Projection<State, RecordedTrackerEvent>) {
  return (given: GivenEvent[]) => ({
    when: (...events: GivenEvent[]) => {
      const documents = foldDocuments(projection, recordAll([...given, ...events]));
      return {
        documents,
        then: (key: string, expected: unknown) => expect(documents.get(key)).toEqual(expected),
        thenNoDocument: (key: string) => expect(documents.has(key)).toBe(false),
        thenKeys: (expected: string[]) => expect([...documents.keys()].sort()).toEqual([...expected].sort()),
      };
    },
  });
}
