/** Under `npm run dev`, the dev server writes corrections.json into the articles folder (scripts/build/save-corrections.ts). */
import { SAVE_CORRECTIONS_PATH } from '../../corpus/corrections/corrections-file.ts';

/** Sends the file to the dev server; resolves to a sentence for the editor saying what happened. */
export async function saveCorrectionsToFolder(text: string): Promise<string> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${SAVE_CORRECTIONS_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: text,
    });
    const answer = await response.text();
    return response.ok ? answer : `Not saved: ${answer}`;
  } catch (error) {
    return `Not saved: the dev server did not answer (${(error as Error).message}).`;
  }
}
