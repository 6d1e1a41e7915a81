import { ApiProperty } from '@nestjs/swagger';
import type { SessionResponse, SignInRequest, User } from '@loopboard/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { UserResponse } from '../users/users.dto.js';

export class SignInDto implements SignInRequest {
  @ApiProperty({ format: 'email' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;
}

export class SessionResponseDto implements SessionResponse {
  @ApiProperty({ type: UserResponse }) user: User;
  @ApiProperty({ description: 'Send as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE' }) csrfToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty() idleTimeoutSeconds: number;
}
