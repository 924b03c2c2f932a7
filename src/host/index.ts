export type { FrameContext, HostAdapter, HostConfigPage, HostContext, HostFailureReason, HostKind, HostTheme, TabConfig } from './HostAdapter';
export { detectHost } from './detectHost';
export type { DetectOptions } from './detectHost';
