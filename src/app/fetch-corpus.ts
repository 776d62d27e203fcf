/** The corpus file's parsed JSON, or why it could not be had, naming the file. */
export type FetchedCorpus = { ok: true; raw: unknown } | { ok: false; problems: string[] };

/**
 * Fetches the corpus JSON the build wrote beside the bundle. Every failure (network, HTTP status,
 * malformed JSON) becomes a problem that names the file, for the error screen; it never throws.
 */
export async function fetchCorpus(url: string, fetchFile: typeof fetch = fetch): Promise<FetchedCorpus> {
  let response: Response;
  try {
    response = await fetchFile(url);
  } catch (error) {
    return { ok: false, problems: [`${url}: the corpus file could not be fetched (${describeError(error)})`] };
  }
  if (!response.ok) {
    return {
      ok: false,
      problems: [
        `${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      ],
    };
  }
  try {
    return { ok: true, raw: await response.json() };
  } catch (error) {
    return { ok: false, problems: [`${url}: the corpus file is not valid JSON (${describeError(error)})`] };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
