// The eight job-quality factors of the DOL Sector Strategies Framework, as the built-in worker
// survey's dimensions name them. The job-quality index averages these and only these: a partnership
// may add dimensions of its own to its survey, and they get their scores, but never move the index.
import { workerVoiceV1 } from './templates/worker-voice.js';

export const jobQualityFactorIds: ReadonlySet<string> = new Set(workerVoiceV1.dimensions.map((d) => d.id));
