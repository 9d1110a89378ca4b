import { parseArgs } from "node:util";
import { webAclTemplate } from "./WebAcl";

// `npm run --silent web-acl -- --stage prod > web-acl.json`: the stage's WAF template on stdout,
// for `aws cloudformation deploy --region us-east-1` (README, "A WAF in front").

const { values } = parseArgs({ options: { stage: { type: "string" } } });
const stage = values.stage ?? "";
if (!/^[a-z][a-z0-9-]{0,30}$/.test(stage)) {
  console.error("usage: npm run --silent web-acl -- --stage <stage> > web-acl.json (a stage name: lower-case letters, digits, dashes)");
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(webAclTemplate(stage), null, 2)}\n`);
