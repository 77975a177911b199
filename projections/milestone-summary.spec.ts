import { Milestone } from '../src/country/domain/country.events';
import { SummarisedEvent, quarterName, summariseMilestone } from './milestone-summary';

const summary = (type: string, data: object) => summariseMilestone({ type, data: { country: 'BHS', date: '2024-11-12', ...data } } as SummarisedEvent);

describe('milestone summary', () => {
  it.each([
    ['AssistanceInitiated', {}, 'ITU initiated the technical assistance'],
    ['AssistanceInitiated', { summary: 'Request from the ministry' }, 'ITU initiated the technical assistance: Request from the ministry'],
    ['FrameworkDrafted', { title: 'National COP Strategy' }, 'Draft national COP framework delivered: National COP Strategy'],
    ['FrameworkAdopted', { instrument: 'Cabinet decision 12/2024' }, 'National COP framework adopted (Cabinet decision 12/2024)'],
    ['AssistanceCompleted', { outcome: 'Framework in force' }, 'Technical assistance completed: Framework in force'],
    ['TrainingHeld', { title: 'Workshop', audience: 'police', partners: ['UNICEF', 'Interpol', 'Scort Foundation'], participants: 1 }, 'Workshop held for police officers with UNICEF, Interpol and Scort Foundation (1 participant)'],
    ['GuidelinesTranslated', { language: 'fr' }, 'COP Guidelines translated into French'],
    ['GuidelinesTranslated', { language: 'Dhivehi', guidelines: 'for parents and educators', presented: true }, 'COP Guidelines (for parents and educators) translated into Dhivehi and officially presented'],
    ['ChildTaskforceEstablished', { partner: 'University of Malta' }, 'National child taskforce established with University of Malta'],
    ['ChildConsultationHeld', { participants: 18 }, 'Consultation workshop with the child taskforce held (18 participants)'],
    ['EventHeld', { title: 'National COP Summit', kind: 'national-event', role: 'contributed' }, 'ITU contributed to National COP Summit (national event)'],
    ['ActivityPlanned', { title: 'Training for police', plannedFor: '2025-Q1', kind: 'training' }, 'Training for police planned for Q1 2025'],
  ] as [Milestone['type'], object, string][])('%s %j reads "%s"', (type, data, expected) => expect(summary(type, data)).toBe(expected));

  it('summarises a regional activity by its number of countries', () =>
    expect(
      summariseMilestone({
        type: 'RegionalActivityHeld',
        data: { activityId: 'a', countries: ['KEN'], date: '2024-10-02', kind: 'conference', title: 'Africa COP Forum' },
      }),
    ).toBe('Regional conference: Africa COP Forum, with 1 country'));

  it('reads a quarter the way people write it', () => {
    expect(quarterName('2025-Q3')).toBe('Q3 2025');
    expect(quarterName('soon')).toBe('soon');
  });
});
