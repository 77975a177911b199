import { CountryDirectory } from '../src/countries/country-directory';
import { startTestApp, TestApp } from './support/test-app';

/** Section 1 of shared/seeds/cop-initiative-status-report-2024-q4.txt: who is in each section, and who shares a sentence. */
const SEED_SECTIONS: { heading: string; countries: string[]; groups: string[] }[] = [
  { heading: '### 1.1 Translation of the COP Guidelines', countries: ['Malta'], groups: [] },
  { heading: '### 1.2 Capacity building', countries: ['Maldives', 'Malta'], groups: [] },
  {
    heading: '### 1.3 National COP frameworks',
    countries: ['Andorra', 'Bahamas', 'Eswatini', 'Suriname'],
    groups: ['In the Bahamas and Suriname, ITU delivered a draft national framework.', 'In Andorra and Eswatini, ITU initiated the technical assistance.'],
  },
  {
    heading: '### 1.4 Child participation',
    countries: ['Ecuador', 'Indonesia', 'Lebanon', 'Malawi'],
    groups: ['Indonesia, Lebanon and Malawi'],
  },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sectionBullets(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('#'));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith('- '));
}

describe('the demo data reported for 2024-Q4', () => {
  let t: TestApp;
  let markdown: string;
  const countryNames = new CountryDirectory().all().map((country) => country.name);
  const countriesIn = (text: string) => countryNames.filter((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(text)).sort();

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    markdown = (await t.http().get('/api/reports/quarterly/2024-Q4?format=md').expect(200)).text;
  });
  afterAll(() => t.close());

  it('has sections 1.1 to 1.4 in the order of the source document', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('### 1.'));
    expect(headings.slice(0, 4)).toEqual(SEED_SECTIONS.map((section) => section.heading));
  });

  it.each(SEED_SECTIONS)('$heading names the countries of the source document, grouped the same way', ({ heading, countries, groups }) => {
    const bullets = sectionBullets(markdown, heading);
    expect(countriesIn(bullets.join('\n'))).toEqual(countries);
    for (const group of groups) expect(bullets.some((bullet) => bullet.includes(group))).toBe(true);
    const ungrouped = countries.filter((country) => !groups.some((group) => group.includes(country)));
    for (const country of ungrouped) {
      const mentioning = bullets.filter((bullet) => countriesIn(bullet).includes(country));
      expect(mentioning.every((bullet) => countriesIn(bullet).length === 1)).toBe(true);
    }
  });

  it('says when the planned consultations in Ecuador will happen', () => {
    const ecuador = sectionBullets(markdown, '### 1.4 Child participation').filter((bullet) => bullet.includes('Ecuador'));
    expect(ecuador.some((bullet) => bullet.endsWith('planned for Q1 2025.'))).toBe(true);
  });
});
