// Entry for tools outside the app (the loopboard CLI) that run imports without HTTP.
export { ImportUseCase, type CommitInput, type ImportFileInput, type ProgressListener } from './import.usecase.js';
export { AuditService } from '../audit/audit.service.js';
export { systemContext } from '../auth/actor.js';
