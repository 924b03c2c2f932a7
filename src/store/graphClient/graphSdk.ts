// What the app takes from the Graph SDK at run time, in one module so it is one chunk loaded on demand
// (createGraphClient.ts): the first paint comes from the device and needs no request.
export { Client, HTTPMessageHandler, ResponseType } from '@microsoft/microsoft-graph-client';
// The SDK's published version from its package metadata (Vite keeps only this field), not its private modules.
export { version as GRAPH_SDK_VERSION } from '@microsoft/microsoft-graph-client/package.json';
