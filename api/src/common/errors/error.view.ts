import { ApiProperty } from '@nestjs/swagger';
import { ERROR_STATUS } from './error-codes';

export class FieldErrorView {
  @ApiProperty({ example: 'employmentRate' }) field!: string;
  @ApiProperty({ example: 'Must be at most 100' }) message!: string;
  @ApiProperty({ example: 'Får vara högst 100' }) messageSv!: string;
}

/** The body of every error response (the OpenAPI view of ErrorBody). */
export class ErrorView {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ enum: Object.keys(ERROR_STATUS) }) code!: string;
  @ApiProperty({ example: 'Bad request' }) error!: string;
  @ApiProperty() message!: string;
  @ApiProperty() messageSv!: string;
  @ApiProperty({ type: [FieldErrorView] }) details!: FieldErrorView[];
  @ApiProperty() correlationId!: string;
}
