import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CANDIDATE_CHANNELS,
  CANDIDATE_SORTS,
  ENCOUNTER_KINDS,
  IDENTITY_KINDS,
  PAPER_ACCEPTANCE,
  VENUE_TIERS,
  type ArchiveCandidateRequest,
  type CandidateChannel,
  type CandidateDetail,
  type CandidateIdentity,
  type CandidateIdentityInput,
  type CandidateLink,
  type CandidatePage,
  type CandidatePaper,
  type CandidateQuery,
  type CandidateReimplementation,
  type CandidateSignals,
  type CandidateSort,
  type CandidateSummary,
  type CreateCandidateRequest,
  type CreateEncounterRequest,
  type Encounter,
  type EncounterKind,
  type IdentityKind,
  type PaperAcceptance,
  type PaperAuthor,
  type SetVenueTierRequest,
  type SignalPaperRef,
  type SignalsExplanation,
  type SortOrder,
  type UpdateCandidateRequest,
  type Venue,
  type VenueTier,
} from '@loopboard/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;
// Query strings carry text: only the two spellings of a boolean become one, anything else fails @IsBoolean.
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const oneOf = (values: readonly unknown[]) => ({ message: `must be one of ${values.join(', ')}` });

export class CandidateLinkDto implements CandidateLink {
  @ApiProperty({ maxLength: 100, example: 'Homepage' }) @Transform(trim) @IsString() @Length(1, 100) label: string;
  @ApiProperty({ maxLength: 500, example: 'https://example.org' })
  @Transform(trim)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  @MaxLength(500)
  url: string;
}

export class CandidateIdentityInputDto implements CandidateIdentityInput {
  @ApiPropertyOptional({ type: String, nullable: true, example: '0000-0002-1825-0097' }) @IsOptional() @IsString() @MaxLength(200) orcid?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '12/3456' }) @IsOptional() @IsString() @MaxLength(200) dblpPid?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) semanticScholarId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '~Ada_Lovelace1' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  openReviewId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) githubLogin?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(200) openAlexId?: string | null;
}

function stringList(max: number, itemMax: number) {
  return function decorate(target: object, key: string) {
    IsOptional()(target, key);
    Transform(trimEach)(target, key);
    IsArray()(target, key);
    ArrayMaxSize(max)(target, key);
    IsString({ each: true })(target, key);
    Length(1, itemMax, { each: true, message: `each must be 1 to ${itemMax} characters` })(target, key);
  };
}

