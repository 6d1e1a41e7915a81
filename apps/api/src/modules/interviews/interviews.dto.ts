import { ApiProperty } from '@nestjs/swagger';
import {
  COMPETENCY_KEYS,
  type CompetencyKey,
  type InterviewKit,
  type InterviewQuestion,
  type InterviewType,
  type InterviewTypeSummary,
  type LoopStage,
  type RoleLoop,
  type RubricLevels,
  type UpdateInterviewKitRequest,
  type UpdateRoleLoopRequest,
} from '@loopboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const NOT_BLANK = /\S/;
const NOT_BLANK_MESSAGE = { message: 'must not be blank' };

/** Kit text limits: long enough for a real exercise, short enough to stay a kit. */
export const KIT_LIMITS = { instructions: 20_000, prompt: 4_000, goodAnswer: 4_000, rubricLevel: 2_000, questions: 50 } as const;

export class InterviewTypeParamsDto {
  @ApiProperty({ example: 'pair-debugging', description: 'Stable key of the interview type' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,47}$/, { message: 'must be an interview type key (lowercase letters, digits and -)' })
  key: string;
}

export class InterviewQuestionDto implements InterviewQuestion {
  @ApiProperty({ maxLength: KIT_LIMITS.prompt })
  @IsDefined()
  @IsString()
  @Matches(NOT_BLANK, NOT_BLANK_MESSAGE)
  @MaxLength(KIT_LIMITS.prompt)
  prompt: string;

  @ApiProperty({ maxLength: KIT_LIMITS.goodAnswer, description: 'What a good answer shows' })
  @IsDefined()
  @IsString()
  @Matches(NOT_BLANK, NOT_BLANK_MESSAGE)
  @MaxLength(KIT_LIMITS.goodAnswer)
  goodAnswer: string;
}

export class RubricLevelsDto implements RubricLevels {
  @ApiProperty({ description: 'What a 1 looks like' }) '1': string;
  @ApiProperty({ description: 'What a 2 looks like' }) '2': string;
  @ApiProperty({ description: 'What a 3 looks like' }) '3': string;
  @ApiProperty({ description: 'What a 4 looks like' }) '4': string;
}

export class UpdateInterviewKitDto implements UpdateInterviewKitRequest {
  @ApiProperty({ description: 'The kit version the edit started from; a newer one answers 409.', minimum: 1 })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;

  @ApiProperty({ maxLength: KIT_LIMITS.instructions })
  @IsDefined()
  @IsString()
  @Matches(NOT_BLANK, NOT_BLANK_MESSAGE)
  @MaxLength(KIT_LIMITS.instructions)
  instructions: string;

  @ApiProperty({ type: [InterviewQuestionDto], minItems: 1, maxItems: KIT_LIMITS.questions, description: 'In the order they are asked' })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(KIT_LIMITS.questions)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => InterviewQuestionDto)
  questions: InterviewQuestionDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/RubricLevelsDto' },
    description:
      'Exactly the focus competencies of the type, each with levels "1".."4" (checked by the service, which names e.g. rubric.ml.3).',
  })
  @IsDefined()
  @IsObject()
  rubric: Partial<Record<CompetencyKey, RubricLevels>>;
}

export class LoopStageDto implements LoopStage {
  @ApiProperty({ maxLength: 80, description: 'Unique within the loop' })
  @IsDefined()
  @IsString()
  @Matches(NOT_BLANK, NOT_BLANK_MESSAGE)
  @MaxLength(80)
  name: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 10, description: 'Interview type keys run in this stage' })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  interviewTypes: string[];
}

export class UpdateRoleLoopDto implements UpdateRoleLoopRequest {
  @ApiProperty({
    description: 'The loop version the edit started from (0 for a role without a loop); a newer one answers 409.',
    minimum: 0,
  })
  @IsDefined()
  @IsInt()
  @Min(0)
  @Max(2147483647)
  version: number;

  @ApiProperty({ type: [LoopStageDto], minItems: 1, maxItems: 20, description: 'In loop order' })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => LoopStageDto)
  stages: LoopStageDto[];
}

export class InterviewTypeSummaryResponse implements InterviewTypeSummary {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ enum: COMPETENCY_KEYS, isArray: true }) focusCompetencies: CompetencyKey[];
  @ApiProperty() kitVersion: number;
}

export class InterviewKitResponse implements InterviewKit {
  @ApiProperty() instructions: string;
  @ApiProperty({ type: [InterviewQuestionDto] }) questions: InterviewQuestion[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/RubricLevelsDto' } })
  rubric: Partial<Record<CompetencyKey, RubricLevels>>;
}

export class InterviewTypeResponse extends InterviewTypeSummaryResponse implements InterviewType {
  @ApiProperty({ type: InterviewKitResponse }) kit: InterviewKit;
  @ApiProperty({ format: 'date-time' }) kitUpdatedAt: string;
}

export class RoleLoopResponse implements RoleLoop {
  @ApiProperty({ format: 'uuid' }) roleId: string;
  @ApiProperty({ description: '0 when the role has no loop yet' }) version: number;
  @ApiProperty({ type: [LoopStageDto] }) stages: LoopStage[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
}
