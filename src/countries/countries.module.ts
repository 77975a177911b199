import { Global, Module } from '@nestjs/common';
import { CountryDirectory } from './country-directory';

@Global()
@Module({ providers: [CountryDirectory], exports: [CountryDirectory] })
export class CountriesModule {}
