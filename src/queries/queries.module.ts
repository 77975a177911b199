import { Module } from '@nestjs/common';
import { CountriesController } from './countries.controller';
import { CountryQueries } from './country-queries.service';

@Module({ controllers: [CountriesController], providers: [CountryQueries], exports: [CountryQueries] })
export class QueriesModule {}
