import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextView } from '../roster-check/violation.view';

export class NotificationView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'period-published' }) kind!: string;
  @ApiProperty({ type: LocalizedTextView }) title!: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView }) body!: LocalizedTextView;
  @ApiProperty({ nullable: true, type: String }) link!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) readAt!: string | null;
}

export class InboxView {
  @ApiProperty() unread!: number;
  @ApiProperty({ type: [NotificationView], description: 'The latest 50' }) items!: NotificationView[];
}
