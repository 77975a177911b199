import type { QuarterId } from '../country/domain/country.events';
import type { ItuRegion } from '../countries/itu-region';

/** How a country reads in the report; CountryDirectory.find gives exactly this. */
export type CountryNaming = { name: string; nameInSentence: string; region: ItuRegion | null };
export type CountryLookup = (code: string) => CountryNaming;

/** One sentence of a section: one activity, or the same kind of activity in several countries. */
export type ReportItem = {
  text: string;
  /** At least one activity behind the sentence was corrected after it was first logged. */
  corrected: boolean;
  planned: boolean;
  eventIds: string[];
};

export type ReportSection = { number: string; title: string; items: ReportItem[] };

/** A numbered part ("1 As part of ITU's global programme ...") holding numbered sections ("1.1 ..."). */
export type ReportPart = { number: string; lead: string; sections: ReportSection[] };

export type RegionSummaryRow = {
  region: string;
  countriesEngaged: number;
  trainings: number;
  peopleTrained: number;
};

export type RegionSummary = {
  title: string;
  columns: [string, string, string, string];
  rows: RegionSummaryRow[];
  total: RegionSummaryRow;
  note: string;
};

/** One row per activity, for spreadsheets (csv) and machines (json). */
export type ActivityRow = {
  section: string;
  eventId: string;
  activity: string;
  date: string;
  countries: string;
  countryCodes: string;
  ituRegions: string;
  details: string;
  participants: number | null;
  plannedFor: string | null;
  note: string | null;
  corrected: boolean;
  recordedAt: string;
  sentence: string;
};

export type QuarterlyReport = {
  quarter: QuarterId;
  title: string;
  subtitle: string;
  /** The instant the report reflects the log at; null for the log as it stands. */
  asOf: string | null;
  /** "As recorded up to 5 January 2025, 10:00:00 UTC." when asOf is set. */
  asOfNotice: string | null;
  purpose: string;
  parts: ReportPart[];
  /** Said instead of the parts when nothing happened in the quarter. */
  emptyNotice: string | null;
  /** Explains the mark on corrected sentences; null when nothing was corrected. */
  correctionNote: string | null;
  regionSummary: RegionSummary;
  activities: ActivityRow[];
};

export const CORRECTION_MARK = '†';

/** Codes the directory does not know are shown as they are rather than failing the whole report. */
export const countryLookupFrom =
  (directory: { find(code: string): CountryNaming | undefined }): CountryLookup =>
  (code) =>
    directory.find(code) ?? { name: code, nameInSentence: code, region: null };

/** The same lookup, asking once per code: a report looks its countries up tens of thousands of times. */
export function rememberingLookup(countries: CountryLookup): CountryLookup {
  const known = new Map<string, CountryNaming>();
  return (code) => {
    let naming = known.get(code);
    if (!naming) known.set(code, (naming = countries(code)));
    return naming;
  };
}
