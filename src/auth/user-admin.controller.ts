import { Body, Controller, Delete, ForbiddenException, Get, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CountryDirectory } from '../countries/country-directory';
import { InvalidFields, NotFound } from '../shared/domain-errors';
import { RequiresRole } from './access.decorators';
import type { AuthenticatedRequest } from './access.guard';
import { Principal } from './principal';
import { CreateUserRequestDto, IssueTokenRequestDto } from './user-admin.request.dto';
import { ApiTokenInfo, IssuedToken, UserAccount, UserAccountStore, UserAlreadyExists } from './user-account.store';
import { createUser } from './user-accounts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Admins manage users and tokens; anyone signed in may see themselves and manage their own tokens. */
@ApiTags('users')
@Controller()
export class UserAdminController {
  constructor(
    private readonly accounts: UserAccountStore,
    private readonly directory: CountryDirectory,
  ) {}

  @Get('me')
  me(@Req() request: AuthenticatedRequest): Omit<Principal, 'sessionCsrfToken'> {
    const { sessionCsrfToken: _hidden, ...principal } = request.user!;
    return principal;
  }

  @Get('users')
  @RequiresRole('admin')
  users(): UserAccount[] {
    return this.accounts.listUsers();
  }

  @Post('users')
  @RequiresRole('admin')
  async addUser(@Body() body: CreateUserRequestDto): Promise<UserAccount> {
    try {
      return await createUser(this.accounts, this.directory, body);
    } catch (error) {
      if (error instanceof UserAlreadyExists) throw new InvalidFields([{ field: 'name', messages: [error.message] }]);
      throw error;
    }
  }

  /** The token is in this answer only; the service keeps just its hash. */
  @Post('users/:name/tokens')
  issueToken(@Req() request: AuthenticatedRequest, @Param('name') name: string, @Body() body: IssueTokenRequestDto): IssuedToken {
    this.mayManageTokensOf(request.user!, name);
    if (!this.accounts.findUser(name)) throw new NotFound(`There is no user called "${name}"`);
    const expiresAt = body.expiresInDays === undefined ? undefined : new Date(Date.now() + body.expiresInDays * DAY_MS);
    return this.accounts.issueToken(name, body.label ?? 'API token', expiresAt);
  }

  @Get('users/:name/tokens')
  tokens(@Req() request: AuthenticatedRequest, @Param('name') name: string): ApiTokenInfo[] {
    this.mayManageTokensOf(request.user!, name);
    return this.accounts.listTokens(name);
  }

  @Delete('tokens/:id')
  revoke(@Req() request: AuthenticatedRequest, @Param('id') id: string): ApiTokenInfo {
    const token = this.accounts.tokenInfo(id);
    if (!token) throw new NotFound(`There is no API token ${id}`);
    this.mayManageTokensOf(request.user!, token.user);
    return this.accounts.revokeToken(id)!;
  }

  private mayManageTokensOf(principal: Principal, user: string): void {
    if (principal.roles.includes('admin')) return;
    if (principal.source !== 'oidc' && principal.name === user) return;
    throw new ForbiddenException(`Only admins manage the API tokens of other users; ${principal.name} is not an admin`);
  }
}
