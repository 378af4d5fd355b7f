// The articles of a version as a doubly linked list indexed by id, so that inserting, deleting and moving
// an article is O(1) whatever the length of the document; applying a change set is then linear.
import { type Article, type ArticleDraft, type ArticleField } from '../document/types.js';

export interface ChainNode {
  content: ArticleDraft | Article;
  prev: ChainNode | null;
  next: ChainNode | null;
  /** The fields an operation wrote (`id` too for an inserted article), which must be validated again. */
  written: Set<ArticleField | 'id'> | null;
  /** The last operation that wrote this article, to name it when the result is invalid. */
  lastOperation: number | null;
}

export class ArticleChain {
  private head: ChainNode | null = null;
  private tail: ChainNode | null = null;
  private readonly nodes = new Map<string, ChainNode>();

  constructor(articles: readonly Article[]) {
    for (const content of articles)
      this.insertAfter(this.tail, { content, written: null, lastOperation: null });
  }

  get(id: string): ChainNode | undefined {
    return this.nodes.get(id);
  }

  /** Links a new node after `anchor` (null: at the start). */
  insertAfter(anchor: ChainNode | null, node: Omit<ChainNode, 'prev' | 'next'>): ChainNode {
    const linked: ChainNode = { ...node, prev: null, next: null };
    this.nodes.set(linked.content.id, linked);
    this.link(linked, anchor);
    return linked;
  }

  delete(node: ChainNode): void {
    this.unlink(node);
    this.nodes.delete(node.content.id);
  }

  moveAfter(node: ChainNode, anchor: ChainNode | null): void {
    this.unlink(node);
    this.link(node, anchor);
  }

  /** The nodes from first to last. */
  toArray(): ChainNode[] {
    const nodes: ChainNode[] = [];
    for (let node = this.head; node !== null; node = node.next) nodes.push(node);
    return nodes;
  }

  private link(node: ChainNode, anchor: ChainNode | null): void {
    node.prev = anchor;
    node.next = anchor === null ? this.head : anchor.next;
    if (node.next === null) this.tail = node;
    else node.next.prev = node;
    if (anchor === null) this.head = node;
    else anchor.next = node;
  }

  private unlink(node: ChainNode): void {
    if (node.prev === null) this.head = node.next;
    else node.prev.next = node.next;
    if (node.next === null) this.tail = node.prev;
    else node.next.prev = node.prev;
    node.prev = null;
    node.next = null;
  }
}
