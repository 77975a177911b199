import { Module } from '@nestjs/common';
import { DemoSeeder } from './demo-seeder.service';

/** Non-global, so its bootstrap hook runs after the global projection runner and command bus are ready. */
@Module({ providers: [DemoSeeder] })
export class DemoModule {}
