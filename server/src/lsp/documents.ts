// The documents open in the editor (vscode-languageserver's TextDocuments, which applies the
// incremental changes), and which of them is open under which file path: a URI from the editor
// and one made from a path found in a folder may be spelled differently for the same file.

import { Emitter, TextDocuments, type Connection, type TextDocumentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isPostUri, pathToUri, uriToPath } from './files';
import { isHierarchical } from './sent-configs';

export const POST_LANGUAGE = 'postmd';

export function isPost(doc: TextDocument): boolean {
  return doc.languageId === POST_LANGUAGE || isPostUri(doc.uri);
}

export class OpenDocuments {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly uriByPath = new Map<string, string>();
  private readonly changed = new Emitter<TextDocumentChangeEvent<TextDocument>>();
  /** Set between a document's onDidOpen and the onDidChangeContent TextDocuments fires right after it. */
  private opening: TextDocument | undefined;

  readonly onDidOpen = this.documents.onDidOpen;
  /** The text of an open document changed (TextDocuments' onDidChangeContent fires on open too). */
  readonly onDidChange = this.changed.event;
  readonly onDidSave = this.documents.onDidSave;
  readonly onDidClose = this.documents.onDidClose;

  constructor() {
    // Registered first, so every other listener sees the path map already up to date.
    this.documents.onDidOpen(({ document }) => {
      this.opening = document;
      const p = uriToPath(document.uri);
      if (p) this.uriByPath.set(p, document.uri);
    });
    this.documents.onDidChangeContent((event) => {
      if (this.opening === event.document) this.opening = undefined;
      else this.changed.fire(event);
    });
    this.documents.onDidClose(({ document }) => {
      const p = uriToPath(document.uri);
      if (p && this.uriByPath.get(p) === document.uri) this.uriByPath.delete(p);
    });
  }

  listen(connection: Connection): void {
    this.documents.listen(connection);
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** The open document a URI (or the file it names) stands for, under the URI the editor uses. */
  find(uri: string, file: string | undefined): { uri: string; doc: TextDocument } | undefined {
    const openUri = this.isOpen(uri) ? uri : file ? this.uriByPath.get(file) : undefined;
    const doc = openUri ? this.documents.get(openUri) : undefined;
    return doc ? { uri: openUri!, doc } : undefined;
  }

  /** The URI of a file: the editor's when it is open (a location that is a URI already is itself). */
  uriOf(file: string): string {
    return this.uriByPath.get(file) ?? (isHierarchical(file) ? file : pathToUri(file));
  }
}
