import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedView {
  @ApiProperty() active!: boolean;
  @ApiProperty({ nullable: true, type: String }) createdAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastUsedAt!: string | null;
}

export class CreatedCalendarFeedView {
  @ApiProperty({
    description: 'Shown once: the path to subscribe to (keep it secret; revoke it if it leaks)',
    example: '/api/calendar/3q2….ics',
  })
  path!: string;
  @ApiProperty() createdAt!: string;
}
