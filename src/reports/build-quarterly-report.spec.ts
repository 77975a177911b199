import { consultation, drafted, initiated, reportOf as report, sectionsOf, training } from './testing/report-fixtures';

describe('quarterly report: sentences', () => {
  it('tells the same kind of activity in several countries in one sentence, in alphabetical order, with articles', () => {
    const built = report(drafted('SUR'), drafted('BHS'), initiated('SWZ'), initiated('AND'));
    expect(sectionsOf(built)).toEqual({
      '1.1 National COP frameworks': [
        'In the Bahamas and Suriname, ITU delivered a draft national framework.',
        'In Andorra and Eswatini, ITU initiated the technical assistance.',
      ],
    });
  });

  it('joins three or more countries with commas and a final "and"', () => {
    const built = report(consultation('MWI'), consultation('IDN'), consultation('LBN'));
    expect(sectionsOf(built)['1.1 Child participation']).toEqual([
      'In collaboration with the Western Sydney University, consultation workshops with the established child taskforces were completed in Indonesia, Lebanon and Malawi.',
    ]);
  });

  it('keeps different trainings apart, ordered by country name, and adds up participants of grouped ones', () => {
    const built = report(
      training('MLT', { title: 'Capacity building of the national police force', audience: 'police', format: 'course' }),
      training('MDV', { participants: 25 }),
      training('IDN', { participants: 30 }),
    );
    expect(sectionsOf(built)['1.1 Capacity building']).toEqual([
      'In Indonesia and the Maldives, the Training of Trainers for Educators was held, reaching 55 participants.',
      'In Malta, ITU held a course for police officers: capacity building of the national police force.',
    ]);
  });

  it('numbers the sections that have content, in the house order', () => {
    const built = report(
      consultation('IDN'),
      { type: 'GuidelinesTranslated', data: { country: 'MLT', date: '2024-11-19', language: 'mt', presented: true } },
      drafted('BHS'),
      training('MDV'),
      { type: 'EventHeld', data: { country: 'MLT', date: '2024-11-19', title: 'National COP Summit', kind: 'summit', role: 'contributed' } },
    );
    expect(Object.keys(sectionsOf(built))).toEqual([
      '1.1 Translation of the COP Guidelines',
      '1.2 Capacity building',
      '1.3 National COP frameworks',
      '1.4 Child participation',
      '1.5 Summits, seminars and campaigns',
    ]);
    expect(sectionsOf(built)['1.1 Translation of the COP Guidelines']).toEqual([
      'In Malta, the COP Guidelines were translated into Maltese and officially presented.',
    ]);
    expect(sectionsOf(built)['1.5 Summits, seminars and campaigns']).toEqual(['In Malta, ITU contributed to a National COP Summit.']);
    expect(built.parts.map((part) => part.lead)).toEqual(['As part of ITU’s global programme, the following activities were undertaken:']);
  });

  it('uses an officer note as the activity sentence, naming the country when the note does not', () => {
    const seedSentence =
      'In Malta a national event was held, where stakeholders discussed the national child online protection effort, and the translated guidelines were officially presented.';
    const built = report(
      { type: 'GuidelinesTranslated', data: { country: 'MLT', date: '2024-11-19', language: 'Maltese', note: seedSentence } },
      drafted('BHS'),
      { ...drafted('SUR'), data: { country: 'SUR', date: '2024-12-10', note: 'the draft was handed to the minister' } },
    );
    expect(sectionsOf(built)).toEqual({
      '1.1 Translation of the COP Guidelines': [seedSentence],
      '1.2 National COP frameworks': [
        'In the Bahamas, ITU delivered a draft national framework.',
        'In Suriname, the draft was handed to the minister.',
      ],
    });
  });

  it('says which quarter planned activities are planned for, after what was done', () => {
    const built = report(
      {
        type: 'ActivityPlanned',
        data: { country: 'ECU', date: '2024-12-16', plannedFor: '2025-Q1', kind: 'child-consultation', title: 'Consultation workshops with the newly established child taskforce' },
      },
      consultation('IDN'),
      { type: 'ActivityPlanned', data: { country: 'GHA', date: '2024-12-01', plannedFor: '2025-Q2', kind: 'event', title: 'National COP Summit' } },
    );
    const sections = sectionsOf(built);
    expect(sections['1.1 Child participation'][1]).toBe(
      'Consultation workshops with the newly established child taskforce in Ecuador are planned for Q1 2025.',
    );
    expect(sections['1.2 Summits, seminars and campaigns']).toEqual(['A National COP Summit in Ghana is planned for Q2 2025.']);
    expect(built.parts[0].sections[0].items[1].planned).toBe(true);
  });
});
