declare module 'virtual:corpus' {
  /** The corpus the build parsed from the seeds folder; validated by the app before use. */
  const corpus: unknown;
  export default corpus;
}
