import { buildQuarterlyReport } from './build-quarterly-report';
import { activitiesOf, consultation, drafted, GivenEvent, reportOf as report, sectionsOf, testCountries, training } from './testing/report-fixtures';

describe('quarterly report: corrections, retractions, regional activities', () => {
  const heldInMaldives = { ...training('MDV', { participants: 20 }), eventId: 'e-mdv' };

  it('shows corrected values, marks them corrected and explains the mark', () => {
    const built = report(heldInMaldives, {
      type: 'MilestoneCorrected',
      data: { country: 'MDV', eventId: 'e-mdv', milestoneType: 'TrainingHeld', previous: heldInMaldives.data, changes: { participants: 28 }, reason: 'miscounted' },
    });
    const [item] = built.parts[0].sections[0].items;
    expect(item).toMatchObject({ text: 'In the Maldives, the Training of Trainers for Educators was held, reaching 28 participants.', corrected: true });
    expect(built.correctionNote).toMatch(/^† Corrected/);
    expect(built.activities[0]).toMatchObject({ participants: 28, corrected: true });
  });

  it('leaves out retracted activities everywhere, and moved ones from their old quarter', () => {
    const built = report(
      heldInMaldives,
      { type: 'MilestoneRetracted', data: { country: 'MDV', eventId: 'e-mdv', milestoneType: 'TrainingHeld', previous: heldInMaldives.data, reason: 'duplicate' } },
      { ...drafted('BHS'), eventId: 'e-bhs' },
      {
        type: 'MilestoneCorrected',
        data: { country: 'BHS', eventId: 'e-bhs', milestoneType: 'FrameworkDrafted', previous: drafted('BHS').data, changes: { date: '2025-01-10' }, reason: 'wrong date' },
      },
    );
    expect(built.parts).toEqual([]);
    expect(built.activities).toEqual([]);
    expect(built.emptyNotice).toBe('No activities were recorded between October and December 2024.');
    expect(built.regionSummary.total).toMatchObject({ countriesEngaged: 0, trainings: 0 });
  });

  it('tells a regional activity once, naming the host, the number of countries and their region', () => {
    const built = report({
      type: 'RegionalActivityHeld',
      data: { activityId: 'a1', countries: ['NGA', 'KEN', 'GHA'], date: '2024-10-02', kind: 'workshop', title: 'Regional COP Workshop for Africa', host: 'KEN', participants: 200 },
    });
    expect(sectionsOf(built)).toEqual({
      '1.1 Regional activities': [
        'The Regional COP Workshop for Africa, hosted by Kenya, brought together 200 participants from 3 countries in Africa (Ghana, Kenya and Nigeria).',
      ],
    });
    expect(built.parts[0].lead).toMatch(/^Collaborating across countries and sectors/);
    expect(built.activities).toHaveLength(1);
  });

  it('gives only the number when many countries took part', () => {
    const countries = ['AND', 'BHS', 'ECU', 'GHA', 'IDN', 'KEN', 'MLT'];
    const built = report({
      type: 'RegionalActivityHeld',
      data: { activityId: 'a2', countries, date: '2024-12-02', kind: 'conference', title: 'global forum on child online protection' },
    });
    expect(built.parts[0].sections[0].items[0].text).toBe('A global forum on child online protection brought together participants from 7 countries.');
  });

  it('puts trainings of coaches and industry under the cross-sector section', () => {
    const built = report(training('ECU', { title: 'Training webinar for young coaches', audience: 'coaches', format: 'webinar', partners: ['Scort Foundation'] }));
    expect(sectionsOf(built)).toEqual({
      '1.1 Child online protection across sectors': [
        'In Ecuador, in collaboration with the Scort Foundation, ITU held a webinar for coaches: training webinar for young coaches.',
      ],
    });
  });
});

describe('quarterly report: summary table and stability', () => {
  const events: GivenEvent[] = [
    training('MDV', { participants: 25 }),
    training('IDN', { participants: 30 }),
    training('MLT'),
    consultation('IDN'),
    drafted('PRI'),
    { type: 'ActivityPlanned', data: { country: 'LBN', date: '2024-12-01', plannedFor: '2025-Q1', kind: 'training', title: 'Workshops for parents' } },
    { type: 'RegionalActivityHeld', data: { activityId: 'a1', countries: ['GHA', 'KEN'], date: '2024-10-02', kind: 'training', title: 'Regional Training', host: 'KEN', participants: 40 } },
    { ...training('MWI'), data: { ...training('MWI').data, date: '2025-01-03' } },
  ];

  it('counts countries engaged, trainings and people trained per ITU region, plans aside', () => {
    const { rows, total } = report(...events).regionSummary;
    const byRegion = Object.fromEntries(rows.map((row) => [row.region, [row.countriesEngaged, row.trainings, row.peopleTrained]]));
    expect(byRegion).toEqual({
      Africa: [2, 1, 40],
      Americas: [0, 0, 0],
      'Arab States': [0, 0, 0],
      'Asia & Pacific': [2, 2, 55],
      CIS: [0, 0, 0],
      Europe: [1, 1, 0],
      'Outside the ITU regions': [1, 0, 0],
    });
    expect(total).toEqual({ region: 'Total', countriesEngaged: 6, trainings: 4, peopleTrained: 95 });
  });

  it('is the same whatever order the activities arrive in', () => {
    const forwards = report(...events);
    const backwards = buildQuarterlyReport({ quarter: '2024-Q4', activities: activitiesOf(...events).reverse(), countries: testCountries });
    expect(JSON.stringify(backwards)).toBe(JSON.stringify(forwards));
  });

  it('lists one row per activity of the quarter, by section then date', () => {
    const rows = report(...events).activities;
    expect(rows.map((row) => [row.section, row.countries])).toEqual([
      ['1.1 Capacity building', 'Indonesia'],
      ['1.1 Capacity building', 'Maldives'],
      ['1.1 Capacity building', 'Malta'],
      ['1.1 Capacity building', 'Lebanon'],
      ['1.2 National COP frameworks', 'Puerto Rico'],
      ['1.3 Child participation', 'Indonesia'],
      ['2.1 Regional activities', 'Ghana; Kenya'],
    ]);
    expect(rows[3]).toMatchObject({ activity: 'Activity planned', plannedFor: '2025-Q1', details: 'Workshops for parents' });
  });
});
