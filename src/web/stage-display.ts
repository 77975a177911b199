import { COUNTRY_STAGES, CountryStage } from '../../projections/country-stage';
import { ITU_REGION_NAMES, ITU_REGIONS, ItuRegion } from '../countries/itu-region';

export { COUNTRY_STAGES };

export const STAGE_LABELS: Record<CountryStage, string> = {
  'not-engaged': 'Not engaged',
  'assistance-initiated': 'Assistance initiated',
  'framework-drafted': 'Framework drafted',
  'framework-adopted': 'Framework adopted',
  'assistance-completed': 'Assistance completed',
};

/** A sequential palette that stays ordered in greyscale and for colour-blind readers. */
export const STAGE_COLOURS: Record<CountryStage, string> = {
  'not-engaged': '#d9d9d9',
  'assistance-initiated': '#c7e9b4',
  'framework-drafted': '#41b6c4',
  'framework-adopted': '#225ea8',
  'assistance-completed': '#081d58',
};

export const UNTRACKED_COLOUR = '#f4f4f4';

export const isStage = (value: unknown): value is CountryStage => COUNTRY_STAGES.includes(value as CountryStage);
export const isRegion = (value: unknown): value is ItuRegion => ITU_REGIONS.includes(value as ItuRegion);

export const stageLabel = (stage: string): string => (isStage(stage) ? STAGE_LABELS[stage] : stage);

export const REGION_OPTIONS = ITU_REGIONS.map((region) => ({ value: region, label: ITU_REGION_NAMES[region] }));
export const STAGE_OPTIONS = COUNTRY_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));
