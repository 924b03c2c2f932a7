// Run before each browser file (setupFiles run per file, also with isolate: false, where a module's own hooks would
// attach to the first file that imported it only).
import { afterEach } from 'vitest';
import { reportPagesIfFailed } from './failureReport';

afterEach((context) => reportPagesIfFailed(context.task.result?.state === 'fail'));
