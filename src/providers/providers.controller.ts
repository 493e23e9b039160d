import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { IdParam } from '../common/uuid-param';
import { CreateProviderDto, UpdateProviderDto } from './provider.dto';
import { providerView } from './provider.entity';
import { ProvidersService } from './providers.service';

@ApiTags('providers')
@ApiBearerAuth()
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Get()
  @ApiQuery({ name: 'category', required: false })
  @ApiQuery({ name: 'q', required: false, description: 'name contains' })
  async list(@Query('category') category?: string, @Query('q') q?: string) {
    return (await this.providers.list({ category, q })).map(providerView);
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    return providerView(await this.providers.get(id));
  }

  @Post()
  @Roles('admin')
  async create(@Body() dto: CreateProviderDto) {
    return providerView(await this.providers.create(dto));
  }

  @Patch(':id')
  @Roles('admin')
  async update(@IdParam() id: string, @Body() dto: UpdateProviderDto) {
    return providerView(await this.providers.update(id, dto));
  }
}
