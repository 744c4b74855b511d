/** The part of linebreak's API Lectern uses (the package ships no types). */
declare module 'linebreak' {
  interface Break {
    /** Where the line may break: the index in the string after the break opportunity. */
    position: number;
    /** A hard break (a newline), not an opportunity. */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
