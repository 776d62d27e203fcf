/** What the pipeline reads: raw file bytes by name, and the optional sources.json text. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface PipelineInput {
  files: InputFile[];
  sourcesJson: string | null;
}
