import { describe, expect, it } from "vitest";
import { nipProblem } from "../src/staff/staff.schemas";

describe("NIP", () => {
  it("accepts a NIP of birth date, appointment month, sex digit and sequence", () => {
    expect(nipProblem("198503122010011001")).toBeNull();
    expect(nipProblem("199212302019032007")).toBeNull();
  });

  it.each([
    ["19850312201001100", "18 digits"],
    ["19850312201001100a", "18 digits"],
    ["198502302010011001", "birth date"], // 30 February
    ["198513122010011001", "birth date"], // month 13
    ["198503122010131001", "appointment"], // month 13
    ["198503121995011001", "appointment"], // appointed at 9
    ["198503122010013001", "digit 15"],
    ["198503122010011000", "sequence"],
  ])("refuses %s (%s)", (nip, reason) => {
    expect(nipProblem(nip)).toMatch(new RegExp(reason));
  });
});
