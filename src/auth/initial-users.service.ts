import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CountryDirectory } from '../countries/country-directory';
import { ITU_REGIONS } from '../countries/itu-region';
import { Role } from './principal';
import { UserAccountStore } from './user-account.store';
import { createUser } from './user-accounts';

const DEMO_USERS: { name: string; roles: Role[]; regions: string[] }[] = [
  { name: 'demo-officer', roles: ['officer'], regions: [...ITU_REGIONS] },
  { name: 'demo-manager', roles: ['manager'], regions: [] },
  { name: 'demo-admin', roles: ['admin'], regions: [] },
];

export const randomPassword = () => randomBytes(12).toString('base64url');

/**
 * There is never a default password. A demo gets demo users whose random passwords are printed
 * once at the start that creates them; otherwise the log says how to create the first admin.
 */
@Injectable()
export class InitialUsers implements OnApplicationBootstrap {
  private readonly logger = new Logger('Users');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: UserAccountStore,
    private readonly directory: CountryDirectory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.accounts.userCount() > 0) return;
    if (!this.config.seedDemo) {
      this.logger.warn('No users yet. Create the first admin with: npm run user -- add --name <your-name> --role admin');
      return;
    }
    const lines: string[] = [];
    for (const user of DEMO_USERS) {
      const password = randomPassword();
      await createUser(this.accounts, this.directory, { ...user, password });
      lines.push(`  ${user.name.padEnd(13)} ${password}   (${user.roles.join(', ')})`);
    }
    this.logger.warn(
      ['Demo users created; sign in at /signin. These passwords are shown only now:', ...lines,
        'Set a new one with: npm run user -- password --name <user>'].join('\n'),
    );
  }
}
