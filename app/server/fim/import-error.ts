/** Input the FIM import cannot read: the message names the file and, where known, line and element. */
export class FimImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FimImportError";
  }
}
