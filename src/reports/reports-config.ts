import { resolve } from 'node:path';
import { InvalidConfiguration } from '../config/app-config';

export const REPORTS_CONFIG = Symbol('REPORTS_CONFIG');

export type ReportsConfig = {
  /** Where drafted reports are written. */
  reportsDir: string;
  /** How many days after a quarter ends its report is drafted. */
  draftDaysAfterQuarter: number;
};

const DEFAULT_DRAFT_DELAY_DAYS = 5;
/** Later than this, the draft would fall after the following quarter has ended too. */
const MAX_DRAFT_DELAY_DAYS = 80;

export function reportsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReportsConfig {
  const configured = env.REPORT_DRAFT_DAYS_AFTER_QUARTER?.trim();
  const days = configured ? Number(configured) : DEFAULT_DRAFT_DELAY_DAYS;
  if (!Number.isInteger(days) || days < 0 || days > MAX_DRAFT_DELAY_DAYS) {
    throw new InvalidConfiguration(
      `REPORT_DRAFT_DAYS_AFTER_QUARTER must be a whole number of days from 0 to ${MAX_DRAFT_DELAY_DAYS}, got "${configured}"`,
    );
  }
  return { reportsDir: resolve(env.REPORTS_DIR ?? './reports'), draftDaysAfterQuarter: days };
}
