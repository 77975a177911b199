import { buildQuarterlyReport } from '../build-quarterly-report';
import { DEMO_QUARTER_EVENTS } from '../testing/demo-quarter.fixture';
import { activitiesOf, testCountries } from '../testing/report-fixtures';
import { renderHtml } from './html-report.renderer';
import { renderMarkdown } from './markdown-report.renderer';

const build = (asOf: string | null = null) =>
  buildQuarterlyReport({ quarter: '2024-Q4', activities: activitiesOf(...DEMO_QUARTER_EVENTS), countries: testCountries, asOf });

describe('markdown report', () => {
  const markdown = renderMarkdown(build());

  it('reads like the house style: title, period, purpose, numbered sections, summary table', () => {
    expect(markdown).toMatch(/^# Status of the Child Online Protection Initiative\n\nQuarterly activity report, Q4 2024\n/);
    expect(markdown).toContain('between October and December 2024.');
    const headings = markdown.split('\n').filter((line) => line.startsWith('##'));
    expect(headings).toEqual([
      '## Purpose',
      '## 1 As part of ITU’s global programme, the following activities were undertaken:',
      '### 1.1 Translation of the COP Guidelines',
      '### 1.2 Capacity building',
      '### 1.3 National COP frameworks',
      '### 1.4 Child participation',
      '## Summary by ITU region',
    ]);
    expect(markdown).toContain('- In the Bahamas and Suriname, ITU delivered a draft national framework.\n- In Andorra and Eswatini, ITU initiated the technical assistance.\n');
    expect(markdown).toContain('- Consultation workshops with newly established child taskforces in Ecuador are planned for Q1 2025.');
    expect(markdown).toContain('| Asia & Pacific | 2 | 1 | 24 |');
    expect(markdown).toContain('| **Total** | **9** | **2** | **24** |');
  });

  it('marks corrections and explains the mark once', () => {
    expect(markdown).toContain('reaching 24 participants.†');
    expect(markdown.match(/_† Corrected after it was first recorded/g)).toHaveLength(1);
  });

  it('says what instant it reflects when rendered as of a time', () => {
    expect(renderMarkdown(build('2025-01-05T10:00:00.000Z'))).toContain('_As recorded up to 5 January 2025, 10:00:00 UTC._');
    expect(markdown).not.toContain('As recorded up to');
  });

  it('escapes officer text that would otherwise become Markdown', () => {
    const noted = activitiesOf({ type: 'FrameworkDrafted', data: { country: 'MLT', date: '2024-11-01', note: 'In Malta, the *draft* went to <b>cabinet</b>' } });
    const text = renderMarkdown(buildQuarterlyReport({ quarter: '2024-Q4', activities: noted, countries: testCountries }));
    expect(text).toContain('- In Malta, the \\*draft\\* went to \\<b\\>cabinet\\</b\\>.');
  });
});

describe('html report', () => {
  const html = renderHtml(build());

  it('is one printable page with its style inline and nothing to fetch', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<style>');
    expect(html).toContain('@page');
    expect(html).not.toMatch(/<link|<script|src=|url\(|@import/);
  });

  it('has the numbered sections, the items and the table', () => {
    expect(html).toContain('<h3><span class="number">1.3</span>National COP frameworks</h3>');
    expect(html).toContain('<li>In the Bahamas and Suriname, ITU delivered a draft national framework.</li>');
    expect(html).toContain('<th>ITU region</th>');
    expect(html).toMatch(/<tfoot><tr><td>Total<\/td><td class="count">9<\/td>/);
  });

  it('escapes officer text', () => {
    const noted = activitiesOf({ type: 'FrameworkDrafted', data: { country: 'MLT', date: '2024-11-01', note: 'In Malta, <script>alert("x")</script> & more' } });
    const page = renderHtml(buildQuarterlyReport({ quarter: '2024-Q4', activities: noted, countries: testCountries }));
    expect(page).toContain('In Malta, &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more.');
    expect(page).not.toContain('<script>');
  });
});
