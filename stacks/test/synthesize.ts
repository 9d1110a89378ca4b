import { Aspects, CfnElement, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { CfnFunction } from "aws-cdk-lib/aws-lambda";
import { AwsSolutionsChecks } from "cdk-nag";
import { IConstruct } from "constructs";
import { App, Function as SstFunction, getStack, use, useFunctions } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import config from "../../sst.config";
import { Alarms } from "../Alarms";
import { Api } from "../Api";
import { Jobs } from "../Jobs";
import { Storage } from "../Storage";
import { Web } from "../Web";

/**
 * Synthesizes the real app (the `stacks()` of sst.config.ts, with its function
 * defaults) for one stage, offline. No `app.finish()`: that would bundle the
 * Lambdas and build the site, and nothing asserted here depends on it.
 */
export async function synthesize(stage: string, options: { env?: Record<string, string>; nag?: boolean } = {}) {
  // Always pass a stage: without one SST prompts for a personal stage and hangs.
  await initProject({ stage });
  const { name, region } = useProject().config;
  const app = new App({ mode: "deploy", stage, name, region, account: "123456789012" });
  // The stage settings come from the environment of `sst deploy` (stacks/settings.ts).
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith("KOMPETEN_")) delete process.env[key];
  Object.assign(process.env, options.env);
  try {
    config.stacks(app);
  } finally {
    process.env = saved;
  }
  // Without `app.finish()` each function holds a placeholder runtime; the deploy build writes
  // the one of its (defaults-merged) props, and so does this.
  for (const construct of app.node.findAll()) {
    if (construct instanceof SstFunction) {
      (construct.node.defaultChild as CfnFunction).runtime = useFunctions().fromID(construct.node.addr)!.runtime!;
    }
  }
  if (options.nag) Aspects.of(app).add(new AwsSolutionsChecks({ logIgnores: true }));

  // `use`, `getStack` and `useFunctions` read the most recently created App, so collect everything now.
  const apiConstructs = use(Api);
  return {
    app,
    storage: Template.fromStack(getStack(Storage)),
    api: Template.fromStack(getStack(Api)),
    web: Template.fromStack(getStack(Web)),
    jobs: Template.fromStack(getStack(Jobs)),
    alarms: Template.fromStack(getStack(Alarms)),
    stacks: [Storage, Api, Web, Jobs, Alarms].map((fn) => getStack(fn)),
    jobsConstructs: use(Jobs),
    storageConstructs: use(Storage),
    apiConstructs,
    // The props the deploy build bundles each function with (app defaults merged in).
    functionProps: {
      staff: useFunctions().fromID(apiConstructs.staffFunction.node.addr),
      evaluations: useFunctions().fromID(apiConstructs.evaluationsFunction.node.addr),
      mentoring: useFunctions().fromID(apiConstructs.mentoringFunction.node.addr),
      forumStaff: useFunctions().fromID(apiConstructs.forumStaffFunction.node.addr),
      public: useFunctions().fromID(apiConstructs.publicFunction.node.addr),
      forum: useFunctions().fromID(apiConstructs.forumFunction.node.addr),
    },
  };
}

/** The CloudFormation logical id of a construct's L1 resource. */
export function logicalId(construct: IConstruct): string {
  const element = construct.node.defaultChild as CfnElement;
  return Stack.of(construct).getLogicalId(element);
}

export type PolicyStatementJson = {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
};

/** Every statement of every IAM policy attached to a role (its inline policies and separate AWS::IAM::Policy resources). */
export function statementsOfRole(template: Template, roleLogicalId: string): PolicyStatementJson[] {
  const role = template.findResources("AWS::IAM::Role")[roleLogicalId];
  if (!role) throw new Error(`No role ${roleLogicalId} in template`);
  const inline = (role.Properties.Policies ?? []).flatMap(
    (policy: { PolicyDocument: { Statement: PolicyStatementJson[] } }) => policy.PolicyDocument.Statement,
  );
  const attached = Object.values(template.findResources("AWS::IAM::Policy"))
    .filter((policy) => (policy.Properties.Roles ?? []).some((ref: { Ref?: string }) => ref.Ref === roleLogicalId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as PolicyStatementJson[]);
  return [...inline, ...attached];
}

export function actionsOf(statement: PolicyStatementJson): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}
