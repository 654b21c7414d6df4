// @lede/queue: scale-out ingest. Producers put record batches on a BullMQ (Redis) queue; workers on
// any number of machines analyse them and write each batch to PostgreSQL in one transaction.
export { parseQueueUrl, type QueueTarget } from './connection.js';
export { batchJobId, BATCH_JOB, type BatchJob, type BatchResult, type QueuedRecord } from './job.js';
export { openQueue, JOB_OPTIONS, type BatchQueue } from './queue.js';
export { enqueueRecords, type EnqueueOptions, type EnqueueSummary, type ProducerItem } from './producer.js';
export { startWorker, type RunningWorker, type WorkerOptions } from './worker.js';
export { queueStatus, retryFailed, drainQueue, whenIdle, destroyQueue, type QueueStatus } from './admin.js';