export class CreateCandidateDto implements CreateCandidateRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'As written; LaTeX, mojibake and "Last, First" are normalised.' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ type: [String], description: 'Each is a strong identity: one candidate per address.' })
  @stringList(20, 320)
  emails?: string[];

  @ApiPropertyOptional({ type: [String] }) @stringList(20, 200) affiliations?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  location?: string | null;

  @ApiPropertyOptional({ type: [CandidateLinkDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CandidateLinkDto)
  links?: CandidateLinkDto[];

  @ApiPropertyOptional({ type: [String] }) @stringList(50, 60) tags?: string[];

  @ApiPropertyOptional({ maxLength: 10000 }) @IsOptional() @IsString() @MaxLength(10_000) notes?: string;

  @ApiProperty({ enum: CANDIDATE_CHANNELS })
  @IsIn(CANDIDATE_CHANNELS, oneOf(CANDIDATE_CHANNELS))
  primaryChannel: CandidateChannel;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'Who gets credit for the source.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  primaryCredit?: string | null;

  @ApiPropertyOptional({ type: CandidateIdentityInputDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CandidateIdentityInputDto)
  identities?: CandidateIdentityInputDto;
}

/**
 * Every field of a create, optional (the same validators and messages), plus the version the edit
 * started from. Given identity keys replace the stored ones; null removes one.
 */
export class UpdateCandidateDto extends PartialType(CreateCandidateDto) implements UpdateCandidateRequest {
  @ApiProperty({ minimum: 1, description: 'The version the edit started from; a newer current version answers 409.' })
  @IsDefined()
  @IsInt()
  @Min(1)
  version: number;
}

export class ArchiveCandidateDto implements ArchiveCandidateRequest {
  @ApiProperty({ minimum: 1, description: 'The version the user saw; a newer current version answers 409 and nothing is written.' })
  @IsDefined()
  @IsInt()
  @Min(1)
  version: number;
}

export class CandidateQueryDto implements CandidateQuery {
  @ApiPropertyOptional({ maxLength: 200, description: 'Accent- and case-insensitive, over name, email, affiliation and tag' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: CANDIDATE_CHANNELS })
  @IsOptional()
  @IsIn(CANDIDATE_CHANNELS, oneOf(CANDIDATE_CHANNELS))
  channel?: CandidateChannel;
  @ApiPropertyOptional({ maxLength: 64, example: 'NeurIPS' }) @IsOptional() @IsString() @Length(1, 64) venue?: string;

  @ApiPropertyOptional({ enum: VENUE_TIERS, description: 'Has a counted paper at a venue of this tier or better' })
  @IsOptional()
  @Type(() => Number)
  @IsIn(VENUE_TIERS, oneOf(VENUE_TIERS))
  tier?: VenueTier;

  @ApiPropertyOptional({ minimum: 1900, maximum: 2200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2200) year?: number;
  @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() hasFirstAuthorTopTier?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() hasReproducedReimplementation?: boolean;
  @ApiPropertyOptional({ default: false, description: 'true lists archived candidates only' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  archived?: boolean;
  @ApiPropertyOptional({ enum: CANDIDATE_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(CANDIDATE_SORTS, oneOf(CANDIDATE_SORTS))
  sort?: CandidateSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Default asc for name, desc otherwise' })
  @IsOptional()
  @IsIn(['asc', 'desc'], oneOf(['asc', 'desc']))
  order?: SortOrder;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,1000}$/, { message: 'is not a cursor from this API' })
  cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class CreateEncounterDto implements CreateEncounterRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'NeurIPS 2025' }) @Transform(trim) @IsString() @Length(1, 200) event: string;
  @ApiProperty({ minimum: 1900, maximum: 2200 }) @IsInt() @Min(1900) @Max(2200) year: number;
  @ApiProperty({ enum: ENCOUNTER_KINDS }) @IsIn(ENCOUNTER_KINDS, oneOf(ENCOUNTER_KINDS)) kind: EncounterKind;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

export class SetVenueTierDto implements SetVenueTierRequest {
  @ApiProperty({ enum: VENUE_TIERS }) @IsIn(VENUE_TIERS, oneOf(VENUE_TIERS)) tier: VenueTier;
  @ApiPropertyOptional({ maxLength: 300, description: 'Required when the venue is new' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 300)
  fullName?: string;
}

export class CandidateParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  candidateId: string;
}

export class VenueParamsDto {
  @ApiProperty({ maxLength: 64, example: 'NeurIPS' })
  @Transform(trim)
  @IsString()
  @Length(1, 64)
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} .&/+-]*$/u, { message: 'must be a venue short name (letters, digits, spaces, . & / + -)' })
  venue: string;
}

export class CandidateSignalsResponse implements CandidateSignals {
  @ApiProperty() firstAuthorTopTier: number;
  @ApiProperty() creditAdjusted: number;
  @ApiProperty({ type: Number, enum: VENUE_TIERS, nullable: true }) bestVenueTier: VenueTier | null;
  @ApiProperty() reproducedReimplementations: number;
}

export class CandidateSummaryResponse implements CandidateSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [String] }) emails: string[];
  @ApiProperty({ type: [String] }) affiliations: string[];
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ enum: CANDIDATE_CHANNELS }) primaryChannel: CandidateChannel;
  @ApiProperty({ type: String, nullable: true }) primaryCredit: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: CandidateSignalsResponse }) signals: CandidateSignals;
}

