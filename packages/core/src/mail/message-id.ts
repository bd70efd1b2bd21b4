/** The Message-ID of a mail sent by a job: derived from the job id, so a retried job sends the same one. */
export const messageIdOf = (jobId: string): string => `<${jobId}@mercato>`;
