/** Vite's `?raw` imports: a file of the bundle as a string (the Hunspell dictionaries). */
declare module '*?raw' {
  const text: string;
  export default text;
}
