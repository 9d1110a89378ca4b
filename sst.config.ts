import type { SSTConfig } from "sst";
import { Api } from "./stacks/Api";
import { Jobs } from "./stacks/Jobs";
import { lambdaNodejs } from "./stacks/lambda-build";
import { Storage } from "./stacks/Storage";
import { Web } from "./stacks/Web";

export default {
  config() {
    return {
      name: "kompeten",
      // Jakarta: closest region to Mataram (WITA is UTC+8; any schedule we add is written in UTC).
      region: "ap-southeast-3",
    };
  },
  stacks(app) {
    // SST v2 defaults to x86_64; Graviton is cheaper and our code has no native dependencies.
    app.setDefaultFunctionProps({
      runtime: "nodejs22.x",
      architecture: "arm_64",
      // Small bundles start fast: see stacks/lambda-build.ts (the bundle test measures the same build).
      nodejs: lambdaNodejs,
    });
    app.stack(Storage).stack(Api).stack(Web).stack(Jobs);
  },
} satisfies SSTConfig;
