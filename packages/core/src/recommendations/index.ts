export { recommendationsRebuildJob, recommendationsUpdateJob } from './jobs';
export { buildAllLists, buildUserList } from './lists';
export * as model from './model';
export { type RebuildResult, rebuildModel } from './rebuild';
export { type Strategy, type SuggestInput, type Suggestion, suggest } from './suggest';
export { updateForOrder } from './update';
