import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { CreateUserDto } from './user.dto';
import { publicUser } from './user.entity';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles('admin')
  async create(@Body() dto: CreateUserDto) {
    return publicUser(await this.users.create(dto));
  }

  /** Admins manage accounts; specialists need the list to pick a handover recipient. */
  @Get()
  @Roles('admin', 'specialist')
  async list() {
    return (await this.users.list()).map(publicUser);
  }
}
