import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@bemanna/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@demo.bemanna.se' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class MeView {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ nullable: true, type: String }) employeeId!: string | null;
  @ApiProperty() organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: [String], description: 'Departments a scheduler manages, sub-units included' })
  managedDepartmentIds!: string[];
  @ApiProperty({ description: 'May save shifts that break a hard rule, with a reason' })
  canOverrideRules!: boolean;
}
