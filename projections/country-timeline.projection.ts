import type { MilestoneData } from '../src/country/domain/country.events';
import type { RecordedTrackerEvent } from '../src/tracker-events';
import { isMilestoneEvent } from './milestone-event';
import type { Projection } from './projection';
import type { SummarisedEvent } from './milestone-summary';

export type TimelineCorrection = {
  reason: string;
  correctedBy: string;
  correctedAt: string;
  changes: Partial<MilestoneData>;
  previous: MilestoneData;
};

export type TimelineRetraction = { reason: string; retractedBy: string; retractedAt: string };

/** Its country is in its key; its one-line summary is made from `type` and `data` when it is read (summariseMilestone). */
export type TimelineEntry = {
  eventId: string;
  type: SummarisedEvent['type'];
  /** Business date the milestone happened (for a plan: the day it was made). */
  date: string;
  data: SummarisedEvent['data'];
  /** Global log position of the original event: orders entries that share a date. */
  position: number;
  recordedBy: string;
  recordedAt: string;
  corrected?: TimelineCorrection[];
  retracted?: TimelineRetraction;
};

/** One country's entries share the key prefix `<alpha3>/`, so its timeline is one range read. */
export const timelineKey = (country: string, eventId: string) => `${country}/${eventId}`;
export const timelinePrefix = (country: string) => `${country}/`;

export const countryTimelineProjection: Projection<TimelineEntry, RecordedTrackerEvent> = {
  name: 'country-timeline',
  version: 2,
  documentsOf: (event) => {
    if (isMilestoneEvent(event)) return [timelineKey(event.data.country, event.eventId)];
    switch (event.type) {
      case 'MilestoneCorrected':
      case 'MilestoneRetracted':
        return [timelineKey(event.data.country, event.data.eventId)];
      case 'RegionalActivityHeld':
        return [...new Set(event.data.countries)].map((country) => timelineKey(country, event.eventId));
      case 'QuarterlyReportPublished':
        return [];
      default: {
        const unknownEvent: never = event;
        return unknownEvent;
      }
    }
  },
  createsDocuments: (event) => isMilestoneEvent(event) || event.type === 'RegionalActivityHeld',
  initialState: () => null,
  evolve: (entry, event) => {
    if (isMilestoneEvent(event)) return newEntry(event);
    switch (event.type) {
      case 'RegionalActivityHeld':
        return newEntry(event);
      case 'MilestoneCorrected': {
        if (!entry) return entry;
        const data = { ...entry.data, ...event.data.changes } as MilestoneData;
        const correction: TimelineCorrection = {
          reason: event.data.reason,
          correctedBy: event.metadata.actor,
          correctedAt: event.metadata.recordedAt,
          changes: event.data.changes,
          previous: event.data.previous,
        };
        return {
          ...entry,
          data,
          date: data.date,
          corrected: [...(entry.corrected ?? []), correction],
        };
      }
      case 'MilestoneRetracted':
        if (!entry) return entry;
        return {
          ...entry,
          retracted: {
            reason: event.data.reason,
            retractedBy: event.metadata.actor,
            retractedAt: event.metadata.recordedAt,
          },
        };
      case 'QuarterlyReportPublished':
        return entry;
      default: {
        const unknownEvent: never = event;
        return unknownEvent;
      }
    }
  },
};

function newEntry(event: RecordedTrackerEvent & SummarisedEvent): TimelineEntry {
  return {
    eventId: event.eventId,
    type: event.type,
    date: event.data.date,
    data: event.data,
    position: event.position,
    recordedBy: event.metadata.actor,
    recordedAt: event.metadata.recordedAt,
  };
}

/** Business-date order; entries on the same date keep the order they were logged in. */
export function byTimelineOrder(a: TimelineEntry, b: TimelineEntry): number {
  return a.date.localeCompare(b.date) || a.position - b.position;
}
