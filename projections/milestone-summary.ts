import type { EventRole, Milestone, TrainingAudience } from '../src/country/domain/country.events';
import type { RegionalActivityHeld } from '../src/regional-activity/regional-activity.events';

export type SummarisedEvent = Milestone | RegionalActivityHeld;

const AUDIENCES: Record<TrainingAudience, string> = {
  educators: 'educators',
  police: 'police officers',
  coaches: 'coaches',
  parents: 'parents',
  children: 'children',
  industry: 'industry',
  policymakers: 'policymakers',
  other: 'other audiences',
};

const ROLES: Record<EventRole, string> = {
  organised: 'ITU organised',
  contributed: 'ITU contributed to',
  participated: 'ITU participated in',
};

/** One line a manager reads in a country's timeline, built from the event's data only. */
export function summariseMilestone(event: SummarisedEvent): string {
  switch (event.type) {
    case 'AssistanceInitiated':
      return withDetail('ITU initiated the technical assistance', event.data.summary);
    case 'FrameworkDrafted':
      return withDetail('Draft national COP framework delivered', event.data.title);
    case 'FrameworkAdopted':
      return `National COP framework adopted${inBrackets(event.data.instrument)}`;
    case 'AssistanceCompleted':
      return withDetail('Technical assistance completed', event.data.outcome);
    case 'TrainingHeld': {
      const { title, audience, partners, participants } = event.data;
      const partnered = partners?.length ? ` with ${listed(partners)}` : '';
      return `${title} held for ${AUDIENCES[audience] ?? audience}${partnered}${participantsOf(participants)}`;
    }
    case 'GuidelinesTranslated': {
      const { guidelines, language, presented } = event.data;
      const presentation = presented ? ' and officially presented' : '';
      return `COP Guidelines${inBrackets(guidelines)} translated into ${languageName(language)}${presentation}`;
    }
    case 'ChildTaskforceEstablished':
      return `National child taskforce established${withPartner(event.data.partner)}`;
    case 'ChildConsultationHeld':
      return `Consultation workshop with the child taskforce held${withPartner(event.data.partner)}${participantsOf(event.data.participants)}`;
    case 'EventHeld':
      return `${ROLES[event.data.role] ?? event.data.role} ${event.data.title} (${event.data.kind.replace(/-/g, ' ')})`;
    case 'ActivityPlanned':
      return `${event.data.title} planned for ${quarterName(event.data.plannedFor)}`;
    case 'RegionalActivityHeld': {
      const { kind, title, countries, participants } = event.data;
      const countryCount = new Set(countries).size;
      const people = participants === undefined ? '' : ` and ${participants} ${participants === 1 ? 'participant' : 'participants'}`;
      return `Regional ${kind}: ${title}, with ${countryCount} ${countryCount === 1 ? 'country' : 'countries'}${people}`;
    }
    default: {
      const unknownEvent: never = event;
      return String((unknownEvent as { type: unknown }).type);
    }
  }
}

/** "2025-Q1" reads as "Q1 2025". */
export function quarterName(quarter: string): string {
  const match = /^(\d{4})-(Q[1-4])$/.exec(quarter);
  return match ? `${match[2]} ${match[1]}` : quarter;
}

const withDetail = (sentence: string, detail: string | undefined) => (detail ? `${sentence}: ${detail}` : sentence);
const inBrackets = (detail: string | undefined) => (detail ? ` (${detail})` : '');
const withPartner = (partner: string | undefined) => (partner ? ` with ${partner}` : '');

function participantsOf(participants: number | undefined): string {
  if (participants === undefined) return '';
  return ` (${participants} ${participants === 1 ? 'participant' : 'participants'})`;
}

function listed(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Languages may be logged as ISO 639 codes ("fr") or as names ("French"); both read as a name. */
function languageName(language: string): string {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) return language;
  try {
    return languageNames.of(language) ?? language;
  } catch {
    return language;
  }
}
