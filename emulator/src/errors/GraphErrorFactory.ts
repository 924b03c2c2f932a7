// Every error the emulator returns is made here, in Graph's shape:
// {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
// https://learn.microsoft.com/en-us/graph/errors

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface GraphErrorBody {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string; 'client-request-id': string } };
}

export function errorBody(err: GraphError, requestId: string, clientRequestId: string): GraphErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': clientRequestId },
    },
  };
}

const retryAfter = (seconds: number): Record<string, string> => ({ 'Retry-After': String(seconds) });

export const GraphErrors = {
  unauthenticated: (message = 'Access token is empty.') => new GraphError(401, 'InvalidAuthenticationToken', message),
  accessDenied: (message = 'Access denied') => new GraphError(403, 'accessDenied', message),
  /** A directory call without the permission it needs (https://learn.microsoft.com/en-us/graph/api/group-list-owners). */
  insufficientPrivileges: () => new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
  /** A directory object that does not exist (directory errors use Request_ResourceNotFound, not itemNotFound). */
  groupNotFound: (id: string) => new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`),
  notFound: (message = 'The resource could not be found.') => new GraphError(404, 'itemNotFound', message),
  invalidRequest: (message: string) => new GraphError(400, 'invalidRequest', message),
  badRequest: (message: string) => new GraphError(400, 'BadRequest', message),
  methodNotAllowed: () => new GraphError(405, 'methodNotAllowed', 'The HTTP method is not allowed on this resource.'),
  nameAlreadyExists: (message: string, status = 409) => new GraphError(status, 'nameAlreadyExists', message),
  /** 413: https://learn.microsoft.com/en-us/graph/errors ("The request size exceeds the maximum limit"). */
  tooLarge: (message: string) => new GraphError(413, 'invalidRequest', message),
  /** A duplicate in an enforceUniqueValues column (status: the uniqueViolationStatus setting, observed 409). */
  uniqueViolation: (column: string, status: number) =>
    new GraphError(status, 'nameAlreadyExists', `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column}].`),
  resourceModified: () => new GraphError(412, 'resourceModified', 'The provided eTag does not match the current eTag of the item.'),
  failedDependency: () => new GraphError(424, 'failedDependency', 'The request could not be performed because a dependent request failed.'),
  throttled: (seconds: number) =>
    new GraphError(429, 'activityLimitReached', 'The request has been throttled.', retryAfter(seconds)),
  /** The tenant's RU budget for this minute is spent (TenantBudget). */
  budgetSpent: (seconds: number) =>
    new GraphError(429, 'activityLimitReached', 'The request has been throttled: the application has used its resource units for this minute.', retryAfter(seconds)),
  unavailable: (seconds: number) =>
    new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please try again later.', retryAfter(seconds)),
  notSupported: (message: string) => new GraphError(500, 'notSupported', message),
  general: (message = 'An unexpected error occurred.') => new GraphError(500, 'generalException', message),
  resyncRequired: (location: string) =>
    new GraphError(
      410,
      'resyncChangesApplyDifferences',
      "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd. Upload any local changes that the server doesn't know about.",
      { Location: location },
    ),
  nonIndexed: (field: string) =>
    new GraphError(
      400,
      'invalidRequest',
      `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
    ),
  unknownField: (field: string) => new GraphError(400, 'invalidRequest', `Field '${field}' is not recognized`),
  readOnlyField: (field: string) => new GraphError(400, 'invalidRequest', `Field '${field}' is read-only`),

  // Teams resources (sendActivityNotification) answer with Teams' own codes: Forbidden, BadRequest, NotFound.
  /** A delegated call without the scope it needs (observed wording, e.g. issue threads quoting Teams' 403). */
  missingScope: (required: string, onRequest: string) =>
    new GraphError(403, 'Forbidden', `Missing scope permissions on the request. API requires one of '${required}'. Scopes on the request '${onRequest}'`),
  teamsForbidden: (message: string) => new GraphError(403, 'Forbidden', message),
  teamsBadRequest: (message: string) => new GraphError(400, 'BadRequest', message),
  teamsNotFound: (message: string) => new GraphError(404, 'NotFound', message),
  /** A topic webUrl past its length limit (observed: 400 with code UnknownError, a community report). */
  teamsUnknownError: (message: string) => new GraphError(400, 'UnknownError', message),
  teamsThrottled: (seconds: number) => new GraphError(429, 'TooManyRequests', 'Too many notifications were sent to this recipient. Please retry later.', retryAfter(seconds)),

  /** An injected fault or any status without its own constructor. */
  forStatus(status: number, seconds?: number): GraphError {
    const s = seconds ?? 1;
    switch (status) {
      case 400: return GraphErrors.invalidRequest('Injected fault.');
      case 401: return GraphErrors.unauthenticated('Injected fault.');
      case 403: return GraphErrors.accessDenied('Injected fault.');
      case 404: return GraphErrors.notFound('Injected fault.');
      case 409: return GraphErrors.nameAlreadyExists('Injected fault.');
      case 412: return GraphErrors.resourceModified();
      case 429: return GraphErrors.throttled(s);
      case 503: return GraphErrors.unavailable(s);
      case 504: return new GraphError(504, 'gatewayTimeout', 'Injected fault.', retryAfter(s));
      default: return new GraphError(status, status >= 500 ? 'generalException' : 'invalidRequest', 'Injected fault.');
    }
  },
};
