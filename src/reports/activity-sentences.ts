import type { EventRole, TrainingAudience, TrainingFormat } from '../country/domain/country.events';
import type { QuarterlyActivity } from '../../projections/quarterly-activities.projection';
import { quarterLabel } from './quarter';
import type { CountryLookup } from './report.model';
import { describeRegionalActivity } from './regional-sentence';
import {
  capitalise,
  counted,
  isPlural,
  isTitleCase,
  languageName,
  organisationList,
  organisationName,
  titleInSentence,
  withDefiniteArticle,
  withIndefiniteArticle,
  withoutFinalStop,
} from './report-wording';

/** Where the countries of a group go in its sentence, already joined: "the Bahamas and Suriname". */
export type PhrasingContext = { places: string; group: QuarterlyActivity[]; countries: CountryLookup };

/** Activities with equal keys are told in one sentence, composed once for the group: the key must stay cheap. */
export type Phrasing = { key: string; compose(context: PhrasingContext): string };

const FORMATS: Record<TrainingFormat, string> = {
  'training-of-trainers': 'training of trainers',
  workshop: 'workshop',
  webinar: 'webinar',
  course: 'course',
};

const AUDIENCES: Record<TrainingAudience, string | null> = {
  educators: 'educators',
  police: 'police officers',
  coaches: 'coaches',
  parents: 'parents',
  children: 'children',
  industry: 'industry representatives',
  policymakers: 'policymakers',
  other: null,
};

const ROLES: Record<EventRole, string> = {
  organised: 'organised',
  contributed: 'contributed to',
  participated: 'participated in',
};

const lower = (text: string | undefined) => (text ?? '').trim().toLowerCase();

export function participantsOf(activity: QuarterlyActivity): number | undefined {
  return 'participants' in activity.fields ? activity.fields.participants : undefined;
}

/** ", reaching 55 participants" when every activity of the group says how many took part. */
function reach(group: QuarterlyActivity[], verb = 'reaching'): string {
  const counts = group.map(participantsOf);
  if (counts.some((count) => count === undefined)) return '';
  const total = (counts as number[]).reduce((sum, count) => sum + count, 0);
  return `, ${verb} ${counted(total, 'participant')}`;
}

function guidelinesPhrase(guidelines: string | undefined): string {
  if (!guidelines) return 'the COP Guidelines';
  const name = withoutFinalStop(guidelines).replace(/^the\s+/i, '');
  if (/^(ITU\s+)?COP\s+Guidelines\b/i.test(name)) return `the ${name}`;
  if (/^Guidelines\b/i.test(name)) return `the COP ${name}`;
  return `the COP Guidelines (${name})`;
}

export function phrasingOf(activity: QuarterlyActivity): Phrasing {
  switch (activity.type) {
    case 'GuidelinesTranslated': {
      const { language, guidelines, presented } = activity.fields;
      const presentation = presented ? ' and officially presented' : '';
      return {
        key: `${lower(language)}|${lower(guidelines)}|${Boolean(presented)}`,
        compose: ({ places }) =>
          `In ${places}, ${guidelinesPhrase(guidelines)} were translated into ${languageName(language)}${presentation}.`,
      };
    }
    case 'TrainingHeld': {
      const { title, audience, format, partners = [] } = activity.fields;
      return {
        key: `${lower(title)}|${audience}|${format ?? ''}|${partners.map(lower).sort().join(';')}`,
        compose: ({ places, group }) => {
          const partnered = partners.length > 0 ? `in collaboration with ${organisationList(partners)}, ` : '';
          const audiencePhrase = AUDIENCES[audience] ? ` for ${AUDIENCES[audience]}` : '';
          const what = isTitleCase(title)
            ? `${withDefiniteArticle(title)} was held`
            : `ITU held ${withIndefiniteArticle(format ? FORMATS[format] : 'training')}${audiencePhrase}: ${titleInSentence(withoutFinalStop(title))}`;
          return `In ${places}, ${partnered}${what}${reach(group)}.`;
        },
      };
    }
    case 'FrameworkDrafted':
      return { key: '', compose: ({ places }) => `In ${places}, ITU delivered a draft national framework.` };
    case 'FrameworkAdopted': {
      const { instrument } = activity.fields;
      return {
        key: lower(instrument),
        compose: ({ places, group }) => {
          const named = instrument ? ` (${withoutFinalStop(instrument)})` : '';
          return group.length > 1
            ? `In ${places}, the national COP frameworks were adopted${named}.`
            : `In ${places}, the national COP framework was adopted${named}.`;
        },
      };
    }
    case 'AssistanceInitiated':
      return { key: '', compose: ({ places }) => `In ${places}, ITU initiated the technical assistance.` };
    case 'AssistanceCompleted': {
      const outcome = withoutFinalStop(activity.fields.outcome);
      return {
        key: lower(outcome),
        compose: ({ places }) => `In ${places}, ITU completed the technical assistance${outcome ? `: ${outcome}` : ''}.`,
      };
    }
    case 'ChildTaskforceEstablished': {
      const { partner } = activity.fields;
      return {
        key: lower(partner),
        compose: ({ places, group }) => {
          const partnered = partner ? ` in collaboration with ${organisationName(partner)}` : '';
          return group.length > 1
            ? `In ${places}, national child taskforces were set up${partnered}.`
            : `In ${places}, a national child taskforce was set up${partnered}.`;
        },
      };
    }
    case 'ChildConsultationHeld': {
      const { partner } = activity.fields;
      return {
        key: lower(partner),
        compose: ({ places, group }) => {
          const opening = partner ? `In collaboration with ${organisationName(partner)}, consultation` : 'Consultation';
          return `${opening} workshops with the established child taskforces were completed in ${places}${reach(group, 'involving')}.`;
        },
      };
    }
    case 'EventHeld': {
      const { title, kind, role } = activity.fields;
      return {
        key: `${kind}|${role}|${lower(title)}`,
        compose: ({ places }) =>
          `In ${places}, ITU ${ROLES[role]} ${withIndefiniteArticle(titleInSentence(withoutFinalStop(title)))}.`,
      };
    }
    case 'ActivityPlanned': {
      const { title, plannedFor, kind } = activity.fields;
      return {
        key: `${plannedFor}|${kind}|${lower(title)}`,
        compose: ({ places }) => {
          const what = withoutFinalStop(title);
          const plural = isPlural(what);
          const subject = capitalise(plural ? what : withIndefiniteArticle(titleInSentence(what)));
          return `${subject} in ${places} ${plural ? 'are' : 'is'} planned for ${quarterLabel(plannedFor)}.`;
        },
      };
    }
    case 'RegionalActivityHeld':
      return { key: activity.eventId, compose: ({ countries }) => describeRegionalActivity(activity, countries) };
    default: {
      const unknownActivity: never = activity;
      return unknownActivity;
    }
  }
}
