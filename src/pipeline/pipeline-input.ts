/** What the pipeline reads: raw file bytes by name, and the optional sources.json text. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** Why the file could not be read at all (permissions, a folder named *.txt, too large); bytes are then empty. */
  readError?: string;
}

export interface PipelineInput {
  files: InputFile[];
  sourcesJson: string | null;
  /** Why sources.json exists but could not be read, if so. */
  sourcesError?: string;
  /** The optional corrections.json text (see corrections-file.ts), and why it could not be read, if so. */
  correctionsJson?: string | null;
  correctionsError?: string;
}