export class CandidatePageResponse implements CandidatePage {
  @ApiProperty({ type: [CandidateSummaryResponse] }) items: CandidateSummary[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CandidateIdentityResponse implements CandidateIdentity {
  @ApiProperty({ enum: IDENTITY_KINDS }) kind: IdentityKind;
  @ApiProperty() value: string;
}

export class PaperAuthorResponse implements PaperAuthor {
  @ApiProperty() position: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) candidateId: string | null;
}

export class CandidatePaperResponse implements CandidatePaper {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) venue: string | null;
  @ApiProperty({ type: Number, enum: VENUE_TIERS, nullable: true }) venueTier: VenueTier | null;
  @ApiProperty({ type: Number, nullable: true }) year: number | null;
  @ApiProperty({ enum: PAPER_ACCEPTANCE }) acceptance: PaperAcceptance;
  @ApiProperty() authorPosition: number;
  @ApiProperty() authorCount: number;
  @ApiProperty() authorsTruncated: boolean;
  @ApiProperty({ type: [PaperAuthorResponse] }) coAuthors: PaperAuthor[];
  @ApiProperty({ type: String, nullable: true }) arxivId: string | null;
  @ApiProperty({ type: String, nullable: true }) doi: string | null;
  @ApiProperty({ type: String, nullable: true }) dblpKey: string | null;
  @ApiProperty({ type: String, nullable: true }) openReviewId: string | null;
  @ApiProperty({ type: String, nullable: true }) semanticScholarId: string | null;
  @ApiProperty({ type: [CandidateLinkDto] }) links: CandidateLink[];
  @ApiProperty({ type: 'object', additionalProperties: true }) provenance: Record<string, unknown>;
}

export class CandidateReimplementationResponse implements CandidateReimplementation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() repoUrl: string;
  @ApiProperty() paperTitle: string;
  @ApiProperty() official: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) reproduced: boolean | null;
  @ApiProperty({ type: String, nullable: true }) framework: string | null;
  @ApiProperty({ type: Number, nullable: true }) year: number | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) provenance: Record<string, unknown>;
}

export class EncounterResponse implements Encounter {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty() event: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ENCOUNTER_KINDS }) kind: EncounterKind;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) provenance: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SignalPaperRefResponse implements SignalPaperRef {
  @ApiProperty({ format: 'uuid' }) paperId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) venue: string | null;
  @ApiProperty({ type: Number, nullable: true }) year: number | null;
}

export class CreditedPaperResponse extends SignalPaperRefResponse {
  @ApiProperty() authorCount: number;
  @ApiProperty({ description: '1 / authorCount' }) credit: number;
}

export class TieredPaperResponse extends SignalPaperRefResponse {
  @ApiProperty({ enum: VENUE_TIERS }) tier: VenueTier;
}

export class ReproducedReimplementationRefResponse {
  @ApiProperty({ format: 'uuid' }) reimplementationId: string;
  @ApiProperty() repoUrl: string;
  @ApiProperty() paperTitle: string;
}

export class SignalsExplanationResponse implements SignalsExplanation {
  @ApiProperty({ type: [String] }) rules: string[];
  @ApiProperty({ type: [SignalPaperRefResponse] }) firstAuthorTopTier: SignalPaperRef[];
  @ApiProperty({ type: [CreditedPaperResponse] }) creditAdjusted: CreditedPaperResponse[];
  @ApiProperty({ type: TieredPaperResponse, nullable: true }) bestVenueTier: TieredPaperResponse | null;
  @ApiProperty({ type: [ReproducedReimplementationRefResponse] }) reproducedReimplementations: ReproducedReimplementationRefResponse[];
}

export class CandidateDetailResponse extends CandidateSummaryResponse implements CandidateDetail {
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ type: [CandidateLinkDto] }) links: CandidateLink[];
  @ApiProperty() notes: string;
  @ApiProperty({ type: [CandidateIdentityResponse] }) identities: CandidateIdentity[];
  @ApiProperty({ type: [CandidatePaperResponse] }) papers: CandidatePaper[];
  @ApiProperty({ type: [CandidateReimplementationResponse] }) reimplementations: CandidateReimplementation[];
  @ApiProperty({ type: [EncounterResponse] }) encounters: Encounter[];
  @ApiProperty({ type: SignalsExplanationResponse }) explanation: SignalsExplanation;
}

export class VenueResponse implements Venue {
  @ApiProperty() venue: string;
  @ApiProperty({ enum: VENUE_TIERS }) tier: VenueTier;
  @ApiProperty() fullName: string;
}
