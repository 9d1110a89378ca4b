// Every page, loaded on demand, with the data each one can start fetching early.
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { getStaff, getTeam, getUnits } from "./queries";

export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("./pages/Home")) },
  { path: "/masuk", component: lazy(() => import("./pages/SignIn")) },
  { path: "/kata-sandi", component: lazy(() => import("./pages/ChangePassword")) },
  { path: "/tim", component: lazy(() => import("./pages/Team")) },
  {
    path: "/pegawai",
    component: lazy(() => import("./pages/Directory")),
    preload: () => void getUnits(),
  },
  {
    path: "/pegawai/:id",
    component: lazy(() => import("./pages/Profile")),
    preload: ({ params }) => {
      const id = params.id ?? "";
      void getStaff(id);
      void getTeam(id);
    },
  },
  {
    path: "/admin/pegawai",
    component: lazy(() => import("./pages/AdminStaff")),
    preload: () => void getUnits(),
  },
  {
    path: "/admin/unit",
    component: lazy(() => import("./pages/Units")),
    preload: () => void getUnits(),
  },
  { path: "*404", component: lazy(() => import("./pages/NotFound")) },
];
