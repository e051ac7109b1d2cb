// GraphiQL as a newcomer meets it, at 1280 px and at 375 px with touch: a link leads back to the app, on a phone the
// result shows below the editor inside the screen, and its colours pass axe.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seriousViolations } from "./browser.mjs";
import { laptopAndPhone, productForSuite } from "./product.mjs";

for (const { name, context } of laptopAndPhone) {
  describe(`GraphiQL at ${name}`, { concurrency: false }, () => {
    const started = productForSuite({ context });

    /** Opens GraphiQL afresh, runs a query and waits for its result. */
    async function openAndRun() {
      await started.page.goto("/graphiql/");
      await started.page.locator(".graphiql-query-editor .CodeMirror").first().waitFor();
      await started.page.evaluate(() => document.querySelector(".graphiql-query-editor .CodeMirror").CodeMirror.setValue("{ dashboard { trackedAccounts } }"));
      await started.page.locator(".graphiql-execute-button").click();
      await started.page.locator(".result-window").getByText("trackedAccounts").first().waitFor();
    }

    test("a query's result shows on screen, below the editor on a phone", async () => {
      await openAndRun();
      const width = started.page.viewportSize().width;
      const editor = await started.page.locator(".graphiql-query-editor").boundingBox();
      const shown = await started.page.locator(".graphiql-response").boundingBox();
      assert.ok(shown.x >= 0 && shown.x + shown.width <= width + 1, `the result pane lies within the ${width} px screen: ${JSON.stringify(shown)}`);
      if (context.isMobile) assert.ok(shown.y >= editor.y + editor.height - 1, `the result is below the editor: ${JSON.stringify({ editor, shown })}`);
      const overflow = await started.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow} px`);
    });

    test("no serious axe finding in the light or the dark theme, colour contrast included", async () => {
      const problems = [];
      for (const colorScheme of ["light", "dark"]) {
        await started.page.emulateMedia({ colorScheme });
        await openAndRun();
        for (const violation of await seriousViolations(started.page)) problems.push(`${colorScheme}: ${violation}`);
      }
      assert.deepEqual(problems, []);
    });

    test("a link in its header leads back to the app", async () => {
      await started.page.getByRole("link", { name: "← InstaIntel" }).click();
      await started.page.waitForURL((url) => url.pathname === "/");
      await started.page.getByRole("main").waitFor();
    });
  });
}
