/**
 * The part of Remix's client the wizard's pages use, for the island (ADR 043): the island's
 * build puts this module where they import `@remix-run/react`. Links and forms are the plain
 * elements Remix renders on the server, so hydration matches; a link within the walk and
 * `navigate` move the island's own router, everything else loads or posts as without JavaScript.
 */
import { createContext, forwardRef, useContext, type AnchorHTMLAttributes, type FormHTMLAttributes, type MouseEvent } from "react";
import type { IslandPage } from "./payload";

export interface IslandLocation {
  pathname: string;
  search: string;
  hash: string;
  state: null;
  /** "default" for the page the server sent, as in Remix: focus moves only after a navigation. */
  key: string;
}

export interface IslandRouter {
  location: IslandLocation;
  root: unknown;
  page: IslandPage;
  navigate: (to: string) => void;
}

export const IslandRouterContext = createContext<IslandRouter | null>(null);

function useIslandRouter(): IslandRouter {
  const router = useContext(IslandRouterContext);
  if (!router) throw new Error("a wizard page rendered outside its island");
  return router;
}

export function useLocation(): IslandLocation {
  return useIslandRouter().location;
}

export function useNavigate(): (to: string) => void {
  return useIslandRouter().navigate;
}

export function useLoaderData(): unknown {
  return useIslandRouter().page.data;
}

export function useRouteLoaderData(routeId: string): unknown {
  const { root, page } = useIslandRouter();
  if (routeId === "root") return root;
  return routeId === page.routeId ? page.data : undefined;
}

export function useMatches() {
  const { root, page, location } = useIslandRouter();
  return [
    { id: "root", pathname: "/", params: {}, data: root, handle: undefined },
    { id: page.routeId, pathname: location.pathname, params: {}, data: page.data, handle: undefined },
  ];
}

/**
 * Posts the form as the browser would without JavaScript, with the pressed button's name and
 * value, and without a submit event: the page's own handler has had its say already.
 */
export function useSubmit(): (target: HTMLFormElement | HTMLButtonElement) => void {
  return (target) => {
    const form = target instanceof HTMLFormElement ? target : target.form;
    if (!form) return;
    if (target instanceof HTMLButtonElement && target.name) {
      const pressed = document.createElement("input");
      pressed.type = "hidden";
      pressed.name = target.name;
      pressed.value = target.value;
      form.append(pressed);
    }
    HTMLFormElement.prototype.submit.call(form);
  };
}

function followsInPlace(event: MouseEvent<HTMLAnchorElement>): boolean {
  const anchor = event.currentTarget;
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) &&
    (!anchor.target || anchor.target === "_self") &&
    !anchor.hasAttribute("download") &&
    new URL(anchor.href).origin === window.location.origin
  );
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  to: string;
  prefetch?: string;
  reloadDocument?: boolean;
  replace?: boolean;
  preventScrollReset?: boolean;
};

export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { to, children, prefetch: _prefetch, reloadDocument, replace: _replace, preventScrollReset: _preventScrollReset, onClick, ...anchor },
  ref,
) {
  const { navigate } = useIslandRouter();
  return (
    <a
      {...anchor}
      ref={ref}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (reloadDocument || !followsInPlace(event)) return;
        event.preventDefault();
        navigate(event.currentTarget.href);
      }}
    >
      {children}
    </a>
  );
});

type FormProps = FormHTMLAttributes<HTMLFormElement> & {
  reloadDocument?: boolean;
  replace?: boolean;
  preventScrollReset?: boolean;
  navigate?: boolean;
};

/** As Remix's: without an action it posts to the current address, its query included. */
export const Form = forwardRef<HTMLFormElement, FormProps>(function Form(
  {
    method,
    action,
    reloadDocument: _reloadDocument,
    replace: _replace,
    preventScrollReset: _preventScrollReset,
    navigate: _navigate,
    ...form
  },
  ref,
) {
  const { location } = useIslandRouter();
  return (
    <form
      {...form}
      ref={ref}
      method={method?.toLowerCase() === "post" ? "post" : "get"}
      action={action ?? `${location.pathname}${location.search}`}
    />
  );
});
