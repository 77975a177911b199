export const ITU_REGIONS = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'] as const;
export type ItuRegion = (typeof ITU_REGIONS)[number];

export const ITU_REGION_NAMES: Record<ItuRegion, string> = {
  AFR: 'Africa',
  AMS: 'Americas',
  ARB: 'Arab States',
  ASP: 'Asia & Pacific',
  CIS: 'CIS',
  EUR: 'Europe',
};
