export const countryStream = (alpha3: string) => `country-${alpha3}`;
export const isCountryStream = (streamName: string) => streamName.startsWith('country-');
