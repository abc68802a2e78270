// `armstrace serve` refuses bad options with one line and an exit code, before opening anything.
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.ARMSTRACE_TOKEN;
});

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(["serve", ...args]);
  return { code, stderr };
}

describe("armstrace serve", () => {
  it("names a missing database and says how to make one", async () => {
    const { code, stderr } = await run(["--db", "/nonexistent/dir/none.db"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "armstrace: /nonexistent/dir/none.db: no such database; create it with `armstrace ingest FILES --db /nonexistent/dir/none.db`\n",
    );
  });

  it.each([
    [["--port", "http"], "--port must be 0–65535"],
    [["--port", "70000"], "--port must be 0–65535"],
    [["--max-body", "-5"], "--max-body must be a positive number"],
  ])("rejects %j with exit code 2", async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toBe(`armstrace: ${message}\n`);
  });
});
