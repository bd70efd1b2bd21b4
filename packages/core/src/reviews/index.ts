export { type Comment, createComment, listComments } from './comments';
export { listRatings, type Rating, type RatingsPage, upsertRating } from './ratings';
