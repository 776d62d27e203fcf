declare module 'virtual:corpus-url' {
  /** Where the corpus JSON the build parsed from the seeds folder is served; the app fetches and validates it. */
  const corpusUrl: string;
  export default corpusUrl;
}
