/**
 * The PDF's logical structure (tagged PDF, ISO 32000-1 section 14.8): every piece of content is
 * either inside a structure element (headings, paragraphs, lists, tables, links, figures) or marked
 * an artifact (rules, bars, boxes, page footers), so a screen reader gets the memo's structure and
 * reading order, and `pdfinfo` reports "Tagged: yes". pdfkit writes the structure tree; this class
 * keeps the open elements as a stack so that sections nest them as they draw.
 * https://pdfkit.org/docs/accessibility.html
 */
type Element = PDFKit.PDFStructureElement;
type Options = PDFKit.Mixins.StructureElementOptions & { scope?: "Row" | "Column" };

export class Tags {
  private readonly stack: Element[];
  private leaf: { el: Element; type: string; content: PDFKit.PDFStructureContent } | undefined;
  private inArtifact = false;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    const root = doc.struct("Document");
    doc.addStructure(root);
    this.stack = [root];
  }

  private get parent(): Element {
    return this.stack[this.stack.length - 1] as Element;
  }

  /** Whether content drawn now lands in an open leaf element. */
  get inLeaf(): boolean {
    return this.leaf !== undefined;
  }

  /** A grouping element (Sect, L, LI, Table, TR, Div) around what `draw` tags inside it. */
  group(type: string, draw: () => void, options: Options = {}): void {
    if (this.leaf || this.inArtifact) return draw();
    const el = this.doc.struct(type, options);
    this.parent.add(el);
    this.stack.push(el);
    try {
      draw();
    } finally {
      this.stack.pop();
      el.end();
    }
  }

  /** A leaf element (H1-H3, P, Lbl, LBody, TH, TD, Figure) whose content is everything `draw` puts on the page. */
  leafOf(type: string, draw: () => void, options: Options = {}): void {
    if (this.leaf || this.inArtifact) return draw();
    const el = this.doc.struct(type, options);
    this.parent.add(el);
    this.leaf = { el, type, content: this.doc.markStructureContent(type) };
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
      el.add(this.leaf.content);
      el.end();
      this.leaf = undefined;
    }
  }

  /**
   * A link inside the open leaf: its text becomes a Link element with the annotation attached
   * (PDF/UA asks for both), then the leaf's own content goes on. Outside a leaf, a plain link.
   */
  link(url: string, rect: [number, number, number, number], draw: () => void): void {
    const open = this.leaf;
    if (!open || this.inArtifact) {
      draw();
      this.doc.link(...rect, url);
      return;
    }
    this.doc.endMarkedContent();
    open.el.add(open.content);
    const link = this.doc.struct("Link");
    open.el.add(link);
    const content = this.doc.markStructureContent("Link");
    draw();
    this.doc.endMarkedContent();
    link.add(content);
    this.doc.link(...rect, url, { structParent: link } as PDFKit.Mixins.AnnotationOption);
    link.end();
    open.content = this.doc.markStructureContent(open.type);
  }

  /** Decoration (a rule, a bar, a box, a footer) marked as an artifact; inside a leaf it is part of the leaf. */
  artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    if (this.leaf || this.inArtifact) return draw();
    this.doc.markContent("Artifact", { type });
    this.inArtifact = true;
    try {
      draw();
    } finally {
      this.inArtifact = false;
      this.doc.endMarkedContent();
    }
  }

  /** Close the document element: call once, after the last content. */
  end(): void {
    (this.stack[0] as Element).end();
  }
}
