import type { PlannedActivityKind } from '../country/domain/country.events';
import type { QuarterlyActivity } from '../../projections/quarterly-activities.projection';

export type SectionId =
  | 'translation'
  | 'capacity-building'
  | 'frameworks'
  | 'child-participation'
  | 'events'
  | 'regional'
  | 'cross-sector';

export type SectionDefinition = { id: SectionId; part: 1 | 2; title: string };

/** The report's sections in the order of the house style; empty ones are left out and the rest numbered. */
export const SECTIONS: readonly SectionDefinition[] = [
  { id: 'translation', part: 1, title: 'Translation of the COP Guidelines' },
  { id: 'capacity-building', part: 1, title: 'Capacity building' },
  { id: 'frameworks', part: 1, title: 'National COP frameworks' },
  { id: 'child-participation', part: 1, title: 'Child participation' },
  { id: 'events', part: 1, title: 'Summits, seminars and campaigns' },
  { id: 'regional', part: 2, title: 'Regional activities' },
  { id: 'cross-sector', part: 2, title: 'Child online protection across sectors' },
];

export const PART_LEADS: Record<1 | 2, string> = {
  1: 'As part of ITU’s global programme, the following activities were undertaken:',
  2: 'Collaborating across countries and sectors, the ITU COP Initiative took further actions:',
};

/** Audiences outside government and schools: sport, industry. */
const CROSS_SECTOR_AUDIENCES = new Set(['coaches', 'industry']);

const PLANNED_SECTION: Record<PlannedActivityKind, SectionId> = {
  'guidelines-translation': 'translation',
  training: 'capacity-building',
  'framework-draft': 'frameworks',
  'framework-adoption': 'frameworks',
  'assistance-initiation': 'frameworks',
  'assistance-completion': 'frameworks',
  'child-taskforce': 'child-participation',
  'child-consultation': 'child-participation',
  event: 'events',
};

/** Plans come after what was done in their section. */
const PLANNED_RANK = 9;

/** Where an activity is told, and its rank among the kinds of activity of that section. */
export function placementOf(activity: QuarterlyActivity): { section: SectionId; rank: number } {
  switch (activity.type) {
    case 'GuidelinesTranslated':
      return { section: 'translation', rank: 0 };
    case 'TrainingHeld':
      return CROSS_SECTOR_AUDIENCES.has(activity.fields.audience)
        ? { section: 'cross-sector', rank: 0 }
        : { section: 'capacity-building', rank: 0 };
    case 'FrameworkDrafted':
      return { section: 'frameworks', rank: 0 };
    case 'FrameworkAdopted':
      return { section: 'frameworks', rank: 1 };
    case 'AssistanceInitiated':
      return { section: 'frameworks', rank: 2 };
    case 'AssistanceCompleted':
      return { section: 'frameworks', rank: 3 };
    case 'ChildTaskforceEstablished':
      return { section: 'child-participation', rank: 0 };
    case 'ChildConsultationHeld':
      return { section: 'child-participation', rank: 1 };
    case 'EventHeld':
      return { section: 'events', rank: 0 };
    case 'RegionalActivityHeld':
      return { section: 'regional', rank: 0 };
    case 'ActivityPlanned':
      return { section: PLANNED_SECTION[activity.fields.kind], rank: PLANNED_RANK };
    default: {
      const unknownActivity: never = activity;
      return unknownActivity;
    }
  }
}

export const ACTIVITY_LABELS: Record<QuarterlyActivity['type'], string> = {
  AssistanceInitiated: 'Technical assistance initiated',
  FrameworkDrafted: 'Draft national framework delivered',
  FrameworkAdopted: 'National framework adopted',
  AssistanceCompleted: 'Technical assistance completed',
  TrainingHeld: 'Training held',
  GuidelinesTranslated: 'COP Guidelines translated',
  ChildTaskforceEstablished: 'Child taskforce established',
  ChildConsultationHeld: 'Child consultation held',
  EventHeld: 'Event held',
  ActivityPlanned: 'Activity planned',
  RegionalActivityHeld: 'Regional activity held',
};
