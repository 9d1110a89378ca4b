import { afterEach, describe, expect, it } from "vitest";
import { assertJava } from "../src/dynamodb-local";

describe("DynamoDB Local prerequisites", () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it("names the Debian package in one line when Java is missing", () => {
    process.env.PATH = "/nonexistent";
    expect(() => assertJava()).toThrowError(/Java 17.*openjdk-17-jre-headless/);
  });

  it("passes when Java 17 or newer is on the PATH", () => {
    expect(() => assertJava()).not.toThrow();
  });
});
