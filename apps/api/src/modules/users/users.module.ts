import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';
import { BootstrapUsers } from './bootstrap-users.js';

@Module({ imports: [AuthModule], controllers: [UsersController], providers: [UsersService, BootstrapUsers], exports: [UsersService] })
export class UsersModule {}
