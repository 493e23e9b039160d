import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TimelineEntry } from './timeline-entry.entity';
import { ProviderFiguresService } from './provider-figures.service';
import { TimelineService } from './timeline.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([TimelineEntry])],
  providers: [TimelineService, ProviderFiguresService],
  exports: [TimelineService, ProviderFiguresService],
})
export class TimelineModule {}
