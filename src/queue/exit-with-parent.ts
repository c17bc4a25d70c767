/**
 * Makes a BullMQ sandboxed processor (a child process) exit when the worker that forked it is
 * gone, e.g. killed with SIGKILL, which a child is not told about.
 *
 * Why a listener for unhandled rejections, and not a 'disconnect' handler or a timer alone: a
 * processor that was rendering when its parent died next tries to send over IPC (job progress,
 * the result) and gets EPIPE. The rejection is unhandled, so Node raises it as an uncaught
 * exception; BullMQ's child (main-base.js) handles that with an async listener that sends the
 * error to the parent, which rejects again, unhandled, and so on: a loop inside one tick
 * (processTicksAndRejections) at 100 % CPU and ever more memory, in which no event ('disconnect')
 * and no timer ever runs. With a listener here, Node does not turn rejections into exceptions, and
 * the loop ends at its first turn. Rendering and writing are synchronous, so the exit comes between
 * them, never in the middle of writing a file.
 */
const CHANNEL_BROKEN = new Set(['EPIPE', 'ERR_IPC_CHANNEL_CLOSED', 'ECONNRESET']);

export function exitWithParent(): void {
  const parentPid = process.ppid;
  const parentGone = (reason?: unknown) =>
    process.ppid !== parentPid || CHANNEL_BROKEN.has(String((reason as NodeJS.ErrnoException | undefined)?.code));
  process.on('unhandledRejection', (reason) => {
    if (parentGone(reason)) process.exit(0);
    // anything else as without this listener: BullMQ reports it as the job's failure, and the child exits
    throw reason;
  });
  // an idle processor is told when the channel closes
  process.on('disconnect', () => process.exit(0));
}
