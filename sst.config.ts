import type { SSTConfig } from "sst";
import { Alarms } from "./stacks/Alarms";
import { Api } from "./stacks/Api";
import { Jobs } from "./stacks/Jobs";
import { Stack } from "aws-cdk-lib";
import { lambdaNodejs } from "./stacks/lambda-build";
import { acceptNagFindings } from "./stacks/nag";
import { stageSettings } from "./stacks/settings";
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
      runtime: "nodejs24.x",
      architecture: "arm_64",
      // Small bundles start fast: see stacks/lambda-build.ts (the bundle test measures the same build).
      nodejs: lambdaNodejs,
    });
    app.stack(Storage).stack(Api).stack(Web).stack(Jobs).stack(Alarms);
    // The security findings accepted on purpose, with their reasons (the stack tests run cdk-nag).
    const settings = stageSettings();
    for (const stack of app.node.children) if (stack instanceof Stack) acceptNagFindings(stack, settings);
  },
} satisfies SSTConfig;
