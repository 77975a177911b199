import type { QuarterId } from '../country/domain/country.events';
import type { QuarterlyActivity } from '../../projections/quarterly-activities.projection';
import { phrasingOf } from './activity-sentences';
import { activityRows, PlacedActivity } from './activity-rows';
import { instantLabel, periodPhrase, quarterLabel } from './quarter';
import { summariseByRegion } from './region-summary';
import { CORRECTION_MARK, CountryLookup, CountryNaming, QuarterlyReport, rememberingLookup, ReportItem, ReportPart, ReportSection } from './report.model';
import { PART_LEADS, placementOf, SECTIONS, SectionId } from './report-sections';
import { asSentence, compareCodes, joinNaturally, lowerFirst, orderByName } from './report-wording';

export type QuarterlyReportInput = {
  quarter: QuarterId;
  activities: readonly QuarterlyActivity[];
  countries: CountryLookup;
  asOf?: string | null;
};

type Group = { section: SectionId; rank: number; activities: QuarterlyActivity[]; text: (places: string) => string };

/** The quarter's countries, and their names in byName order worked out once for the many small sorts of a report. */
type Naming = { countries: CountryLookup; byName: (a: string, b: string) => number };

function countryCodesOf(activities: readonly QuarterlyActivity[]): string[] {
  const codes = new Set<string>();
  for (const activity of activities) for (const code of activity.countries) codes.add(code);
  return [...codes];
}

function sortedCountries(activities: readonly QuarterlyActivity[], { countries, byName }: Naming): CountryNaming[] {
  if (activities.length === 1 && activities[0].countries.length === 1) return [countries(activities[0].countries[0])];
  return countryCodesOf(activities)
    .map((code) => countries(code))
    .sort((a, b) => byName(a.name, b.name));
}

/** An officer's note is the activity's sentence; one that names none of its countries is told where it happened. */
function noteSentence(note: string, activity: QuarterlyActivity, places: string, countries: CountryLookup): string {
  const sentence = asSentence(note);
  if (activity.type === 'RegionalActivityHeld') return sentence;
  const names = activity.countries.flatMap((code) => [countries(code).name, countries(code).nameInSentence]);
  const lowerCase = sentence.toLowerCase();
  const named = names.some((name) => lowerCase.includes(name.toLowerCase()));
  return named ? sentence : `In ${places}, ${lowerFirst(sentence)}`;
}

function groupActivities(activities: readonly QuarterlyActivity[], countries: CountryLookup): Group[] {
  const groups = new Map<string, Group>();
  for (const activity of activities) {
    const { section, rank } = placementOf(activity);
    if (activity.note?.trim()) {
      const note = activity.note;
      groups.set(`note|${activity.eventId}`, {
        section,
        rank,
        activities: [activity],
        text: (places) => noteSentence(note, activity, places, countries),
      });
      continue;
    }
    const phrasing = phrasingOf(activity);
    const key = `${section}|${rank}|${activity.type}|${phrasing.key}`;
    const existing = groups.get(key);
    if (existing) {
      existing.activities.push(activity);
      continue;
    }
    const group: Group = {
      section,
      rank,
      activities: [activity],
      text: (places) => phrasing.compose({ places, group: group.activities, countries }),
    };
    groups.set(key, group);
  }
  return [...groups.values()];
}

type SortableItem = { group: Group; item: ReportItem; sortName: string };

function itemOf(group: Group, naming: Naming): SortableItem {
  const named = sortedCountries(group.activities, naming);
  const first = group.activities[0];
  return {
    group,
    item: {
      text: group.text(joinNaturally(named.map((country) => country.nameInSentence))),
      corrected: group.activities.some((activity) => activity.corrected),
      planned: group.activities.some((activity) => activity.type === 'ActivityPlanned'),
      eventIds: group.activities.map((activity) => activity.eventId).sort(),
    },
    sortName: first.type === 'RegionalActivityHeld' ? first.fields.title : named.map((country) => country.name).join(' '),
  };
}

/** Kinds of activity in the section's order, then alphabetically by country (or regional title). */
function inSectionOrder(items: SortableItem[]): SortableItem[] {
  const bySortName = orderByName(items.map((item) => item.sortName));
  return items.sort((a, b) => a.group.rank - b.group.rank || bySortName(a.sortName, b.sortName) || compareCodes(a.item.text, b.item.text));
}

/** Numbers the parts and sections that have something to say, leaving the empty ones out. */
function numberedParts(groups: Group[], naming: Naming): { parts: ReportPart[]; placed: PlacedActivity[] } {
  const parts: ReportPart[] = [];
  const placed: PlacedActivity[] = [];
  for (const partNumber of [1, 2] as const) {
    const sections: ReportSection[] = [];
    for (const definition of SECTIONS.filter((section) => section.part === partNumber)) {
      const items = inSectionOrder(groups.filter((group) => group.section === definition.id).map((group) => itemOf(group, naming)));
      if (items.length === 0) continue;
      const number = `${parts.length + 1}.${sections.length + 1}`;
      const section = `${number} ${definition.title}`;
      const sectionOrder = SECTIONS.indexOf(definition);
      for (const { group, item } of items) {
        group.activities.forEach((activity) => placed.push({ activity, section, sectionOrder, sentence: item.text }));
      }
      sections.push({ number, title: definition.title, items: items.map(({ item }) => item) });
    }
    if (sections.length > 0) parts.push({ number: String(parts.length + 1), lead: PART_LEADS[partNumber], sections });
  }
  return { parts, placed };
}

/** The quarterly report as data: every renderer (md, html, docx, csv, json) prints this and only this. */
export function buildQuarterlyReport({ quarter, activities, asOf = null, ...input }: QuarterlyReportInput): QuarterlyReport {
  const countries = rememberingLookup(input.countries);
  const inQuarter = activities
    .filter((activity) => activity.quarter === quarter)
    .sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.eventId, b.eventId));
  const byName = orderByName(countryCodesOf(inQuarter).map((code) => countries(code).name));
  const { parts, placed } = numberedParts(groupActivities(inQuarter, countries), { countries, byName });
  const period = periodPhrase(quarter);
  return {
    quarter,
    title: 'Status of the Child Online Protection Initiative',
    subtitle: `Quarterly activity report, ${quarterLabel(quarter)}`,
    asOf,
    asOfNotice: asOf ? `As recorded up to ${instantLabel(asOf)}.` : null,
    purpose: `This report is intended to provide an overview on the status of the COP Initiative and the implementation of the COP Guidelines ${period}.`,
    parts,
    emptyNotice: parts.length === 0 ? `No activities were recorded ${period}.` : null,
    correctionNote: inQuarter.some((activity) => activity.corrected)
      ? `${CORRECTION_MARK} Corrected after it was first recorded; the corrected details are shown.`
      : null,
    regionSummary: summariseByRegion(inQuarter, countries),
    activities: activityRows(placed, countries),
  };
}
