import { PDFObject } from "pdf-lib";

/**
 * A PDF object handed to pdf-lib as finished ASCII syntax. The structure tree has a few hundred
 * small dictionaries; built from pdf-lib's object model they more than doubled the time to write
 * a receipt, as text they cost little. Only for syntax built here from names, numbers and
 * references, never from user text.
 */
export class PreformattedObject extends PDFObject {
  constructor(private readonly syntax: string) {
    super();
  }

  clone(): PreformattedObject {
    return this;
  }

  toString(): string {
    return this.syntax;
  }

  sizeInBytes(): number {
    return this.syntax.length;
  }

  copyBytesInto(buffer: Uint8Array, offset: number): number {
    const { syntax } = this;
    for (let i = 0; i < syntax.length; i++) buffer[offset + i] = syntax.charCodeAt(i);
    return syntax.length;
  }
}
