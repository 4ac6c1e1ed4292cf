/**
 * Building the page's DOM safely: every piece of text becomes a Text node (textContent),
 * never parsed as HTML. Nothing in the sidebar uses innerHTML, outerHTML,
 * insertAdjacentHTML or document.write (a test keeps it that way), so a cadre named
 * `<img src=x onerror=alert(1)>` is shown as those characters and runs nothing.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  title?: string;
  role?: string;
  /** data-* attributes (tests and styling hooks). */
  data?: Record<string, string>;
  /** Other plain attributes; event-handler attributes ("on…") are refused. */
  attrs?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.title) el.title = props.title;
    if (props.role) el.setAttribute("role", props.role);
    for (const [k, v] of Object.entries(props.data ?? {})) el.setAttribute(`data-${k}`, v);
    for (const [k, v] of Object.entries(props.attrs ?? {})) {
      if (/^on/i.test(k)) throw new Error(`event attribute ${k} refused`);
      if (/^(?:href|src|action|formaction)$/i.test(k) && !/^https:\/\//i.test(v)) {
        throw new Error(`${k} must be an https address`);
      }
      el.setAttribute(k, v);
    }
    const onClick = props.onClick;
    if (onClick) el.addEventListener("click", (event) => onClick(event as MouseEvent));
  }
  append(el, children);
  return el;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child))
        : child,
    );
  }
}

/** Replaces everything inside `parent` with `children`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}
