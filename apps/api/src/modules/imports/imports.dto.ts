import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IMPORT_FILE_FORMATS,
  IMPORT_MAX_BYTES,
  IMPORT_SELECTIONS,
  type CommitImportRequest,
  type CreateImportRequest,
  type ImportFileFormat,
  type ImportSelection,
} from '@loopboard/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';

const oneOf = (values: readonly unknown[]) => ({ message: `must be one of ${values.join(', ')}` });

export class CreateImportDto implements CreateImportRequest {
  @ApiProperty({ maxLength: 300, example: 'del_maestro.bib' }) @IsString() @Length(1, 300) fileName: string;

  @ApiProperty({ description: `The file's text; the whole request may be up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB` })
  @IsString()
  @Length(1, IMPORT_MAX_BYTES)
  content: string;

  @ApiPropertyOptional({ enum: IMPORT_FILE_FORMATS, description: 'Detected from the content when left out' })
  @IsOptional()
  @IsIn(IMPORT_FILE_FORMATS, oneOf(IMPORT_FILE_FORMATS))
  format?: ImportFileFormat;

  @ApiPropertyOptional({ description: 'Extra BibTeX @string definitions, e.g. a standardstrings.bib' })
  @IsOptional()
  @IsString()
  @MaxLength(IMPORT_MAX_BYTES)
  bibtexMacros?: string;
}

export class CommitImportDto implements CommitImportRequest {
  @ApiProperty({ enum: IMPORT_SELECTIONS }) @IsIn(IMPORT_SELECTIONS, oneOf(IMPORT_SELECTIONS)) select: ImportSelection;

  @ApiPropertyOptional({ type: [String], description: "With select 'selected': the preview's person keys" })
  @ValidateIf((o: CommitImportDto) => o.select === 'selected' || o.personKeys !== undefined)
  @IsArray()
  @ArrayMaxSize(100_000)
  @IsString({ each: true })
  personKeys?: string[];
}

export class ImportParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() importId: string;
}
