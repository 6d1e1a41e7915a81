import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../model.js';
import { fixture, hasFixtures } from '../test-support/fixtures.js';
import { parseCandidatesCsv } from './candidates.js';

describe.skipIf(!hasFixtures)('parseCandidatesCsv on the synthetic recruitment CSVs', () => {
  // Coded, nameless rows: importing them would create 750 anonymous candidates.
  it.each([
    [
      'hiring_recruitment_numeric_coded_rows1-750.csv',
      "a candidates CSV needs a 'name' or 'email' column (or first_name and last_name); found: Age, Gender, EducationLevel, ExperienceYears, PreviousCompanies, DistanceFromCompany, InterviewScore, SkillScore, PersonalityScore, RecruitmentStrategy, HiringDecision (line 1)",
    ],
    [
      'hiring_recruitment_labelled_with_shortlist_stage_rows1-750.csv',
      "a candidates CSV needs a 'name' or 'email' column (or first_name and last_name); found: Age, Gender, EducationLevel, ExperienceYears, PreviousCompanies, DistanceFromCompany, InterviewScore, SkillScore, PersonalityScore, RecruitmentStrategy, HiringDecision, Shortlisted (line 1)",
    ],
  ])('refuses %s, naming the columns it found', (name, message) => {
    const text = fixture(name);
    expect(() => parseCandidatesCsv(text)).toThrow(ImportFormatError);
    expect(() => parseCandidatesCsv(text)).toThrow(message);
  });
});
