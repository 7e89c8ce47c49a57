// Every error the API returns has one shape: {"error": {"status", "code", "message"}}.
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export interface ErrorBody {
  error: { status: number; code: string; message: string };
}

export const errorBody = (status: number, code: string, message: string): ErrorBody => ({ error: { status, code, message } });
