// The one test of a 2xx status, for top-level answers and $batch answers alike.
export const isSuccess = (status: number | undefined): boolean => status !== undefined && status >= 200 && status < 300;
