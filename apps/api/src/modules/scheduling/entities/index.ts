import { InterviewInterviewerEntity } from './interview-interviewer.entity.js';
import { InterviewEntity } from './interview.entity.js';
import { TakeHomeGradeEntity } from './take-home-grade.entity.js';
import { TakeHomeEntity } from './take-home.entity.js';

export { InterviewEntity, InterviewInterviewerEntity, TakeHomeEntity, TakeHomeGradeEntity };

export const SCHEDULING_ENTITIES = [InterviewEntity, InterviewInterviewerEntity, TakeHomeEntity, TakeHomeGradeEntity];
