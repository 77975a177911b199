import { Module } from '@nestjs/common';
import { CountriesController } from './countries.controller';
import { CountryQueries } from './country-queries.service';
import { ReadModelCaches } from './read-model-caches.service';

@Module({
  controllers: [CountriesController],
  providers: [CountryQueries, ReadModelCaches],
  exports: [CountryQueries, ReadModelCaches],
})
export class QueriesModule {}
